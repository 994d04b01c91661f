// A seventh labelled set of reply drafts, written blind (helper session `lint` of issue 8, 2026-12-03):
// from the issue text, the PLAYBOOK and the older sets (read only to avoid their wordings), before
// opening lib/drafts/'s rule tables. It tries kinds the older sets try less: off-platform contact under
// app nicknames (绿泡泡, 企鹅号, VX, V❤, 賴, 噗浪, 電報, IG, the gram, tele gram, FB, DMs on X, WA),
// numbers in words or mixed scripts (幺三九, 32七6五, 0九一二-三45, 九一二三, "plus four four seven…",
// the letter O for zero), e-mail with #, ［at］, "at … dot" and "dot care at gmail", vanity toll-free
// numbers (1-800-LUMIHOME, 1-888-FIX-LUMI), an SMS short code, the seller's own site; incentives as
// 奶茶钱, 湿巾 for a 追评, 运费险 money, the other half of a refund or the price difference, 无门槛券,
// 购物金, store credit and gift cards once a review is updated, a gift upgrade; buyer addresses and
// phones (in words too) in public replies; eBay public replies just over 80 characters (and a Chinese
// one). Tone: blame (您当初应该…, "you should have read the description", a question), arguing (不可能是坏的,
// "every unit is checked", a defect called normal), "sorry" cut off by 毕竟 / 说实话 / 老实说 / 话说回来 /
// 歹勢…不過 / 拍謝…但是 / then again / however / to be fair, pressure (就当您放弃, 默认您同意, "we will
// close"), cold acknowledgements (已转相关部门, 收到。, "Noted.", logged). Hard negatives: model codes (VX-3,
// QX-900, LM-220, WA-2), QQ星, 红包 as product, carriers' and a manufacturer's lines on Amazon (also the
// vanity 1-800-PICK-UPS), the platform's own hotline on Taobao, marketplace help links, an order number,
// honest usage statements (a new garment's smell that airs out, new shoes that feel tight, with a
// remedy: clean, as lint-set.ts labels the leather-smell draft), remedies said to be independent of the
// review, a Taobao / eBay / Amazon-seller-feedback update notice after resolution that respects a no.
// Labels as in lint-set.ts: block / warn / clean, decided by what the PLAYBOOK says, not by the linter.
// Only its tuning half (splitOf) may guide rule changes; its checking half is reported apart.
//
// First run (2026-12-03, before any rule changed for it; n = block/warn/clean):
//            n           block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  24/15/19    79.2%         53.3%        2.9%               5.3%
//   zh-Hant  22/15/18    72.7%         40.0%        3.0%               5.6%
//   en       27/16/24    85.2%         81.3%        2.5%               8.3%
//   all      73/46/61    79.5%         58.7%        2.8%               6.6%
//   tuning half   39/27/33   82.1%   55.6%   1.7%    3.0%
//     (zh-Hans 10/8/8 80.0 / 50.0 / 0.0 / 0.0; zh-Hant 17/10/10 76.5 / 40.0 / 0.0 / 0.0;
//      en 12/9/15 91.7 / 77.8 / 4.2 / 6.7)
//   checking half 34/19/28   76.5%   63.2%   4.3%   10.7%
//     (zh-Hans 14/7/11 78.6 / 57.1 / 5.6 / 9.1; zh-Hant 5/5/8 60.0 / 40.0 / 7.7 / 12.5;
//      en 15/7/9 80.0 / 85.7 / 0.0 / 11.1)
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND6_SET_NAME = 'blind6';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact in new disguises
  ['block', 'T-m', '亲，绿泡泡搜一下 lumi_home，拉您进售后群'],
  ['block', 'T-m', '有啥问题企鹅号找我：32七6五4098，加的时候备注订单号'],
  ['block', 'T-m', '加个VX吧，号是 jia-ju 下划线 kf，方便发视频'],
  ['block', 'T-m', '电话：幺三九 二六七八 四五幺二，打过来报订单号就行'],
  ['block', 'T-m', '小红书上搜“璐米的家”，私信发我照片就行'],
  ['block', 'T-m', '邮箱 lumi_kf#163.com（把#换成@），发图过来'],
  ['block', 'T-m', '加我V❤：lumi8866，晚上也能回'],
  ['block', 'T-m', '亲，有啥问题可以私我抖音 lumi.jiaju，晚上也在'],
  ['block', 'A-m', '您好，可以加我们的 Messenger（主页搜 Lumi Home Official），视频沟通更快'],
  ['block', 'E-m', '您好，直接打我们的免费热线 1-888-FIX-LUMI，我们帮您换'],
  ['block', 'A-m', '您好，退货的事情可以发邮件到 support at lumihome dot com 跟我们确认'],
  // block: incentives tied to the review
  ['block', 'T-m', '评价截图发我，给您包个“奶茶钱”'],
  ['block', 'T-m', '追评带三张图，私聊客服领一包湿巾'],
  ['block', 'T-m', '您改成好评，运费险那块的钱我们补给您'],
  ['block', 'T-m', '差评撤掉的话，剩下那一半的钱我们这边也退了'],
  ['block', 'T-r', '好评五星+15字，确认收货后返2元到支付宝'],
  ['block', 'T-m', '评价改好了跟我说一声，店铺的无门槛券马上发您'],
  ['block', 'T-m', '亲亲，给个带图好评，赠品给您升级成大号的哦'],
  ['block', 'E-m', '您把差评改成好评后，我们再退您一半的货款作为补偿'],
  ['block', 'A-m', '您好，更新评论之后联系我们，可以领一张20元的店铺礼品卡'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '张先生，您留的收货地址浦东新区锦绣路1188弄7号已核实，补发已寄出'],
  ['block', 'T-rp', '已给您留的电话一三八一二三四五六七八回过电话了，退款今天到账'],
  ['block', 'A-fp', '您好李女士，快递已改派至上海市徐汇区漕溪北路88号，感谢耐心'],
  // block: an eBay public reply over 80 characters
  [
    'block',
    'E-fp',
    '非常抱歉这次的台灯在运输途中摔坏了灯罩，给您添了很多麻烦。我们已经全额退款，同时把包装换成了加厚的泡沫箱，也和快递公司重新核对了易碎品的派送流程，以后不会再出现这种情况，欢迎您随时监督。',
  ],
  // warn: blame, arguing, "sorry, but", pressure, cold acknowledgements
  ['warn', 'T-m', '您当初应该先量好尺寸再下单的，现在尺码不合适也不好换'],
  ['warn', 'T-m', '亲，这款机器出厂前每台都检测过，不可能是坏的'],
  ['warn', 'T-m', '不好意思哈，毕竟这个价位，做工就是这样的'],
  ['warn', 'T-m', '抱歉给您添麻烦了，说实话这个问题我们还是第一次遇到，估计是您使用方法不对'],
  ['warn', 'T-m', '对不起哦，话说回来，详情页里也写了不防水'],
  ['warn', 'T-m', '三天内不回复的话，就当您放弃售后了'],
  ['warn', 'T-m', '已转相关部门。'],
  ['warn', 'T-m', '好的，问题已登记在案，请耐心等待回复'],
  ['warn', 'T-m', '这个缝线有点歪是正常的，手工制品都这样'],
  ['warn', 'T-m', '很抱歉，老实说这种划痕不影响使用'],
  ['warn', 'T-m', '亲你再仔细看看说明书第三页，上面写得清清楚楚'],
  ['warn', 'T-m', '我们这边发货前都拍了视频，出库时是好的'],
  ['warn', 'T-m', '真是不好意思，可是您自己选错了型号，我们也没办法'],
  ['warn', 'T-rp', '这位买家，产品本身没有任何问题，是您安装方式不对'],
  ['warn', 'T-m', '再不回复我们就默认您同意这个方案了'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '您买的 VX-3 型号是带遥控的，遥控器在泡沫层下面；要是没有，我们马上补发'],
  ['clean', 'T-m', '新衣服有点气味是正常的，通风一天就散；如果还有味道，随时找我给您换'],
  ['clean', 'T-m', '这箱QQ星牛奶压坏了两盒，我们补发一整箱给您，不用退回'],
  ['clean', 'T-m', '您订的这批红包是烫金款，我们给您补发了50个，另外退了运费'],
  ['clean', 'T-m', '退款已经原路退回，跟您的评价没有任何关系，您按真实感受评价就好'],
  ['clean', 'T-m', '如果处理结果您满意，30天内可以在“我的评价”里修改一次中差评，改不改都由您决定'],
  ['clean', 'T-m', '我们淘宝店铺首页有安装视频，点“店铺-视频”就能看到'],
  ['clean', 'T-m', '非常抱歉让您等了这么久，补发的包裹今天下午发出，单号稍后发您'],
  [
    'clean',
    'T-m',
    '理解您的心情，换作是我也会着急。我们给您两个方案：全额退款或者补发新品，您看哪个更方便？',
  ],
  ['clean', 'T-m', '您说的卡顿问题，工程师建议先恢复出厂设置试试；如果还不行，我们直接给您换机'],
  ['clean', 'A-m', '您好，包裹由顺丰承运，您可以拨打顺丰客服 95338 预约派送时间'],
  [
    'clean',
    'E-m',
    '您好，退货可以按 eBay 帮助页面的步骤来：https://www.ebay.com/help/buying/returns-refunds/return-item-refund?id=4041',
  ],
  ['clean', 'T-rp', '感谢反馈。这批杯盖确实偏紧，我们已经换了模具，也给您补寄了新杯盖'],
  ['clean', 'T-m', '给您申请了10元的优惠券作为补偿，已经发到账户，不需要您做任何事情'],
  ['clean', 'T-m', '这是我们家的定制红包封面，您要的烫金字体已经改好了，请确认一下设计稿'],
  [
    'clean',
    'E-m',
    '您好，问题解决了就好。eBay 上的反馈如果您觉得合适，可以申请修改，不改也完全没关系',
  ],
  ['clean', 'T-m', '亲，有事直接在淘宝上点“联系卖家”就行，我随时在线'],
  ['clean', 'T-m', '宝贝的型号是 QX-900，和 QX-900S 的区别只在电池容量'],
  ['clean', 'T-m', '淘宝平台客服电话是 9510211，您对我们的处理不满意也可以直接找平台'],
];

