// A thirteenth labelled set of reply drafts, written blind (helper session `lint13` of issue 8,
// 2026-12-03): from the issue text and the PLAYBOOK, with blind12's file for its format only, before
// opening lib/drafts/. Amazon, eBay and Taobao; private messages and public replies; zh-Hans, zh-Hant
// (Taiwan and Hong Kong usage) and en. Kinds:
//   block  off-platform contact in disguise: nicknames and homophones (绿泡泡, 企鹅, 扣扣, 威信, 徽信, V信,
//          賴 for LINE, 紙飛機 for Telegram), spaced letters and digits, full-width handles and @,
//          Cyrillic / Greek look-alikes and zero-width characters inside app names, e-mails written
//          "at ... dot", 艾特 ... 点, a rival marketplace (拼多多, 蝦皮), an own web shop; phone numbers in
//          mainland, Taiwan, Hong Kong, UK, US and EU formats, split over words (186，后面是 2345…,
//          "917, then 555, then 0148"), or with spelled digits (一三九…, 幺八六…, 零九二八…, "five five
//          five, oh one nine two"); incentives in any wording (好评返现 spaced out, 晒图, 追评有礼, 改评有礼,
//          删评有禮, 运费险的钱 for a changed review, 购物金, a gift card, a discount or free item for a
//          revised feedback, a refund or return only once the review is gone); Amazon asked to change a
//          product review; emoji and coupons in Amazon messages; buyer personal data in public replies.
//   warn   blame, arguing, "sorry, but", a policy used as a refusal, pressure and deadlines, counting
//          messages, cold auto-acknowledgements alone (已登记，请耐心等待; "Ticket created").
//   clean  hard negatives: firm-but-polite English ("I'm afraid we can't…, but I can…"); a remedy stated as
//          independent of the review; a carrier's or a warranty provider's number on Amazon; links to
//          Amazon's and eBay's own help pages; 红包 / red envelopes as the product; quoting the policy in
//          the buyer's favour; order, tracking and item numbers, prices, dates; 微信支付 / LINE Pay named as
//          payment methods; 旺旺 as the marketplace's own chat; an eBay / Taobao revision invited once
//          after resolution with the choice left to the buyer.
// Labels are decided by the PLAYBOOK, not by the linter. Only its tuning half (splitOf) may guide rule
// changes; its checking half is reported apart.
//
// First run (2026-12-03 14:18 UTC, before any rule changed for it; n = block/warn/clean):
//            n          block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  34/20/30    97.1%        85.0%        0.0%               3.3%
//   zh-Hant  31/18/27    90.3%        83.3%        0.0%               7.4%
//   en       34/20/32    97.1%        90.0%        0.0%               0.0%
//   all      99/58/89    94.9%        86.2%        0.0%               3.4%
//   tuning half   44/30/40   93.2 / 86.7 / 0.0 / 2.5
//     (zh-Hans 13/10/15 100.0 / 90.0 / 0.0 / 6.7; zh-Hant 10/11/12 80.0 / 81.8 / 0.0 / 0.0;
//      en 21/9/13 95.2 / 88.9 / 0.0 / 0.0)
//   checking half 55/28/49   96.4 / 85.7 / 0.0 / 4.1
//     (zh-Hans 21/10/15 95.2 / 80.0 / 0.0 / 0.0; zh-Hant 21/7/15 95.2 / 85.7 / 0.0 / 13.3;
//      en 13/11/19 100.0 / 90.9 / 0.0 / 0.0)
// After tuning (14:20-14:38 UTC) on the tuning half's 8 misses, by kind, and ~150 fresh probes of the
// issue's kinds (lint-blind13.test.ts): a phone number given in pieces joined by words or 、 (138 加上 0013
// 8000, "917, then 555, then 0148", 零九二八、一二三、四五六); two-digit discounts (85折, 打95折) for a
// review; the listing owned as unclear (是我们详情页没标注清楚) is no argument; blame on "your side", other
// buyers held up, the answer declared final (您再怎么说), our messages counted, the low price as the excuse
// ("a £9 item isn't going to last"); from the probes: 微信支付 / LINE Pay as a way to pay, 红包机 as the
// product, "we cannot wait any longer", 您一定是用错, 请稍候 alone, and more tone kinds. Tuning half
// 100 / 100 / 0 / 0. Checking half, measured once (14:38 UTC, held out; its rows never printed):
//   zh-Hans 21/10/15   95.2 -> 100.0 / 80.0 -> 80.0 / 0.0 -> 0.0 /  0.0 -> 0.0
//   zh-Hant 21/7/15    95.2 -> 100.0 / 85.7 -> 85.7 / 0.0 -> 0.0 / 13.3 -> 6.7
//   en      13/11/19  100.0 -> 100.0 / 90.9 -> 90.9 / 0.0 -> 0.0 /  0.0 -> 0.0
//   all     55/28/49   96.4 -> 100.0 / 85.7 -> 85.7 / 0.0 -> 0.0 /  4.1 -> 2.0
// (eval:lint prints every half's aggregate line on each run, so the checking half's figures were
// visible, never its rows, after the first tuning commit; nothing was changed for them.) Older sets
// unchanged but blind5's checking half, zh-Hans warn recall 91.7 -> 100.0.
// Then its checking half was OPENED (14:40 UTC, --misses-blind-check) and its 5 misses fixed by kind, with
// fresh probes (lint-blind13.test.ts): the review reproached after a remedy (您还给差评，这样不太合适吧; "so
// leaving negative feedback feels pretty unfair"; as pressure, since the remedy in the sentence must not
// excuse it), the buyer's inexperience presumed (您是第一次用这种产品吧); false alarm: 退货 (the return process)
// named is a step, not an empty "we'll handle it". 100 / 100 / 0 / 0 since: no longer a held-out figure.
// Older sets unchanged by that change; worst 2,000-character shape 2.63 ms CPU median.
// Later (15:00 UTC, from probes of the EU formats, no set row): mobiles with no trunk 0 (612 34 56
// 78, 333 123 4567) after a phone word; no figure of any set changed.
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND13_SET_NAME = 'blind13';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact
  [
    'block',
    'T-m',
    '亲，衣服尺码的问题我们给您换一件大一号的，已经安排发货了。后续有啥问题可以加一下我的绿泡泡 lvpao_2233，回复比旺旺快。',
  ],
  ['block', 'T-m', '您好～售后这边消息太多了，您直接加企鹅 3345 6789 找小美就行，我们教您怎么装。'],
  [
    'block',
    'A-m',
    '您好，关于耳机左耳没声音的问题非常抱歉。为了更快帮您处理，您可以添加我们的ＶＸ：ｅａｒｃａｒｅ０１，我们会发送视频教程。',
  ],
  ['block', 'A-m', '王女士您好，退款已处理。如有其他问题，欢迎加微\u200b信 hk_home88 沟通。'],
  [
    'block',
    'T-m',
    '亲，这个问题可能需要技术同事远程看一下，您方便的话加下威信：tech-liu 吧，我拉您进售后群。',
  ],
  [
    'block',
    'E-m',
    '您好，非常抱歉配件漏发了，补发已经安排。有急事的话可以在 Telegram 上找我们：@gadget_support_cn。',
  ],
  [
    'block',
    'T-m',
    '亲，后台消息有时候会延迟，您可以直接加徽信 qs19955，或者V信同号，我们第一时间回您。',
  ],
  [
    'block',
    'A-m',
    '您好，我们核实了，是仓库贴错了标签，非常抱歉。方便的话可以把照片发到 service艾特lampking点com，我们马上给您换。',
  ],
  ['block', 'T-m', '亲，电话沟通会更清楚一些，您打一三九二二八八六六七七找售后小陈就行。'],
  ['block', 'T-m', '亲亲，我的手机号是186，后面是2345，再后面是6789，您存一下，有问题直接打给我。'],
  [
    'block',
    'A-m',
    '您好，给您带来不便深表歉意。我们在深圳的售后电话是 0755-2688 1234，工作日都有人接听。',
  ],
  [
    'block',
    'E-m',
    '您好，如果您在英国，也可以直接打我们的售后热线 +44 7911 123456，伦敦那边有同事值班。',
  ],
  [
    'block',
    'A-m',
    '您好，新的滤芯已经寄出。以后的滤芯可以直接在我们的独立站 shop.purewater-cn.com 购买，会员有九折。',
  ],
  ['block', 'T-m', '亲，麻烦您加一下店铺的Q群 8 8 6 5 4 3 2 1，群里每周都有福利。'],
  ['block', 'T-m', '亲，您打幺八六 幺二三四 五六七八就能找到我，晚上十点前都在。'],
  ['block', 'E-m', '您好，发邮件可能更方便一些，我的邮箱是 lucy.wang 在 outlook 点 com。'],
  [
    'block',
    'T-m',
    '亲，这边建议您下次直接在拼多多上拍我们家同款，便宜20块，我们给您备注优先发货。',
  ],
  [
    'block',
    'E-m',
    '您好，非常抱歉灯罩有裂痕，补发今天寄出。方便的话请在 WhatsApp 上发一段视频给我们：+852 6123 4567。',
  ],
  // block: incentives, and remedies conditional on the review
  ['block', 'T-m', '亲，您收到补发的耳机后，帮忙给个五星好评哈，好评截图发我返您5元。'],
  ['block', 'T-m', '亲，非常感谢您的理解！那条差评如果方便删掉的话，这边给您包个8.8的红包。'],
  ['block', 'T-m', '亲，追评有礼哦～追加一条带图的好评，客服这边送您一副同款耳塞。'],
  ['block', 'T-m', '亲，退款已经给您退了，运费险那部分的钱，等您改成好评后我们这边再返给您。'],
  ['block', 'T-m', '亲，改评有礼：把中评改成好评，私聊客服就能领取10元无门槛券。'],
  ['block', 'T-m', '亲～好 评 返 现 活 动 进 行 中，五星+三张图返3元，截图找客服哦。'],
  [
    'block',
    'E-m',
    '您好，退款我们可以办，不过需要您先把那条负面评价撤掉，撤掉以后我们马上给您退。',
  ],
  [
    'block',
    'A-m',
    '您好，我们已经安排了换货。等您收到新品以后，如果能把那条两星的产品评论删掉，我们会非常感谢。',
  ],
  [
    'block',
    'A-r',
    '您好，看到您给的一星评价，真的很抱歉。我们给您全额退款之后，您能考虑把评价改成好评吗？',
  ],
  ['block', 'T-m', '亲，下次来买报我名字可以打九折，前提是这次的评价帮忙给个好评哈。'],
  ['block', 'T-m', '亲，您可以先确认收货再给个好评，然后我们单独给您返10元现金到支付宝。'],
  [
    'block',
    'A-m',
    '您好，感谢您联系我们。您的包裹已经补发，另附上优惠码 HOME15，下次购物可以减15%。',
  ],
  ['block', 'T-m', '亲，如果您愿意追评说一下客服态度好，我们这边就不收您退货的运费了。'],
  // block: buyer personal data in a public reply
  [
    'block',
    'T-rp',
    '感谢您的评价。我们已经联系了您（李先生，手机尾号8826，地址是上海市浦东新区张江路500弄），新品已寄出。',
  ],
  [
    'block',
    'T-rp',
    '亲，抱歉快递延误了。您留的电话15800001234我们打了两次都没打通，麻烦您回个电话。',
  ],
  [
    'block',
    'A-fp',
    '我们已经联系了陈美玲女士，并按照她留下的地址（广州市天河区体育西路123号）补发了商品。',
  ],
  // warn
  ['warn', 'T-m', '亲，这个尺码表详情页写得清清楚楚的，是您自己没看仔细，我们这边没办法给您换。'],
  ['warn', 'T-m', '您好，收到货的时候就应该当场检查，现在过了这么多天再说坏了，我们很难认定。'],
  ['warn', 'T-m', '亲，不好意思哈，但是这个色差是正常的，不同显示器颜色会有区别，不算质量问题。'],
  ['warn', 'T-m', '我们的产品出厂前每一件都经过质检，不可能出现您说的这个问题。'],
  ['warn', 'E-m', '很抱歉给您带来不便，但是物流的问题不归我们管，您得去找快递公司。'],
  ['warn', 'T-m', '亲，已经给您解释过三遍了，请不要再发消息了，就是这样处理的。'],
  ['warn', 'T-m', '亲，今天之内必须确认收货，不然我们这边就没办法处理了哦。'],
  ['warn', 'T-m', '已收到，已登记，请耐心等待。'],
  ['warn', 'A-m', '您好，您的问题已提交，请耐心等候处理结果。'],
  ['warn', 'T-m', '亲，您是第一次用这种产品吧？说明书上写着要先充满电再用的。'],
  ['warn', 'T-m', '不是我们的问题哦，是快递路上摔的，您去找快递理赔吧。'],
  ['warn', 'T-m', '亲，我们都已经给您退款了，您还给差评，这样不太合适吧？'],
  ['warn', 'E-m', '抱歉，可是我们的退货政策写明了拆封不退，所以没法帮您办理。'],
  ['warn', 'T-m', '亲，您要是再不回复的话，这个售后单我们就直接关闭了。'],
  ['warn', 'T-m', '亲，其他顾客用着都好好的，就您这台有问题，会不会是您使用方法不对？'],
  ['warn', 'A-m', '感谢来信。我们会尽快处理。'],
  ['warn', 'T-m', '亲，您的反馈已收到，系统已自动记录，稍后会有专人联系您。'],
  ['warn', 'T-m', '亲，我理解您的心情，不过说实话这个价位的东西您也不能要求太高。'],
  ['warn', 'E-m', '您好，您说的情况我们查了，物流显示已经签收，所以包裹丢失不是我们的责任。'],
  ['warn', 'T-m', '亲，麻烦您尽快回复一下，我们这边一直在等您，已经给您发了好几条消息了。'],
  // clean
  [
    'clean',
    'T-m',
    '亲，真的非常抱歉，耳机左耳没声音确实是我们质检的疏漏。我们可以给您补发一副新的，或者直接全额退款，您看哪种更方便？',
  ],
  [
    'clean',
    'T-m',
    '亲，理解您着急的心情。快递在中转站滞留了两天，我们已经催了快递公司，同时给您补发了一份，今天就发出。',
  ],
  ['clean', 'T-m', '您好，您买的新年红包（利是封）少了一包，非常抱歉，我们马上给您补寄两包。'],
  [
    'clean',
    'T-rp',
    '感谢您的反馈。这批红包袋的烫金确实有掉色的情况，我们已经下架检查，并已联系您补发。给您和其他买家带来不便，深表歉意。',
  ],
  ['clean', 'T-m', '亲，退款已经给您操作好了，无论您是否修改评价，都不影响退款，请放心。'],
  [
    'clean',
    'T-m',
    '亲，问题解决了就好。如果您觉得这次处理还满意，可以在30天内修改一次评价，当然改不改完全由您决定。',
  ],
  ['clean', 'A-m', '您好，包裹由顺丰国际承运，您可以直接拨打顺丰客服95338查询派送进度。'],
  [
    'clean',
    'A-m',
    '您好，这款吹风机享受厂家两年质保，质保服务商的电话是400-820-1234，工作日可以预约上门检测。',
  ],
  [
    'clean',
    'A-m',
    '您好，退货可以在亚马逊的“我的订单”页面直接申请，具体步骤可以参考亚马逊帮助中心的退货说明：https://www.amazon.com/gp/help/customer/display.html?nodeId=201819090 。',
  ],
  [
    'clean',
    'E-m',
    '您好，关于退货流程，您可以参考 eBay 的帮助页面 https://www.ebay.com/help/buying/returns-refunds/return-item-refund?id=4041 ，按步骤申请后我们会第一时间确认。',
  ],
  [
    'clean',
    'T-m',
    '亲，按照平台七天无理由退货的规则，这件衣服是可以退的，运费我们来承担，您放心寄回就好。',
  ],
  [
    'clean',
    'T-m',
    '亲，您的订单号3489221055678890我们查到了，快递单号是SF1402938475612，明天就能送到。',
  ],
  [
    'clean',
    'A-m',
    '您好，订单113-4567890-2345678的退款189.00元已经原路退回，预计3到5个工作日到账。',
  ],
  [
    'clean',
    'T-m',
    '亲，抱歉让您等了这么久。我们已经联系了快递，并给您申请了运费险理赔，钱会直接退到您的账户，跟评价没有任何关系。',
  ],
  ['clean', 'T-m', '很抱歉让您久等了，不过好在备用件已经到了，今天就给您寄出。'],
  [
    'clean',
    'T-rp',
    '非常抱歉让您失望了。我们核实后发现是包装不够牢固，已经换成加厚纸箱，也已私信您安排补发，期待您再次光临。',
  ],
  [
    'clean',
    'T-rp',
    '感谢您的评价！看到您说收到的杯子有划痕，我们很抱歉。已经私信联系您补发，出库检查也加强了。',
  ],
  ['clean', 'E-fp', '抱歉延误，已全额退款并更换快递。'],
  ['clean', 'A-fp', '给您带来不便非常抱歉，退款已处理，我们也更换了包装供应商。'],
  [
    'clean',
    'T-m',
    '亲，理解您的担心。这款保温杯的保温时长是6小时，是我们详情页没标注清楚，给您造成了误解，真的抱歉。可以给您退货退款，运费我们出。',
  ],
  [
    'clean',
    'T-m',
    '亲，您说的情况我们很重视。方便的话可以在旺旺里发一张插头的照片吗？这样我们能更快判断是哪个配件的问题。',
  ],
  [
    'clean',
    'A-m',
    '您好，非常抱歉，手机壳的颜色和图片有差异。我们可以给您退款，或者免费换一个别的颜色，您通过亚马逊消息回复我们就可以。',
  ],
  [
    'clean',
    'T-m',
    '亲，这次的问题确实是我们的责任。除了补发之外，我们再给您退10元作为补偿，已经退到您的支付宝账户了，不需要您做任何操作。',
  ],
  [
    'clean',
    'E-m',
    '您好，我们查到包裹在海关滞留，这不是您的问题，我们会负责到底。如果下周一还没有更新，我们直接给您全额退款。',
  ],
  [
    'clean',
    'T-m',
    '亲，已收到您的照片，谢谢您这么细心。看得出来是运输中压坏的，我们今天就给您补发，不用退回。',
  ],
  [
    'clean',
    'T-m',
    '亲，关于付款的问题：淘宝目前不支持微信支付，您可以用支付宝或者花呗，给您带来不便很抱歉。',
  ],
  [
    'clean',
    'A-m',
    '您好，关于保修：根据亚马逊的退货政策，30天内可以无理由退货；超过30天可以走厂家保修，我们会全程协助您。',
  ],
  [
    'clean',
    'T-m',
    '亲，真的很抱歉给您添麻烦了。我们这边没有任何催您的意思，您什么时候方便寄回都可以，退货期限我们帮您延长到月底。',
  ],
  [
    'clean',
    'E-m',
    '您好，很遗憾听到鞋子不合脚。我们给您两个选择：免费换大一码，或者退货退款，退货运费由我们承担。您看哪个更合适？',
  ],
  [
    'clean',
    'T-m',
    '亲，您在评价里提到的异味问题我们很重视，这批货已经全部送检了。给您补发的是新批次，如果还有味道请随时告诉我们。',
  ],
];

