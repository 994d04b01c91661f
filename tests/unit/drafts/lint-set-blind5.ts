// A sixth labelled set of reply drafts, written blind (helper session of issue 8, 2026-12-02): from the
// issue text, the PLAYBOOK and the older sets' rows (read only to avoid their wordings), before opening
// lib/drafts/'s rule tables. It tries the evasions the older sets do not: split characters (亻言 for 信,
// 女子 for 好), pinyin and initials (weixin, hp), nicknames of apps and their features (球球, 纸飞机, 企微,
// 公众号, 快手, 闲鱼, 露天, ㄌㄞˋ, L1NE, 臉書 Messenger, Snap, Discord, X, iMessage/FaceTime, WA), phone
// numbers in financial numerals (壹叁玖, 零九壹貳), in dotted groups, in English words, with extensions,
// Irish, Dutch, Polish and Australian formats, 小老鼠 for @, "my gmail is …", [.] and short links;
// rewards as 话费, 淘金币, 延保, 立减, "early access", an "honest review" sample, credits once a review is
// live; Cantonese bargains (畀個好評…, 刪咗差評…); masked phone numbers and addresses in public replies;
// an eBay public reply just over 80 characters; "sorry" cut off by 但是 / 不过 / 可惜 / 只是 / 然而 /
// unfortunately / regrettably / still / that being said across a sentence end; cold one-word
// acknowledgements; blame as a question; arguing by rules, recordings and QC. Hard negatives: lists of
// eight or nine Chinese numerals (volumes, school grades), barcodes, serial and USPS tracking numbers,
// a carrier's line on Taobao and a manufacturer's warranty line on Amazon, 小薇 / 小威 as agents' names,
// V领, QQ星, 微博同款, 淘宝红包 and a platform cash-back promotion, LINE Pay, Line 6, "signal cable", an
// apology followed by choices or by good news after a sentence end, "unfortunately" without an apology.
// Labels as in lint-set.ts: block / warn / clean, decided by what the PLAYBOOK says, not by the linter.
// Only its tuning half (splitOf) may guide rule changes; its checking half is reported apart.
//
// First run (2026-12-02, before any rule changed for it; n = block/warn/clean):
//            n           block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  35/21/29    62.9%         47.6%        8.0%               17.2%
//   zh-Hant  19/12/16    52.6%         50.0%        14.3%              31.3%
//   en       25/14/21    64.0%         28.6%        0.0%               9.5%
//   all      79/47/66    60.8%         42.6%        7.1%               18.2%
//   tuning half   45/22/32   64.4%   22.7%   3.7%    9.4%
//   checking half 34/25/34   55.9%   60.0%   10.2%   26.5%
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND5_SET_NAME = 'blind5';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '有问题加我微亻言 jiaju_kf 就行，回复快'],
  ['block', 'T-m', '后面有啥情况直接找我 V亻言：home-7721'],
  ['block', 'T-m', '亲，加我企微吧，搜“璐米售后”就能找到，专人跟进'],
  ['block', 'T-m', '关注一下我们的公众号“璐米生活馆”，后台留言登记保修更快'],
  ['block', 'T-m', '纸飞机 @lumi_cs 上找我也行，我一直在线'],
  ['block', 'T-m', '售后热线：壹叁玖 贰陆柒捌 肆伍壹贰，随时打'],
  ['block', 'T-m', '打我座机吧（021）6234 5678，工作日都有人'],
  ['block', 'T-m', '照片发我邮箱就行：kefu小老鼠163点com'],
  ['block', 'T-m', '亲，咱们闲鱼上也有店，您去那边拍同款，价格给您再便宜点'],
  ['block', 'T-m', '您加我球球 5 6 7 8 1 2 3 4 9 ，发个视频看看'],
  ['block', 'T-m', '这里说不方便，私下联系吧：139.2678.4512'],
  ['block', 'A-m', '您好，照片可以发到我们的QQ邮箱 2876541@qq.com，我们马上处理'],
  ['block', 'A-m', '您好，我们的售后群在 WhatsApp，群链接：chat.whatsapp.com/Lx82kd'],
  ['block', 'E-m', '您好，加我 Line 或者 WhatsApp 都行：+852 6123 4567，我用视频教您'],
  ['block', 'T-m', '快手上搜“璐米家居”，关注后私信我们，售后给您优先处理'],
  ['block', 'T-m', '亲，发我 weixin 吧：lumi2023kf'],
  // block: incentives and remedies tied to the review
  ['block', 'T-m', '亲，女子评返现3元，截图发客服'],
  ['block', 'T-m', 'hp晒图返2元，记得五星哦'],
  ['block', 'T-m', '给个五⭐好评，截图找我领话费5元'],
  ['block', 'T-m', '晒单有礼：带图评价满20字，私信客服领取小样一份'],
  ['block', 'T-m', '差评改成五星的话，我这边多退您20块'],
  ['block', 'T-m', '退款这边需要您先把差评取消掉，取消后马上处理'],
  ['block', 'T-m', '差评不删的话，售后这边我们就没法继续跟进了'],
  ['block', 'T-m', '评价写好一点，送您一年延保'],
  ['block', 'T-m', '改评后返您200淘金币，直接到账'],
  ['block', 'T-m', '亲亲，好评后私聊客服，有神秘礼物相送哦～'],
  ['block', 'T-r', '您那条中评改一下吧，改好了给您包个大红包'],
  ['block', 'E-m', '您把负面评价改成正面的，这单运费我们就全免了'],
  ['block', 'A-r', '您好，问题已经处理了，您方便时能把星级调高一点吗？'],
  ['block', 'A-m', '欢迎再次光临！本店新品满100减20，下单时输入 LUMI20 即可'],
  ['block', 'T-m', '亲，给个好评吧，好评的亲下次下单直接立减10元'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '联系了收件人，电话 139****5678，快递明天重新派送'],
  ['block', 'T-rp', '王*明您好，您登记的手机 186****2231 我们已回电，退款已处理'],
  ['block', 'T-rp', '已核实您填的地址是朝阳区望京街道花家地北里3号楼，快递员说找不到单元门'],
  ['block', 'A-fp', '已经给 159 **** 0876 这个号码回过电话了，换货已安排'],
  // warn: "sorry" cut off, blame, arguing, pressure, cold acknowledgements
  ['warn', 'T-m', '非常抱歉给您带来不便。但是这个情况属于正常磨损，不在售后范围。'],
  ['warn', 'T-m', '真的很抱歉。不过您收货时就应该当场验货的。'],
  ['warn', 'T-m', '不好意思让您久等了！可惜这款过了七天就不能退了。'],
  ['warn', 'T-m', '您签收的时候怎么不检查一下呢？现在才说坏了'],
  ['warn', 'T-m', '您下单时选的就是这个颜色呀，我们是按订单发的'],
  ['warn', 'T-m', '这是您家里电压不稳导致的，跟产品没关系'],
  ['warn', 'T-m', '我们发货有全程录像，出仓时是完好的'],
  ['warn', 'T-m', '按照平台规则，这种情况是不支持退货的，请您理解'],
  ['warn', 'T-m', '别的买家用着都没问题，您再研究研究说明书'],
  ['warn', 'T-m', '行吧，您说是质量问题那就是吧'],
  ['warn', 'T-m', '麻烦尽快给个答复，我们这边马上要结单了'],
  ['warn', 'T-m', '限您24小时内把货寄回，过期不候'],
  ['warn', 'T-m', '第五次提醒：请尽快确认收货！'],
  ['warn', 'T-m', '已知悉。'],
  ['warn', 'T-m', '您的反馈已提交，工作人员核实后将与您联系。'],
  ['warn', 'T-m', '收到，已备注，等通知吧。'],
  ['warn', 'E-m', '您好，邮件已收到，我们会按顺序处理，请勿重复发送。'],
  ['warn', 'A-m', '很遗憾给您造成困扰。然而根据我们的记录，包裹已经妥投。'],
  ['warn', 'T-rp', '这位顾客收到货第一天就给差评，也不联系客服，我们也很无奈'],
  ['warn', 'T-rp', '商品质检报告齐全，所谓异味纯属个人感受'],
  ['warn', 'T-r', '您给差评之前为什么不先找我们沟通呢？'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '您要的第一二三四五六七八册我们都补齐了，今天一起发出'],
  ['clean', 'T-m', '这件V领的我们给您换成大一码，今天就发'],
  ['clean', 'T-m', '客服小薇为您服务，非常抱歉杯子碎了，新的马上给您补发'],
  ['clean', 'T-m', '退款成功后平台会发短信通知您，请留意手机'],
  ['clean', 'T-m', '您买的是QQ星儿童奶，临期的那箱我们直接给您换新的'],
  ['clean', 'T-m', '这款参加了平台的满300返现活动，下单时已经自动减掉了'],
  ['clean', 'T-m', '这20元补偿是因为我们发货慢，跟您的评价不挂钩，您放心'],
  ['clean', 'T-m', '如果这次的处理您还满意，方便时可以追评说一下结果，不方便也完全没关系'],
  ['clean', 'T-m', '中通客服电话是95311，您报运单号 78123456789012 就能查到派送网点'],
  ['clean', 'T-m', '商品条形码是 6901234567892，您核对一下和包装上的是否一致'],
  ['clean', 'T-m', '差价13.8元已经退回您的支付宝，请查收'],
  ['clean', 'T-m', '客服在线时间是早上9:00到晚上23:00，有问题随时在这里留言'],
  ['clean', 'T-m', '看到您的好评我们很开心，您提的收纳建议已经转给设计师了'],
  ['clean', 'T-m', '非常抱歉，这确实是我们打包疏忽了。新的一套今天发顺丰，破的那套不用寄回'],
  ['clean', 'T-m', '理解您的着急，我刚和仓库确认过，补发的包裹下午四点前会揽收'],
  [
    'clean',
    'T-m',
    '亲，您说的卡顿问题我们复现了，是固件的问题，不是您操作的原因，升级包我放在这里',
  ],
  ['clean', 'T-m', '微囊精华的颗粒需要揉开再用，我把使用方法的视频放在商品详情页第五张图了'],
  ['clean', 'T-m', '这款手机壳是微博同款，现在缺货，给您换成同系列的另一款可以吗？'],
  ['clean', 'T-m', '您可以用平台发的淘宝红包抵扣，下单时自动使用'],
  ['clean', 'T-rp', '谢谢您指出说明书字太小的问题，新一批已经改成大字版，也给您寄了一份'],
  ['clean', 'T-rp', '很抱歉让您等了一周，我们已经换了合作快递，退款也已原路返回'],
  ['clean', 'T-rp', '感谢支持！看到宝宝喜欢这个积木，我们也很开心'],
  ['clean', 'A-m', '您好，非常抱歉尺码偏小，我们已经为您创建了免费退货，新的尺码今天发出'],
  ['clean', 'A-m', '您好，保修由厂家负责，厂家售后电话 400-888-1234 可以预约上门检测'],
  ['clean', 'E-m', '您好，退款已经通过 eBay 发出，一般3到5个工作日到账，给您添麻烦了'],
  ['clean', 'E-fp', '抱歉发错货，已退款并补寄正确款式。'],
  ['clean', 'T-m', '您好，您要的发票抬头我们改好了，重新开的电子发票在订单详情里'],
  ['clean', 'T-m', '抱歉让您失望了。我们可以全额退款，也可以换一台新的，您看哪种方便？'],
  ['clean', 'T-m', '真的很抱歉！不过好消息是新的已经到您所在城市了，明天上午就能送到'],
];