const HANT: Row[] = [
  // block: off-platform contact in new disguises
  ['block', 'T-m', '親，賴我一下：lumi_tw，照片傳過來比較快'],
  ['block', 'T-m', '手機 0九一二-三45-678，直接打給我'],
  ['block', 'T-m', '加我 IG：@lumi.home.tw 私訊，我回很快'],
  ['block', 'T-m', '信箱 lumi.tw［at］gmail［dot］com，把發票寄過來'],
  ['block', 'T-m', '微❤號 lumi_hk，加咗我再傾'],
  ['block', 'A-m', '您好，可以直接 WhatsApp 我哋：九一二三 四五六七'],
  ['block', 'E-m', '您好，打我們的免付費專線 0800-888-五六七 就可以'],
  ['block', 'T-m', '臉書粉專搜「璐米居家」，私訊小編幫您處理'],
  ['block', 'T-m', '噗浪上找我們 @lumihome，私噗給您優惠'],
  ['block', 'T-m', '電報搜 lumi_tw_cs，我一直在線上'],
  // block: incentives tied to the review
  ['block', 'T-m', '給個五星好評，截圖傳給客服就退您30元'],
  ['block', 'T-m', '追評再加兩張圖，下次來店裡送您一個收納盒'],
  ['block', 'T-m', '負評撤掉的話，剩下的差價我們一次退給您'],
  ['block', 'T-m', '評價改成好評後，購物金100元馬上入帳'],
  ['block', 'T-m', '留個正評，我哋即刻送多個替換頭畀你'],
  ['block', 'T-r', '把評價改回五星，運費險的理賠我們另外再加倍給您'],
  ['block', 'E-m', '您把差評刪掉，我們就把另一半的錢退給您'],
  ['block', 'A-r', '您好，能否麻煩您把評論刪除？我們已經補寄了新品'],
  ['block', 'A-m', '您好，下次回購輸入折扣碼 LUMI15 可享85折'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '陳小姐您好，已依您留的地址台北市大安區復興南路一段100號重新寄出'],
  ['block', 'T-rp', '已致電您的手機 0912-345-678 確認，退款已處理'],
  ['block', 'E-fp', '已寄至林先生新北市板橋區文化路二段5號'],
  // warn: blame, arguing, "sorry, but", pressure, cold acknowledgements
  ['warn', 'T-m', '您當初應該先看清楚規格再下單的'],
  ['warn', 'T-m', '歹勢啦，不過這個是您自己摔到的吧'],
  ['warn', 'T-m', '拍謝喔，但是這款本來就不保固'],
  ['warn', 'T-m', '不好意思，話說回來，商品頁也寫得很清楚了'],
  ['warn', 'T-m', '這台出廠前每一台都有檢查，不可能是壞的'],
  ['warn', 'T-m', '抱歉啦，畢竟是便宜貨，您也不要要求太高'],
  ['warn', 'T-m', '三天內沒回覆，就當您放棄退貨了'],
  ['warn', 'T-m', '已轉相關部門，請等候。'],
  ['warn', 'T-m', '收到。'],
  ['warn', 'T-m', '螢幕有一點漏光是正常的，每台都會這樣'],
  ['warn', 'T-m', '你係咪用錯咗充電器？我哋嘅產品唔會咁'],
  ['warn', 'T-m', '老實說，這種小刮痕根本不影響使用'],
  ['warn', 'T-m', '請您今天內務必回覆，不然我們就不處理了'],
  ['warn', 'T-rp', '這位買家，是您自己沒有按照說明書安裝，產品沒有問題'],
  ['warn', 'T-m', '說實話，這種問題也只有您遇到'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '您買的 VX-3 是第三代，充電線是 Type-C 的，我們另外寄一條給您'],
  ['clean', 'T-m', '新衣服有點味道是正常的，通風一天就會散；如果還是有味道，跟我說，直接幫您換'],
  ['clean', 'T-m', '這批紅包袋印刷偏色，我們已經重印一批寄給您，舊的不用寄回'],
  ['clean', 'A-m', '您好，包裹由新竹物流配送，可以撥打新竹物流客服 0800-088-830 預約時間'],
  [
    'clean',
    'A-m',
    '退貨方式可參考亞馬遜說明頁：https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201819090',
  ],
  ['clean', 'T-m', '退款已經退回原帳戶，跟評價一點關係都沒有，請依您的真實感受評價'],
  ['clean', 'T-m', '給您補了一張 50 元折價券，已經放到帳戶裡，不用做任何事'],
  ['clean', 'T-m', '真的很抱歉讓您久等，補寄的商品今天出貨，單號晚點傳給您'],
  ['clean', 'T-m', '了解，換作是我也會很生氣。您想要全額退款還是換一台新的？兩個都可以今天處理'],
  ['clean', 'T-rp', '謝謝您的提醒，這批杯蓋確實偏緊，我們已經換了模具，也補寄了新杯蓋給您'],
  ['clean', 'E-m', '問題解決了就好。如果您覺得合適，可以在 eBay 上修改評價，不改也完全沒關係'],
  ['clean', 'T-m', '如果處理結果您還滿意，30天內可以在「我的評價」修改一次，改不改都看您'],
  ['clean', 'T-m', '唔好意思要你等咁耐，新機今日寄出，聽日應該收到'],
  ['clean', 'T-m', '您說的 QQ星 奶粉是舊包裝，新包裝的已經補寄給您'],
  ['clean', 'T-m', '型號 LM-220 和 LM-220S 只差在電池容量，您買的是大電池版本'],
  ['clean', 'E-fp', '抱歉延誤，已全額退款，並更換物流。'],
  ['clean', 'T-m', '我們淘寶店鋪首頁有安裝影片，點「店鋪-影片」就能看到'],
  ['clean', 'T-m', '已經幫您申請延長保固一年，這跟評價沒有關係，純粹是我們的補償'],
];