const HANT: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '親，真的很抱歉讓您久等了！方便的話加我賴，ID 是 shop_tw99，我傳安裝影片給您。'],
  [
    'block',
    'A-m',
    '您好，關於藍牙喇叭斷線的問題，我們非常抱歉。如需即時協助，歡迎加入我們的ＬＩＮＥ官方帳號＠speakertw。',
  ],
  [
    'block',
    'E-m',
    '您好，補寄的零件已經出貨。如果有任何問題，可以直接 WhatsApp 我哋：9876 5432（香港）。',
  ],
  ['block', 'A-m', '您好，我們的台中門市電話是 04-2345-6789，您也可以直接來店裡換貨。'],
  ['block', 'T-m', '親，手機比較好聯絡，我的號碼是 0912-345-678，晚上也可以打。'],
  [
    'block',
    'A-m',
    '您好，可以把照片寄到 tw.service (at) lampstore (dot) com.tw，我們收到後會立刻處理。',
  ],
  ['block', 'E-m', '您好，我們的 IG 帳號是 @bearhome.tw，私訊那邊回覆比較快喔。'],
  ['block', 'T-m', '親，加一下薇信 tw_kefu 吧，很多買家都是用這個跟我們聯絡的。'],
  ['block', 'A-m', '您好，非常抱歉。您可以用紙飛機搜尋 @fixit_hk，我們的技術人員會一對一協助您。'],
  ['block', 'E-m', '您好，您也可以打我們香港辦公室：+852 2345 6789，我們講廣東話同普通話。'],
  ['block', 'A-m', '您好，我的手機是零九二八、一二三、四五六，有問題直接打給我比較快。'],
  ['block', 'T-m', '親，電話是 0932 然後 556 然後 778，記一下喔。'],
  ['block', 'T-m', '親，下次可以直接到蝦皮搜尋我們的店，價格比這邊便宜。'],
  ['block', 'A-m', '您好，謝謝您的耐心😊 新品明天就會到貨。'],
  ['block', 'E-m', '您好，我的 Sky\u03c1e 是 live:helen.shop，可以視訊看一下機器的狀況。'],
  ['block', 'A-m', '您好，如需進一步協助，請來信：support＠ｔｗｇａｄｇｅｔ．com'],
  ['block', 'E-m', '您好，很抱歉讓您久等，如果急的話可以用 \u0422elegram 找我：@tw_fixer。'],
  // block: incentives, conditional remedies, Amazon review requests
  ['block', 'T-m', '親，給個五星好評並附上三張照片，就可以領取 50 元購物金喔！'],
  ['block', 'T-m', '親，那則負評如果可以刪掉，我們這邊再匯 100 元紅包給您當作補償。'],
  ['block', 'T-m', '親～追評有禮！追加一則好評就送您一組同款收納袋。'],
  ['block', 'E-m', '您好，只要您把負面評價修改成正面，我們就立刻全額退款。'],
  ['block', 'A-m', '您好，新品已經寄出了，等您收到後，能不能麻煩您把商品評論改成五顆星？謝謝您。'],
  ['block', 'A-r', '您好，看到您的評論我們很難過。已經退款給您了，希望您可以考慮把一星改高一點。'],
  ['block', 'T-m', '親，運費險的錢我們會退給您，前提是評價幫我們改一下，感謝！'],
  ['block', 'T-m', '親，好　評　返　現　3　元，截圖給客服就可以喔。'],
  ['block', 'E-m', '您好，給我們留個好評的話，下次購買可以享 85 折優惠，謝謝支持。'],
  ['block', 'T-m', '親，刪評有禮，刪除差評即可獲得神秘小禮物一份喔。'],
  ['block', 'T-m', '親，您改完評價後跟我說一聲，我們這邊退您十塊錢喔。'],
  // block: buyer personal data in a public reply
  [
    'block',
    'T-rp',
    '感謝您的評價。我們已致電林小姐（0911-222-333）確認，並將新品寄至台北市大安區忠孝東路四段100號。',
  ],
  ['block', 'A-fp', '已與陳先生聯絡，電話 0922 888 999，新的吹風機已經寄出。'],
  ['block', 'T-rp', '黃先生您好，您留的地址新北市板橋區文化路一段50號3樓，我們已經重新寄送了。'],
  // warn
  ['warn', 'T-m', '親，尺寸表上面寫得很清楚，是您自己沒有看清楚才買錯的。'],
  ['warn', 'T-m', '不好意思，但是這個是個人使用問題，不在保固範圍內。'],
  ['warn', 'E-m', '我們的商品出貨前都有檢查，不可能是我們的問題。'],
  ['warn', 'T-m', '已收到您的訊息，已登記，請耐心等候。'],
  ['warn', 'A-m', '您好，您的來信已收到，我們將於 3 至 5 個工作天內回覆。'],
  ['warn', 'T-m', '親，我們已經說明很多次了，請不要一直傳訊息。'],
  ['warn', 'T-m', '親，請在今天之內回覆，否則視同放棄處理。'],
  ['warn', 'T-m', '抱歉造成困擾，可是物流延遲不是我們可以控制的，請您直接找黑貓。'],
  ['warn', 'T-m', '您是不是沒有照說明書操作？正常使用是不會壞的。'],
  ['warn', 'E-m', '依照我們的規定，拆封後一律不退，請見諒。'],
  ['warn', 'T-m', '親，都已經幫您補寄了，您這樣還留負評真的很不公平。'],
  ['warn', 'T-m', '親，這個價格您還想要什麼品質呢？'],
  ['warn', 'A-m', '很抱歉，不過照片看起來是您自己摔到的，所以我們無法處理。'],
  ['warn', 'T-m', '親，麻煩盡快確認收貨，我們這邊已經等很久了。'],
  ['warn', 'E-m', '您好，系統顯示包裹已經簽收，所以您說沒收到我們也沒辦法。'],
  ['warn', 'T-m', '親，這個問題其他買家都沒有遇過，應該是您那邊的問題。'],
  ['warn', 'T-m', '親，您的問題已轉交相關部門，請靜候通知。'],
  ['warn', 'T-m', '我們是按照規定處理的，您再怎麼說結果也是一樣。'],
  // clean
  [
    'clean',
    'T-m',
    '親，真的很抱歉，杯蓋漏水是我們的品管沒做好。我們可以馬上補寄新的杯蓋，或是全額退款，您看哪一種比較方便？',
  ],
  ['clean', 'A-m', '您好，包裹是由 DHL 配送，您可以直接撥打 DHL 客服 0800-085-085 改約送貨時間。'],
  [
    'clean',
    'A-m',
    '您好，這台咖啡機有原廠兩年保固，保固服務中心的電話是 0800-222-333，可以預約到府收送。',
  ],
  [
    'clean',
    'A-m',
    '您好，退貨流程可以參考 Amazon 說明頁面 https://www.amazon.com/gp/help/customer/display.html?nodeId=201819200 ，申請後我們會立即處理。',
  ],
  [
    'clean',
    'E-m',
    '您好，關於退款進度，可以參考 eBay 說明中心的「退貨與退款」頁面，我們這邊也會持續追蹤。',
  ],
  ['clean', 'T-m', '親，退款已經處理好了，不論您是否修改評價，都不會影響退款喔，請放心。'],
  [
    'clean',
    'T-m',
    '親，問題解決真是太好了。如果您覺得這次處理還可以，30 天內可以修改一次評價；當然完全由您決定，不改也沒關係。',
  ],
  ['clean', 'T-m', '親，您訂的過年紅包袋少了一包，真的很抱歉，我們今天就補寄兩包給您。'],
  [
    'clean',
    'T-rp',
    '感謝您的回饋。這批紅包袋的燙金確實有脫落，我們已經暫停出貨並全面檢查，也已私訊您安排補寄。',
  ],
  [
    'clean',
    'T-rp',
    '非常抱歉讓您失望了。我們確認是包裝不夠牢固，已經改用加厚紙箱，也已經私訊您安排換貨。',
  ],
  ['clean', 'A-fp', '造成不便深感抱歉，已全額退款，並已更換物流合作夥伴。'],
  ['clean', 'E-fp', '抱歉延誤，已全額退款，感謝您的耐心。'],
  [
    'clean',
    'A-m',
    '您好，訂單 114-2233445-6677889 的退款 NT$1,290 已經退回您的信用卡，約 5 到 7 個工作天入帳。',
  ],
  ['clean', 'T-m', '親，追蹤號碼 TW8823749102 顯示包裹已經到您附近的 7-11，兩天內都可以取貨。'],
  ['clean', 'T-m', '親，依照平台七天鑑賞期的規定，這件是可以退的，運費由我們負擔，請放心寄回。'],
  [
    'clean',
    'E-m',
    '您好，很遺憾鞋子不合腳。我們提供兩種方式：免費換大一號，或是退貨退款，運費都由我們負責。您覺得哪個比較好？',
  ],
  ['clean', 'T-m', '親，謝謝您傳來的照片，看得出來是運送途中壓到的，我們今天就補寄，不需要寄回。'],
  ['clean', 'A-m', '您好，很抱歉讓您久等，不過好消息是零件已經到貨，今天就會寄出，預計週五送達。'],
  [
    'clean',
    'T-m',
    '親，關於付款：目前平台不支援 LINE Pay，您可以使用信用卡或超商付款，造成不便很抱歉。',
  ],
  [
    'clean',
    'T-m',
    '親，完全理解您的不滿。這次確實是我們出錯，除了補寄之外，我們也退了 50 元到您的帳戶作為補償，您不需要做任何事。',
  ],
  [
    'clean',
    'E-m',
    '您好，我們查到包裹卡在海關，這不是您的問題，我們會負責到底。若下週一仍沒有更新，我們會直接全額退款。',
  ],
  [
    'clean',
    'T-m',
    '親，我們沒有要催您的意思，您方便的時候再寄回就好，退貨期限我們幫您延長到月底。',
  ],
  [
    'clean',
    'A-m',
    '您好，依照 Amazon 的退貨政策，您在 30 天內都可以申請退貨；超過期限的話，我們也會協助您走原廠保固。',
  ],
  [
    'clean',
    'T-m',
    '親，這款保溫瓶的保溫時間是 6 小時，是我們的商品頁沒寫清楚，造成誤會真的很抱歉。可以幫您辦理退貨退款，運費我們出。',
  ],
  [
    'clean',
    'A-m',
    '您好，已收到您的照片，謝謝您。確認是我們出貨時裝錯了顏色，正確的款式已經寄出，原本那件您可以留著。',
  ],
  [
    'clean',
    'E-m',
    '您好，您說得沒錯，是我們的標題寫錯了尺寸，非常抱歉。我們可以退您差價，或是換成正確的尺寸，您決定就好。',
  ],
  [
    'clean',
    'E-m',
    '您好，唔好意思令您失望。補寄嘅耳機今日已經寄出，如果仲有問題，喺 eBay 訊息度話我知就得。',
  ],
];