const HANT: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '有問題加我 L1NE：lumi_tw88，圖片傳那邊比較清楚'],
  ['block', 'T-m', '親，直接ㄌㄞˋ我就好，ID 是 @lumitw'],
  ['block', 'T-m', '歡迎追蹤我們的 IG 限動，私訊小編有專人服務：@lumi.life.tw'],
  ['block', 'T-m', '臉書搜尋「璐米生活」，用 Messenger 傳照片給我們'],
  ['block', 'T-m', '我們在露天拍賣也有賣場，那邊直接下單可以少算運費'],
  ['block', 'A-m', '您好，照片麻煩寄到 lumitw 在 gmail 點 com，我們當天回覆'],
  ['block', 'E-m', '打嚟 9123 4567 搵我哋，我哋即刻幫你處理'],
  ['block', 'T-m', '手機：零九壹貳-參肆伍-陸柒捌，有事直接打'],
  ['block', 'T-m', '市話 (07) 335-1234，高雄門市也可以直接過來換'],
  ['block', 'A-m', '您好，收到了 👍 新的商品明天寄出'],
  // block: incentives and remedies tied to the review
  ['block', 'T-m', '五星評價截圖回傳，下次運費幫您折抵 60 元'],
  ['block', 'T-m', '評價給滿分的話，我們再退您 50 元'],
  ['block', 'T-m', '刪掉那則一星評論，我們就送您延長保固一年'],
  ['block', 'E-m', '畀個好評我哋，送你 $20 現金券'],
  ['block', 'T-m', '刪咗差評就即刻退錢畀你'],
  ['block', 'T-m', '幫忙按個五顆星，抽獎名單就有您一份'],
  ['block', 'A-r', '您好，方便的話可以重新考慮一下您的星等嗎？我們已經換新了'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '已致電 0912-***-678 的買家，補寄的商品今天到'],
  ['block', 'T-rp', '林**小姐您好，已依照您的地址新北市板橋區文化路一段 188 號重新寄出'],
  // warn
  ['warn', 'T-m', '很抱歉造成困擾。只是這個款式本來就偏小，頁面有寫。'],
  ['warn', 'T-m', '不好意思讓您久等。可惜已經過了鑑賞期，沒辦法退。'],
  ['warn', 'T-m', '您收貨時怎麼沒有當場檢查呢？'],
  ['warn', 'T-m', '依照規定恕不退換，請見諒。'],
  ['warn', 'T-m', '請勿再催，有進度會通知。'],
  ['warn', 'T-m', '您的留言已收到，將由專人回覆。'],
  ['warn', 'T-m', '已收悉，處理中。'],
  ['warn', 'T-m', '唔好意思，不過呢個係正常現象嚟㗎'],
  ['warn', 'T-m', '最後一次提醒，明天中午前不回覆就自動結案'],
  ['warn', 'T-rp', '用了三個月才說有問題，我們合理懷疑是使用不當'],
  ['warn', 'E-m', '照片看起來明顯是外力撞擊，這個不在保固範圍'],
  ['warn', 'A-m', '抱歉。但是我們的退貨政策寫得很明白，拆封後不接受退貨。'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '這套題本一二三四五六七八九年級都有，缺的那本今天補寄'],
  ['clean', 'T-m', '退款會退回您的 LINE Pay，大約 3 到 5 個工作天入帳'],
  ['clean', 'T-m', '信用卡分期的退款會分期退回，這是銀行的作業方式'],
  ['clean', 'T-m', '我是客服小威，很抱歉讓您收到破損的杯子，新的今天寄出'],
  ['clean', 'T-m', '真的很抱歉。我們可以幫您全額退款，或是換一件新的，您看哪個方便？'],
  ['clean', 'T-m', '不好意思！不過好消息是補寄的包裹已經到超商了，明天就能取貨'],
  ['clean', 'T-m', '新竹物流客服 0800-060-868 可以幫您改時段，託運單號 6012 3456 789'],
  ['clean', 'T-m', '這 30 元是因為我們寄錯顏色的補償，評價怎麼寫都不影響'],
  [
    'clean',
    'T-m',
    '問題解決了就好，如果您覺得合適，30 天內可以追加一則評價說明處理結果，不方便也沒關係',
  ],
  ['clean', 'T-rp', '謝謝您的建議，我們已經把說明書改成大字版，也補寄了一份給您'],
  ['clean', 'T-rp', '很抱歉讓您久等，已經改用新的物流，退款也已完成'],
  ['clean', 'A-m', '您好，很抱歉插頭規格不符，我們已經補寄台灣規格的變壓器，追蹤號碼在訂單頁面'],
  ['clean', 'A-m', '您好，保固由原廠處理，原廠客服專線 0800-022-123 可以預約送修'],
  ['clean', 'E-fp', '抱歉寄錯尺寸，已補寄正確的款式。'],
  ['clean', 'T-m', '商品條碼 4710123456789，您比對一下包裝上的是否相同'],
  ['clean', 'T-m', '我理解您等了很久的心情，倉庫說今天下午會出貨，出貨後我馬上把單號給您'],
];