const EN: Row[] = [
  // block: off-platform contact in new disguises
  ['block', 'A-m', 'Call us toll-free at 1-800-LUMIHOME and we will sort it out today.'],
  [
    'block',
    'A-m',
    'Easiest is to text me on WA: plus four four, seven seven zero zero, nine zero zero one two three.',
  ],
  ['block', 'A-m', 'Drop us a line at help [at] lumihome [dot] co [dot] uk with the photos.'],
  ['block', 'E-m', 'Ping me on the gram, @lumi.home.uk, and I will send a video guide.'],
  ['block', 'A-m', 'Send the pictures to lumi dot care at gmail and I will look right away.'],
  ['block', 'E-m', 'You can reach me directly on tele gram: lumi_support_uk.'],
  [
    'block',
    'A-m',
    'Find us on FB, page "Lumi Home Official", and message us there for faster help.',
  ],
  ['block', 'E-m', 'My mobile is O77OO 9OO123, text me any time.'],
  ['block', 'A-m', 'Slide into our DMs on X, handle @LumiHomeHelp, and we will fix this.'],
  [
    'block',
    'A-m',
    'Our site lumihome.shop has a live chat, which is quicker than Amazon messages.',
  ],
  ['block', 'A-m', 'Text LUMI to 55123 and our team will call you back within the hour.'],
  ['block', 'E-m', 'Reach us on our own site, lumihome co uk, and we can skip the eBay fees.'],
  // block: incentives and remedies tied to the review
  [
    'block',
    'A-m',
    'Once you have updated your review, we will add a $15 store credit to your account.',
  ],
  [
    'block',
    'E-m',
    'If you change the feedback to positive, I will refund the remaining half of the price.',
  ],
  ['block', 'E-m', 'We can offer a partial refund of $20 once the negative feedback is removed.'],
  ['block', 'A-m', 'Delete the one-star review and we will send you the upgraded model for free.'],
  [
    'block',
    'E-m',
    'As a thank-you for revising your feedback, a little gift will be in your next parcel.',
  ],
  [
    'block',
    'A-r',
    'Now that your replacement has arrived, would you mind updating your review to reflect that?',
  ],
  [
    'block',
    'A-r',
    'We have refunded you. If you could take down the review, we would really appreciate it.',
  ],
  ['block', 'A-m', 'Use code THANKS10 for 10% off your next order with us.'],
  [
    'block',
    'E-m',
    'Happy to refund the shipping, we just ask that you leave positive feedback first.',
  ],
  ['block', 'E-m', 'Refunds on our side are processed once the feedback has been withdrawn.'],
  [
    'block',
    'A-m',
    'Post a five-star review and send us a screenshot here for a $10 Amazon gift card.',
  ],
  // block: the buyer's personal data in public, eBay's 80-character public reply
  ['block', 'E-fp', 'Resent to 14 Elm Road, Leeds LS6 2AB. Sorry!'],
  ['block', 'A-fp', 'We called you on 07700 900123 twice; the refund is done.'],
  [
    'block',
    'E-fp',
    'So sorry about the cracked lid. We refunded you in full and have now switched to much stronger boxes.',
  ],
  [
    'block',
    'E-fp',
    'Apologies for the delay: the courier lost the first parcel, so we resent it tracked the same afternoon.',
  ],
  // warn: blame, arguing, "sorry, but", pressure, cold acknowledgements
  [
    'warn',
    'A-m',
    'You should have read the description, it clearly says the charger is sold separately.',
  ],
  ['warn', 'A-m', 'Every unit is checked before shipping, so it cannot have left us faulty.'],
  ['warn', 'E-m', 'Sorry, but that is how these are made; a slight wobble is normal.'],
  [
    'warn',
    'A-m',
    'Sorry for the hassle. Then again, the size chart was right there on the listing.',
  ],
  ['warn', 'E-m', 'If we do not hear back within 48 hours, we will close the return.'],
  ['warn', 'A-m', 'Noted. Forwarded to the relevant team.'],
  ['warn', 'E-m', 'Your request has been logged. Please wait for further notice.'],
  ['warn', 'A-m', 'Scratches like these are normal and do not count as a defect.'],
  ['warn', 'E-m', 'To be honest, no one else has had this problem with this model.'],
  ['warn', 'A-m', 'Apologies, however you chose the wrong voltage at checkout.'],
  ['warn', 'E-m', 'Please respond today, otherwise we will treat this as closed.'],
  [
    'warn',
    'A-m',
    'I am sorry, although to be fair you did use it outdoors, which we advise against.',
  ],
  ['warn', 'E-m', 'Did you even try charging it overnight before complaining?'],
  ['warn', 'A-m', 'With respect, the photos clearly show it was dropped.'],
  ['warn', 'E-m', 'Your message has been received and passed on.'],
  ['warn', 'A-m', 'Our records show it was delivered, so the issue is not on our end.'],
  // clean, many of them hard negatives
  [
    'clean',
    'A-m',
    'Your VX-3 comes with the remote tucked under the foam insert. If it is not there, I will send one today.',
  ],
  [
    'clean',
    'A-m',
    'UPS can reschedule the delivery if you call 1-800-PICK-UPS with the tracking number.',
  ],
  [
    'clean',
    'A-m',
    'The parcel is with FedEx; their line 1-800-463-3339 can set a delivery window with your tracking number.',
  ],
  [
    'clean',
    'A-m',
    'How a refund reaches a gift card balance is on this Amazon page: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GNEGXP5FAU4NTDYU',
  ],
  [
    'clean',
    'E-m',
    'The full refund has gone back to your card. It does not depend on your feedback at all.',
  ],
  [
    'clean',
    'A-m',
    'I am so sorry the handle snapped. A replacement ships today and you do not need to return the broken one.',
  ],
  [
    'clean',
    'E-m',
    'That sounds maddening, and I am sorry. Would a refund, a replacement or a spare part suit you best?',
  ],
  [
    'clean',
    'A-m',
    'A slight smell from new foam is common and fades within a day in an aired room; if it does not, I will replace it.',
  ],
  [
    'clean',
    'E-f',
    'Glad the new part fixed it. If you wish, eBay has a feedback revision option; it is entirely your call.',
  ],
  [
    'clean',
    'A-f',
    'The refund is complete. Should you want to, seller feedback can be updated from Your Orders; either way, thank you for telling us.',
  ],
  ['clean', 'E-fp', 'Sorry! Refunded in full, and we now pack these in double boxes.'],
  ['clean', 'E-fp', 'We are sorry the mug chipped. A full refund is sent, and we now add padding.'],
  [
    'clean',
    'A-fp',
    'Thank you for the honest feedback. We have fixed the size chart on the listing.',
  ],
  ['clean', 'A-m', 'We have refunded $10 as an apology; it is yours regardless of any review.'],
  [
    'clean',
    'A-m',
    'The warranty is with the manufacturer, Breville, on 1-866-273-8455; I can also start the claim for you.',
  ],
  ['clean', 'E-m', 'Happy to help. Our eBay listing has a setup video just under the photos.'],
  [
    'clean',
    'A-m',
    'I completely understand. The refund went through this morning, and please keep the item.',
  ],
  [
    'clean',
    'E-m',
    'The red envelope set you ordered ships Monday; I added ten spare envelopes at no charge.',
  ],
  [
    'clean',
    'A-m',
    'I apologise for the delay. The good news is the courier has found it, and it is out for delivery today.',
  ],
  [
    'clean',
    'A-m',
    'Your order number is 204-7781934-5521876; the replacement ships under the same order.',
  ],
  [
    'clean',
    'A-m',
    'I am sorry for the trouble. Does the light blink red or green? Then I can send the right part.',
  ],
  [
    'clean',
    'E-m',
    'You are right, the listing photo was misleading. I have corrected it and refunded the difference.',
  ],
  [
    'clean',
    'A-m',
    'New leather shoes can feel tight for a few days; if they still pinch after a week, I will exchange them for a half size up.',
  ],
  [
    'clean',
    'A-m',
    'The WA-2 wall adapter is the right one for your lamp; I have sent it free of charge.',
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND6_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND6_SET_NAME }));

export const BLIND6_SET: readonly (Labelled & { set: typeof BLIND6_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