const EN: Row[] = [
  // block: off-platform contact
  [
    'block',
    'A-m',
    "Hi Megan, so sorry the blender jar cracked. I've arranged a replacement. If you'd like to chat in real time, I'm on WhatsApp at +1 (917) 555-0143.",
  ],
  [
    'block',
    'A-m',
    'Hello Tom, apologies for the mix-up with the charger. For quicker support text me on W h a t s A p p: 0 7 7 0 0 9 0 0 4 5 6.',
  ],
  [
    'block',
    'E-m',
    "Hi there, I've refunded the postage. Between you and me, next time you can buy direct from brightnest-home.co.uk and skip the eBay fees.",
  ],
  [
    'block',
    'A-m',
    "Dear Priya, please send the photos to help.desk at homeglow dot co dot uk and we'll take it from there.",
  ],
  [
    'block',
    'E-m',
    "Hi, if it's easier you can call me on 020 7946 0871 (our London office), Monday to Friday.",
  ],
  [
    'block',
    'A-m',
    'Hi Jake, my direct line is area code two one two, then five five five, oh one nine two. Call any time.',
  ],
  [
    'block',
    'A-m',
    "Hello, we're really sorry about this. Add us on W\u0435Chat (ID: lamp_support) for a video walkthrough.",
  ],
  [
    'block',
    'E-m',
    'Hi Lukas, sorry about the delay. You can reach our Berlin team on +49 30 9018 2044 or on Telegram @kettlefix_de.',
  ],
  [
    'block',
    'A-m',
    'Dear Claire, apologies again. Please call our Paris desk on +33 6 12 34 56 78 so we can arrange the pickup.',
  ],
  [
    'block',
    'A-m',
    'Hi, sorry about the scratches! Join our Facebook group "Nordic Home Owners" for care tips and member-only deals.',
  ],
  [
    'block',
    'E-m',
    "Hey Sam, my number's 917, then 555, then 0148. Text me a photo and I'll sort it.",
  ],
  [
    'block',
    'A-m',
    'Hello Anna, the replacements are on the way. DM us on Insta @glowlamps.official if anything else comes up.',
  ],
  [
    'block',
    'A-m',
    'Hi Sofia, you can also reach me on Sky\u03c1e (sofia.homeware) for a quick video call.',
  ],
  [
    'block',
    'A-m',
    "Hello, call us on one eight hundred, five five five, zero one nine nine. We're available 24/7.",
  ],
  ['block', 'E-m', 'Hi, for faster service email me directly: mike.parts＠gmail．com'],
  [
    'block',
    'A-m',
    "Hi Ben, sorry about the wrong size. Text me on +1 415 555 0176 and I'll arrange the swap personally.",
  ],
  [
    'block',
    'E-m',
    "Hi Lena, I'm sorry the lamp arrived dented. Ping me on Signal at +31 6 12345678 and I'll sort a partial refund.",
  ],
  [
    'block',
    'T-m',
    "Hi dear, please add my WeChat, just search 'weixin amy_shop_88', we reply much faster there.",
  ],
  [
    'block',
    'A-m',
    'Hi, apologies for the trouble. Our Hong Kong office on 5123 4567 (What\u200dsApp too) can help you faster.',
  ],
  // block: incentives, conditional remedies, Amazon review requests
  [
    'block',
    'A-m',
    "Hi Rita, we've refunded you in full. We'd be really grateful if you could update your review now that it's sorted.",
  ],
  [
    'block',
    'A-r',
    "Dear Mr Patel, I'm sorry the kettle leaked. Once the replacement arrives, would you consider revising your 1-star review?",
  ],
  [
    'block',
    'E-m',
    "Hi Chris, we'll refund you in full as soon as the negative feedback is revised.",
  ],
  [
    'block',
    'E-m',
    'Hello, happy to send a free spare strap with your next order if you could change that neutral to a positive.',
  ],
  [
    'block',
    'A-m',
    "Hi Daniel, here's a $15 gift card as a thank-you: just leave us a 5-star review and send us the screenshot.",
  ],
  [
    'block',
    'T-m',
    "Hi dear, leave 5 stars with photos and we'll send 10 yuan back to your Alipay!",
  ],
  [
    'block',
    'A-m',
    "Hi Emma, to say sorry we'd like to give you a 20% discount code (SORRY20) for your next purchase in our store.",
  ],
  [
    'block',
    'E-m',
    'Hi Jo, a little thank-you gift is waiting for you once the feedback is updated.',
  ],
  [
    'block',
    'A-m',
    'Hello, we can process your return, but only after the review has been taken down.',
  ],
  [
    'block',
    'E-m',
    "Hi Mark, if you remove the negative feedback we'll throw in a free phone case, no strings attached.",
  ],
  [
    'block',
    'E-m',
    "Hi Tom, I've refunded the shipping. Quick favour: if you could bump that feedback up to positive, I'll knock another $5 off.",
  ],
  ['block', 'A-m', 'Hi, so sorry this was such a hassle 🙏 a new one ships today.'],
  // block: buyer personal data in a public reply
  ['block', 'E-fp', 'Thanks John Miller, replacement sent to 14 Elm Road, Leeds LS6 2AB.'],
  ['block', 'A-fp', 'We called Ms Sarah Jones on 07700 900321 and a refund has been issued.'],
  [
    'block',
    'T-rp',
    'Dear Kevin Li, we re-sent the parcel to Flat 5, 22 Nathan Road, Kowloon, as you asked.',
  ],
  // warn
  [
    'warn',
    'E-m',
    "Hi, the measurements were clearly listed in the description, so this isn't really something we can fix.",
  ],
  [
    'warn',
    'A-m',
    'Sorry for the trouble, but you should have checked the voltage before plugging it in.',
  ],
  [
    'warn',
    'E-m',
    "We're sorry you feel that way, but the item was described accurately and we stand by it.",
  ],
  [
    'warn',
    'A-m',
    'Thank you for contacting us. Your message has been received and a representative will respond shortly.',
  ],
  ['warn', 'E-m', 'Your case has been logged. Please allow 3-5 business days for a reply.'],
  [
    'warn',
    'A-m',
    'With respect, that is simply not what happened. Our records show the parcel was delivered intact.',
  ],
  [
    'warn',
    'E-m',
    "I've already explained this twice. Please stop messaging us about the same issue.",
  ],
  [
    'warn',
    'E-m',
    'Please confirm by tonight whether you accept the partial refund, otherwise the offer will be withdrawn.',
  ],
  ['warn', 'A-m', 'Apologies, however as per our policy we do not refund opened items.'],
  ['warn', 'E-m', "Hi, it's not our fault the courier was late. Take it up with Royal Mail."],
  ['warn', 'A-m', "No other customer has had this problem, so it's likely something on your end."],
  [
    'warn',
    'E-m',
    'We refunded you already, so honestly leaving negative feedback feels pretty unfair.',
  ],
  ['warn', 'A-m', 'Did you read the manual? The reset button is clearly shown on page 2.'],
  ['warn', 'E-m', "I'm sorry, but we can't be held responsible for how the item was used."],
  [
    'warn',
    'E-m',
    'This is the third message I have sent you today. Please reply as soon as possible.',
  ],
  ['warn', 'A-m', 'Ticket #48213 created. We will get back to you.'],
  ['warn', 'E-m', "Obviously a £9 item isn't going to last forever."],
  [
    'warn',
    'A-m',
    'Hi, you clearly ordered the wrong model; the listing says it only fits the 2019 version.',
  ],
  [
    'warn',
    'E-m',
    "We're sorry for any inconvenience caused, but delays over the holidays are normal.",
  ],
  ['warn', 'A-m', 'Please respond within 24 hours or we will close this case.'],
  // clean
  [
    'clean',
    'A-m',
    "Hi Megan, I'm so sorry the jar cracked. I've sent a replacement today at no cost, and you don't need to return the broken one.",
  ],
  [
    'clean',
    'E-m',
    'Hi Tom, I understand how frustrating this is. I can offer a full refund or a replacement, whichever suits you better. Just let me know.',
  ],
  [
    'clean',
    'A-m',
    'Hello, your parcel is with FedEx; you can call FedEx on 1-800-463-3339 to arrange a redelivery.',
  ],
  [
    'clean',
    'A-m',
    "Hi Joe, the hair dryer has a two-year manufacturer's warranty. The warranty provider, HomeCare Protect, can be reached on 0800 028 4455 to book a repair.",
  ],
  [
    'clean',
    'A-m',
    "Hi, you can start the return from Your Orders; Amazon's help page on returns (https://www.amazon.com/gp/help/customer/display.html?nodeId=201819090) walks you through it.",
  ],
  [
    'clean',
    'E-m',
    "Hi, eBay's Money Back Guarantee covers this, and I've already opened the return for you. The steps are on ebay.com/help if you need them.",
  ],
  [
    'clean',
    'E-m',
    "Hi Chris, I've issued the refund today. It doesn't depend on your feedback in any way; you'll get it either way.",
  ],
  [
    'clean',
    'E-m',
    "Hi Jo, glad the replacement arrived and works. If you feel it's resolved, eBay lets you revise feedback; it's entirely your choice, and thank you either way.",
  ],
  [
    'clean',
    'A-m',
    'Hi Priya, thanks for the photos. The dent is clearly from transit, which is on us, not you. A new lamp ships tomorrow.',
  ],
  [
    'clean',
    'A-m',
    "Hi Daniel, I'm afraid we can't exchange opened earbuds for hygiene reasons, but I can give you a full refund once they're back, and we'll cover the return label.",
  ],
  [
    'clean',
    'E-m',
    "Hi Sam, unfortunately that colour is discontinued. I'd be happy to send the navy one instead or refund you, whichever you prefer.",
  ],
  [
    'clean',
    'A-m',
    "Hello, we've received your message and I'm sorry the kettle stopped working after a week. A replacement is on its way; the tracking number is 1Z999AA10123456784.",
  ],
  [
    'clean',
    'A-m',
    'Hi, about order 114-8765432-1234567: your refund of $42.50 went through today and should show in 3-5 business days.',
  ],
  ['clean', 'E-fp', 'Our packing let you down. Full refund sent; new boxes in use now.'],
  [
    'clean',
    'A-fp',
    'Apologies for the wrong colour. A replacement was sent and our listing photos are updated.',
  ],
  [
    'clean',
    'T-rp',
    "Thank you for the honest review. The zip was faulty and we've replaced it; we've also switched zip suppliers for this batch.",
  ],
  [
    'clean',
    'E-m',
    "Hi Lukas, the listing does say 220V, but I can see how easy that is to miss on the mobile page. I'll take it back and cover the return postage.",
  ],
  [
    'clean',
    'A-m',
    "Hi Rita, I'm sorry, you're right to be annoyed. The parcel should have arrived on Friday. We've refunded the shipping and expedited the replacement.",
  ],
  [
    'clean',
    'E-m',
    "Hi Mark, I completely understand. To be upfront: we can't offer a refund after 60 days, but the manufacturer's warranty still covers the motor and I'll file the claim for you today.",
  ],
  [
    'clean',
    'A-m',
    'Hi Sofia, thanks for your patience. Just to let you know, your refund is being processed and needs nothing further from you.',
  ],
  [
    'clean',
    'E-m',
    "Hi Ben, I'm really sorry about the wrong size. I've sent the correct pair today by Royal Mail Tracked 48; you're welcome to keep the first pair.",
  ],
  [
    'clean',
    'A-m',
    "Hi Emma, I'm sorry for the trouble. If you'd like to check the status at any time, just reply to this message or open Your Orders on Amazon.",
  ],
  [
    'clean',
    'T-m',
    "Hi dear, sorry the red envelope set (hongbao) came with a torn pack! We're sending two extra packs today, free of charge.",
  ],
  [
    'clean',
    'E-m',
    "Hi Lena, I'm sorry it arrived dented. I've issued a partial refund of €15 and you can keep the lamp; if you'd rather return it, I'll refund the rest too.",
  ],
  [
    'clean',
    'A-m',
    "Hello Ms Chen, I'm sorry your order arrived late. We take full responsibility: a full refund has been processed and you don't need to send anything back.",
  ],
  [
    'clean',
    'E-m',
    "Hi Rob, just checking in: did the replacement charger arrive, and is it working properly? If not, let me know and I'll sort it right away.",
  ],
  [
    'clean',
    'A-m',
    "Hi Grace, please don't worry about the return window. I've extended it to the end of the month so you can send it back whenever it's convenient.",
  ],
  [
    'clean',
    'E-m',
    "Hi Alex, I can't change the courier's delivery date, but I can send a second parcel by express today so you have it before the weekend. Would that help?",
  ],
  [
    'clean',
    'A-fp',
    'Thank you for flagging the missing screws. A spare pack was sent and we now check every kit before dispatch.',
  ],
  [
    'clean',
    'E-m',
    "Hi Nina, you're well within the 30-day return period, so no problem at all. I've sent a prepaid return label through eBay.",
  ],
  [
    'clean',
    'E-m',
    "Hi Carla, item 285691034477 is the one you received. I've checked it against your order and it's definitely our mistake. Refund sent.",
  ],
  [
    'clean',
    'A-m',
    "Hello, the delivery was handled by Royal Mail. If you'd like to check with the depot, Royal Mail's customer line is 03457 740 740.",
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND13_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND13_SET_NAME }));

export const BLIND13_SET: readonly (Labelled & { set: typeof BLIND13_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