const EN: Row[] = [
  // block: off-platform contact
  ['block', 'A-m', 'Easiest is to call me: four one five, five five five, zero one three two.'],
  ['block', 'A-m', 'Snap me at lumi.help and send a quick video of the noise.'],
  ['block', 'A-m', 'Join our Discord (discord.gg/lumihome) for quicker support.'],
  ['block', 'E-m', 'Hit me up on WA, +353 87 123 4567, and I will sort a replacement.'],
  ['block', 'E-m', 'My gmail is lumi.returns, just drop the photos there.'],
  ['block', 'A-m', 'Full manual at lumihome[.]com/manual if you need it.'],
  ['block', 'A-m', 'Here is a quick link to our setup video: bit.ly/lumi-setup'],
  ['block', 'E-m', 'Call our Amsterdam desk on 06-12345678, they speak English.'],
  ['block', 'A-m', 'You can also reach us at +44 (0)20 7946 0123, ext. 4.'],
  ['block', 'E-m', 'iMessage or FaceTime me on 0412 345 678 and I can show you how it fits.'],
  ['block', 'A-m', 'Refund issued ✅ thanks for your patience!'],
  ['block', 'A-m', 'DM us on X, @lumihome, we usually reply within minutes.'],
  ['block', 'E-m', 'Our Warsaw team is on +48 512 345 678 if you would rather talk.'],
  // block: incentives and remedies tied to the review
  ['block', 'A-m', 'Leave an honest review and we will send you a free sample of our new scent.'],
  ['block', 'A-m', 'Tip: customers who leave 5-star reviews get early access to our sales.'],
  ['block', 'E-m', "We'll make it worth your while if you reconsider that negative."],
  [
    'block',
    'E-m',
    'Your refund is pending your updated feedback; it will go out as soon as we see it.',
  ],
  ['block', 'E-m', 'Rate us positive and your next order ships free.'],
  [
    'block',
    'A-r',
    'Would you be open to revisiting your rating now that the replacement has arrived?',
  ],
  ['block', 'A-r', 'If you think it is fair, feel free to edit your review.'],
  ['block', 'E-f', 'Before I ship the replacement, could you revise the feedback, please?'],
  ['block', 'A-m', "We'll credit your account $5 as soon as your review goes live."],
  // block: public replies with buyer data or over eBay's 80 characters
  ['block', 'E-fp', 'We tried calling 0770 *** 4123 twice; refund now sent.'],
  ['block', 'A-fp', 'Mrs Patel, we have rebooked the courier for 22 Oak Lane, Bristol BS3 4QT.'],
  [
    'block',
    'E-fp',
    'We are sorry the headphones stopped working so quickly; a full refund went out today and our supplier is checking the batch.',
  ],
  // warn
  [
    'warn',
    'A-m',
    "I'm sorry for the hassle. Unfortunately, returns on opened items are not possible.",
  ],
  ['warn', 'E-m', 'I hear you. That being said, the listing clearly shows the dimensions.'],
  ['warn', 'E-m', 'Apologies. Regrettably, this falls outside our return policy.'],
  ['warn', 'A-m', 'My apologies; still, tracking shows the parcel was delivered to your porch.'],
  ['warn', 'E-m', 'Did you even charge it before use?'],
  ['warn', 'A-m', 'Maybe try reading the manual first, the answer is on page 2.'],
  ['warn', 'E-m', 'With respect, that is simply not true. We packed it ourselves.'],
  ['warn', 'A-m', 'Our QC team inspected this unit before dispatch, so we stand by its condition.'],
  ['warn', 'E-m', 'Final reminder: accept the partial refund by 5pm or the offer is withdrawn.'],
  ['warn', 'E-m', 'I need you to confirm today, we cannot keep this case open forever.'],
  ['warn', 'A-m', 'Noted.'],
  ['warn', 'E-m', 'Ticket received. Expect a reply within 72 hours.'],
  ['warn', 'A-m', 'Your message has been forwarded to the relevant department.'],
  ['warn', 'E-fp', 'Buyer changed their mind and is blaming the item.'],
  // clean, many of them hard negatives
  [
    'clean',
    'A-m',
    'The signal cable is in the small box under the tray; I am sorry it was hard to find.',
  ],
  [
    'clean',
    'A-m',
    'You will get an email from Amazon confirming the refund, usually within a few hours.',
  ],
  ['clean', 'A-m', "I'll call the courier myself this afternoon and update you here by tomorrow."],
  [
    'clean',
    'E-m',
    'The serial number on your unit is SN 4415 5550 1324; the replacement has a new one.',
  ],
  ['clean', 'A-m', 'USPS tracking 9400 1000 0000 0000 0000 00 shows it out for delivery today.'],
  ['clean', 'A-m', 'Sorry! But good news: the replacement has already shipped and arrives Friday.'],
  [
    'clean',
    'A-m',
    'Unfortunately the courier lost the parcel, so a replacement left our warehouse this morning.',
  ],
  [
    'clean',
    'A-m',
    'The filter must be rinsed under cold water before first use; that should stop the taste.',
  ],
  [
    'clean',
    'E-m',
    'Your refund is not tied to your feedback in any way; it has already been sent.',
  ],
  [
    'clean',
    'A-r',
    'I read your review and you are right about the lid. We have changed the supplier and sent you a new one.',
  ],
  [
    'clean',
    'E-f',
    'Now that the replacement has arrived and works, you are welcome to revise the feedback if you think it is fair. Either way, thank you.',
  ],
  [
    'clean',
    'A-f',
    'Thanks for bearing with us. Once you are happy it is resolved, Amazon lets you update seller feedback if you wish.',
  ],
  ['clean', 'E-fp', 'So sorry it was late. Refunded and we have switched couriers.'],
  [
    'clean',
    'A-fp',
    'Thank you for flagging the loose screw. We have added a spare to every box from this week.',
  ],
  [
    'clean',
    'A-m',
    'The Line 6 pedal you ordered is back in stock, and I have reserved one for you.',
  ],
  [
    'clean',
    'A-m',
    'The warranty is handled by Allstate; you can file a claim on 1-877-888-1234 and I will follow up as well.',
  ],
  [
    'clean',
    'E-m',
    'I am really sorry the zip broke. I have refunded you in full, and you can keep the bag.',
  ],
  [
    'clean',
    'A-m',
    'That sounds really frustrating, and I am sorry. Would a replacement or a refund suit you better? Either can go out today.',
  ],
  ['clean', 'E-m', 'I have sent two spare bulbs and three fuses, and the five-year warranty card.'],
  [
    'clean',
    'A-m',
    'Sorry for the mix-up. Unfortunately that colour is sold out, so I have refunded you in full and you can keep the item.',
  ],
  ['clean', 'E-m', '£1,234.56 was refunded on 12/03/2025; your bank may take 3-5 days to show it.'],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND5_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND5_SET_NAME }));

export const BLIND5_SET: readonly (Labelled & { set: typeof BLIND5_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
