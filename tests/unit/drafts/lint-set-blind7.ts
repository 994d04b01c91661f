// A seventh labelled set of reply drafts, written blind (helper session `lint7` of issue 8, 2026-12-03):
// from the issue text, the PLAYBOOK and blind6's format, before opening lib/drafts/'s rule tables. It
// leans on English (about 40%), the weakest script on held-out sets, and on kinds older sets try less.
// English off-platform contact phrased as people write it: "text me at", "drop us a line at", "reach our
// team directly", a website's live chat, "find us on socials", Insta / Signal / Discord / Facebook, a
// booking link, a ticket page, the seller's own shop outside the marketplace, settling through PayPal,
// phone numbers in US dotted, Canadian, UK, Irish, Australian, Indian, French and Japanese formats, "call or
// WhatsApp", an emoji in an Amazon message. English incentives said softly: "make it up to you once the
// feedback is revised", "a little thank-you for updating", a partial refund for taking feedback down,
// store credit after an amendment, a request and its reward in two sentences, a revision asked for before
// the fault is looked at, a product-review nudge on Amazon. Buyer data in public replies: a full name
// without a greeting (English and both Chinese scripts), a street address, an e-mail, a phone. eBay
// feedback replies over 80 characters. Tone: blame ("had you descaled it"), arguing ("with respect",
// "hundreds of buyers"), "sorry, but" / "apologies, but" / "that said", pressure (offer lapses, accept
// today), cold acknowledgements (forwarded to the relevant department, ticket created, mailbox monitored),
// sarcasm, passive aggression ("as was made clear", "as we have already explained twice"). Chinese: 卫星,
// 钉钉, 飞书, 微博, 快手, 闲鱼, 拼多多, 蝦皮, Dcard, Kakao, a QQ group number, a 400 hotline, an own app, a WeChat
// "same number" note, bank and Alipay transfers; incentives as 免单, 小惊喜, 运费报销, 积分, 抽獎, 回饋金;
// tone as 呵呵, 如上所述, 好啦好啦, 依序处理. Hard negatives: carriers' and a warranty provider's numbers on
// Amazon (a 400 carrier line beside a seller's 400 hotline), marketplace help and return pages, remedies
// independent of the review, polite apologies with "should have" / "you must be" / "clearly" / "however"
// in their kind senses, order numbers (Amazon, eBay, 16-19 digit Taobao), a tax id, a 統一編號, batch and
// serial codes, model codes (WX-18, WX-6, HK-2200), a LINE IN socket, LINE Pay as the payment method, a
// tracking number before the carrier's name on Taobao, 好评 as praise of a product, a 红包-pattern cushion,
// a seller-feedback and an eBay revision notice after resolution that respects a no, safety replies.
// Labels as in lint-set.ts: block / warn / clean, decided by what the PLAYBOOK says, not by the linter.
// Only its tuning half (splitOf) may guide rule changes; its checking half is reported apart.
//
// First run (2026-12-03 08:47 UTC, before any rule changed for it; n = block/warn/clean):
//            n           block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  31/16/22    83.9%         68.8%        2.6%               4.5%
//   zh-Hant  26/16/20    73.1%         50.0%        5.6%              10.0%
//   en       41/21/31    80.5%         33.3%        3.8%               9.7%
//   all      98/53/73    79.6%         49.1%        4.0%               8.2%
//   tuning half   44/20/30   77.3%   60.0%   8.0%   13.3%
//     (zh-Hans 9/7/14 88.9 / 85.7 / 4.8 / 7.1; zh-Hant 11/3/5 63.6 / 66.7 / 12.5 / 20.0;
//      en 24/10/11 79.2 / 40.0 / 9.5 / 18.2)
//   checking half 54/33/43   81.5%   42.4%   1.3%    4.7%
//     (zh-Hans 22/9/8 81.8 / 55.6 / 0.0 / 0.0; zh-Hant 15/13/15 80.0 / 46.2 / 3.6 / 6.7;
//      en 17/11/20 82.4 / 27.3 / 0.0 / 5.0)
// Its checking half, first run -> after the rules were generalised on its tuning half and on about 450
// fresh probes of its kinds (2026-12-03 09:35 UTC; the checking rows were never printed, but the same
// hand wrote them and the probes an hour apart, so the rise is not fully independent):
//   zh-Hans  22/9/8      81.8 ->  95.5%   55.6 -> 77.8%   0.0 -> 0.0%   0.0 -> 0.0%
//   zh-Hant  15/13/15    80.0 ->  86.7%   46.2 -> 61.5%   3.6 -> 0.0%   6.7 -> 0.0%
//   en       17/11/20    82.4 ->  94.1%   27.3 -> 54.5%   0.0 -> 0.0%   5.0 -> 5.0%
//   all      54/33/43    81.5 ->  92.6%   42.4 -> 63.6%   1.3 -> 0.0%   4.7 -> 2.3%
// Older checking halves before -> after: blind 91.7/94.4/2.0/3.1 -> 91.7/94.4/0.0/0.0, blind3
// 94.3/100/0/0 (unchanged), blind4 93.2/83.3 -> 87.5/0/0, blind5 76.5/88.0/1.7/5.9 (unchanged), blind6
// 79.4/84.2/0.0/3.6 (unchanged); lint-set.ts's checking half and fresh drafts 100/100/0/0 (unchanged).
// Then the checking half was OPENED (09:40 UTC) and its 17 misses fixed by kind (a review act with its
// verb after it, 回馈金, the revision asked for "before we check", a full name opening a reply, 后果自行
// 承担, 非商品瑕疵, 我们一直很有耐心, 视同放弃, 案件已建立/静候/依序处理, the damage "clearly" done in the
// passive, "hundreds of buyers are happy", "ticket created, expect a response in", "otherwise the offer
// lapses", and "closed / put things right" as a resolved case for eBay's revision notice), checked on 24
// fresh probes: 100/100/0/0 since, no longer a held-out figure. The same change lifted blind5's unseen
// checking half in English from 62.5/66.7 to 75.0/83.3 (block/warn recall); other halves unchanged.
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND7_SET_NAME = 'blind7';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '加个卫星吧：lm2266，我发视频教您怎么装'],
  ['block', 'T-m', '钉钉搜一下 13766669999，备注淘宝订单号'],
  ['block', 'T-m', '拼多多上我们也开了店，搜同名就行，那边价格更低'],
  ['block', 'T-m', '飞书号 lumi_cs，拍好视频发过来就行'],
  ['block', 'T-m', '微博私信我们 @璐米家居，有专门的售后专员'],
  ['block', 'T-m', '闲鱼上拍我发您的链接，给您算便宜点'],
  ['block', 'T-m', '完整教程在我们官网 lumi-home.cn 上，去那边看更清楚'],
  ['block', 'T-m', '手机号 186-2345-0099（微同号），有事随时找'],
  ['block', 'T-m', '打我们的400热线：400-820-1234，转2号键就是售后'],
  ['block', 'T-m', '照片直接发到 kf@lumi-home.cn 就行'],
  ['block', 'T-m', '下载我们自己的App，在App里找客服处理更快'],
  ['block', 'T-m', '快手搜“璐米家居”，直播间里也能办售后'],
  ['block', 'T-m', '进我们的售后群吧，群号 556677889，群里有专人答疑'],
  ['block', 'T-m', '我支付宝直接转您20，您把退款申请撤了吧'],
  ['block', 'A-m', '您好，麻烦扫一下包装盒上的二维码关注我们的公众号，售后在那边办理'],
  ['block', 'A-m', '您好，方便的话电话联系：+86 21 6234 5678，我们用中文沟通'],
  // block: incentives tied to the review
  ['block', 'T-m', '您把追评删掉，这一单我们给您免单'],
  ['block', 'T-m', '麻烦把一星改一下，我们给您补个小惊喜'],
  ['block', 'T-m', '评价那里帮忙改一改哈，改好了运费我们报销'],
  ['block', 'T-m', '给个好评呗，之后联系客服有小福利'],
  ['block', 'T-m', '晒单好评的话，下次下单立减10元'],
  ['block', 'T-m', '差评能撤回的话，我们这边多补偿您30元'],
  ['block', 'T-m', '好评截图发给客服，送500积分'],
  ['block', 'T-m', '给您发个拼手气红包，好评之后记得领'],
  ['block', 'E-m', '如果您愿意把差评改掉，运费我们就不收了'],
  ['block', 'A-r', '麻烦您抽空把商品评论更新一下，谢谢支持'],
  ['block', 'A-m', '您好，补发的电水壶已经到了吧？用得满意的话，麻烦回头改一下评论'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '买家周丽（收货地址：成都市武侯区天府大道北段966号）的补发已寄出'],
  ['block', 'T-rp', '已按您留的邮箱 zhouli88@qq.com 发了电子发票，请查收'],
  ['block', 'T-rp', '刘建国，您的退款已经处理好了，有问题再联系'],
  // block: an eBay public reply over 80 characters
  [
    'block',
    'E-fp',
    '非常抱歉电水壶收到时壶嘴有凹痕，让您失望了。我们已经给您全额退款，新的包装改用了双层纸箱加气泡柱，仓库同事也重新培训了易碎品的打包方法，希望以后能给您更好的购物体验，再次向您致歉。',
  ],
  // warn: blame, arguing, "sorry, but", pressure, cold acknowledgements, sarcasm
  ['warn', 'T-m', '您这个情况，一般都是没按说明书操作导致的'],
  ['warn', 'T-m', '别人用都好好的，怎么就您的坏了呢？'],
  ['warn', 'T-m', '抱歉哈，不过七天无理由也是有条件的'],
  ['warn', 'T-m', '请在今晚12点前确认，过时不候'],
  ['warn', 'T-m', '收到，已记录。'],
  ['warn', 'T-m', '您的反馈我们已收悉，会按流程处理。'],
  ['warn', 'T-m', '呵呵，您高兴就好'],
  ['warn', 'T-m', '如上所述，我们已经解释得很清楚了'],
  ['warn', 'T-m', '这点小问题也值得给差评吗？'],
  ['warn', 'T-m', '图片仅供参考，这个在页面上是写明了的'],
  ['warn', 'T-m', '不是我们不帮您，是您自己超过售后期了'],
  ['warn', 'T-m', '再给恶意差评的话，我们就去平台投诉您'],
  ['warn', 'T-m', '我们的质量是有保证的，您可以去看看其他人的评价'],
  ['warn', 'T-rp', '这位顾客收到货不检查就签收，后果只能自己承担'],
  ['warn', 'T-m', '亲，您都问了五遍了，我们真的回答过了'],
  ['warn', 'T-m', '非常抱歉！但是退货运费需要您自己出哦'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '单号 773245618902341 已经更新，中通快递今天会派送'],
  ['clean', 'T-m', 'YT7412589630147 是圆通的单号，明天上午能到'],
  ['clean', 'T-m', '您的电饭煲型号是 WX-6，内胆我们单独给您补寄一个'],
  ['clean', 'T-m', '您在淘宝App“我的订单-退款/售后”里申请就行，我们马上同意'],
  ['clean', 'T-m', '抱歉抱歉，是我们打包时漏放了螺丝，今天就给您补寄'],
  ['clean', 'T-m', '您用花呗付的款，退款会原路退回花呗额度'],
  ['clean', 'T-m', '这款“红包”图案的抱枕是新年限定款，补发的也是同款'],
  ['clean', 'T-m', '这款是店里好评最多的型号，补发的也是同一批新货'],
  ['clean', 'T-m', '不管评价怎么写，补偿的20元都已经到账了'],
  [
    'clean',
    'T-m',
    '您说孩子用的时候被烫到了，真的非常抱歉，请问孩子现在还好吗？我们已经上报店长，马上给您全额退款，商品不用寄回',
  ],
  ['clean', 'T-m', '谢谢您的耐心，新的滤芯已经寄出，预计周四到'],
  ['clean', 'T-rp', '感谢您的反馈，包装破损的问题我们已经换了加厚纸箱，也给您补寄了新品'],
  ['clean', 'T-m', '谢谢亲的耐心🌹新的已经在路上了'],
  ['clean', 'T-m', '订单号 3389201774653321998 的退款已经完成'],
  ['clean', 'A-m', '您好，包裹由 DHL 承运，您可以拨打 DHL 客服 400-810-8000 预约派送'],
  ['clean', 'T-m', '您说得对，是我们的问题，我们应该在发货前检查清楚的'],
  ['clean', 'T-m', '请问您更希望退款还是换货？两种我们都可以今天安排'],
  ['clean', 'T-m', '对不起，让您失望了。我们马上给您换一个新的，来回运费都由我们承担'],
  ['clean', 'T-m', '但凡有任何问题，直接在旺旺上找我就行'],
  ['clean', 'T-m', '发票抬头和税号 91330106MA2B3C4D5E 已经核对无误，电子发票今天开出'],
  ['clean', 'A-m', '您好，亚马逊的退货中心可以直接打印退货标签：https://www.amazon.com/returns'],
  ['clean', 'T-m', '已经给您退了差价15元，您不需要做任何操作'],
];

const HANT: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '搜尋 LINE 官方帳號「璐米生活」，加入後傳照片給我們'],
  ['block', 'T-m', '歡迎來我們的蝦皮賣場，同款比較便宜喔'],
  ['block', 'A-m', 'WhatsApp／微信同號：6123 4567，有問題直接找我'],
  ['block', 'A-m', '可以打去我們台中門市 (04) 2236-5588 找店長'],
  ['block', 'E-m', '香港熱線 2345 6789，星期一至六都有人接聽'],
  ['block', 'A-m', '照片請寄到 lumi.tw@gmail.com，我們會盡快回覆'],
  ['block', 'T-m', '臉書社團搜尋「璐米生活交流」，裡面有安裝教學'],
  ['block', 'A-m', '加 WeChat 或 Telegram 都可以，ID 都是 lumitw'],
  ['block', 'T-m', 'Dcard 上私訊我們的官方帳號也可以'],
  ['block', 'T-m', '直接轉帳到我們的中信帳戶，差價就退給您，不用透過平台'],
  ['block', 'E-m', '我們的官方網站 lumi.com.tw 可以直接下單，比較划算'],
  ['block', 'A-m', '店裡的免付費電話 0800-012-345，週末也有人接'],
  ['block', 'A-m', '手機 0933 456 789 打給我，我用中文跟您說明'],
  ['block', 'T-m', 'Kakao 搜 lumitw 也找得到我'],
  // block: incentives tied to the review
  ['block', 'T-m', '評價改成五顆星，下次訂單打八折'],
  ['block', 'T-m', '刪掉負評的話，運費我們全部吸收'],
  ['block', 'T-m', '幫忙補個好評，送您購物金100元'],
  ['block', 'T-m', '留五星評論就送保溫杯一個'],
  ['block', 'T-m', '評價修改完成後，私訊我們領取回饋金'],
  ['block', 'T-m', '給好評的顧客都可以參加抽獎'],
  ['block', 'T-m', '一星拿掉後，差額馬上匯給您'],
  ['block', 'A-r', '可以麻煩您重新評分嗎？新的已經寄到了'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '林志明先生的貨已改寄到台中市西屯區台灣大道三段99號'],
  ['block', 'T-rp', '已致電您留的 0955-321-654，目前無人接聽'],
  ['block', 'T-rp', '陳美玲，退款已處理完畢，造成不便很抱歉'],
  // block: an eBay public reply over 80 characters
  [
    'block',
    'E-fp',
    '真的很抱歉檯燈寄到時燈罩已經破裂，讓您白白等了一個星期。我們已經全額退款，也把包裝換成雙層紙箱加氣泡袋，並請倉庫同事重新檢查每一件易碎商品的包裝，希望下次能讓您安心收到商品。',
  ],
  // warn
  ['warn', 'T-m', '不好意思喔，可是這是您自己選的顏色'],
  ['warn', 'T-m', '您應該收到貨就先檢查的'],
  ['warn', 'T-m', '這不可能是我們的問題，出貨前都有檢查'],
  ['warn', 'T-m', '請於今日內回覆，逾期恕不處理'],
  ['warn', 'T-m', '已收到，處理中。'],
  ['warn', 'T-m', '您的案件已建立，請靜候通知。'],
  ['warn', 'T-m', '說明書第一頁就寫了，您有看嗎？'],
  ['warn', 'T-m', '好啦好啦，退給您就是了'],
  ['warn', 'T-m', '如前所述，本店不接受退換'],
  ['warn', 'T-m', '這種價錢，您還期待什麼呢'],
  ['warn', 'T-m', '我們一直很有耐心在回覆您了'],
  ['warn', 'T-m', '抱歉造成困擾，只是這顏色本來就會因螢幕而異'],
  ['warn', 'T-rp', '此買家未依說明使用，非商品瑕疵'],
  ['warn', 'E-m', '我們已經講過很多次了，這是正常現象'],
  ['warn', 'T-m', '最晚明天要寄回，不然就視同放棄'],
  ['warn', 'A-m', '感謝來信，我們將依序處理您的問題。'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '這筆款項會退到您付款時用的 LINE Pay 錢包，通常一週內會看到'],
  ['clean', 'T-m', '您是用 LINE Pay 付款的，所以退款也會回到 LINE Pay 帳戶'],
  ['clean', 'T-m', '單號 6401234567 新竹物流，明天下午會送到'],
  ['clean', 'T-m', '到 7-ELEVEN 門市取件時，取貨編號是 F12345678'],
  ['clean', 'T-m', '音箱背面的 LINE IN 孔接電視就可以了'],
  ['clean', 'T-m', '不論您評價如何，補寄的零件都已經出貨了'],
  ['clean', 'T-m', '真的非常抱歉，這是我們的疏失，已經幫您全額退款'],
  ['clean', 'T-m', '問題處理好了，如果您覺得合適，30天內可以修改一次評價，改不改我們都尊重'],
  ['clean', 'T-m', '這款是店裡評價最好的款式，補寄的也是同一批新品'],
  ['clean', 'T-m', '訂單編號 2917730045518823 的退款已完成'],
  ['clean', 'T-m', '統一編號 24536806 的電子發票已開立，您可以在訂單頁下載'],
  ['clean', 'A-m', '包裹由嘉里大榮物流配送，客服電話 0800-088-168 可以查詢'],
  ['clean', 'T-m', '您說的異音，我們建議先把底座轉緊；如果還是有聲音，直接幫您換新'],
  ['clean', 'T-m', '讓您等這麼久真的很抱歉，補寄的包裹今天已經交給郵局'],
  ['clean', 'T-m', '您希望退款還是換貨呢？兩個我們都能今天處理'],
  ['clean', 'T-rp', '感謝您的回饋，燈罩易碎的問題我們已改用氣泡袋加紙箱雙層包裝'],
  ['clean', 'E-fp', '讓您久等了，運費已經退給您，抱歉'],
  ['clean', 'T-m', '這款紅包袋的金色比照片深一些，不好意思，我們幫您換成淺金色'],
  ['clean', 'T-m', '謝謝您提醒，商品頁的尺寸我們已經更正了'],
  [
    'clean',
    'T-m',
    '您說小朋友被邊角劃傷了，真的很抱歉，請問現在還好嗎？我們已經通報店長，全額退款也已送出',
  ],
];

const EN: Row[] = [
  // block: off-platform contact, phrased as people write it
  ['block', 'A-m', 'Text me at 415.555.0187 and I will walk you through the reset.'],
  ['block', 'A-m', 'Drop us a line at hello@hearthly.co and we will get it sorted.'],
  [
    'block',
    'A-m',
    'Best to reach our team directly on 0161 496 0723; they answer faster than this inbox.',
  ],
  [
    'block',
    'A-m',
    "Our website's live chat is staffed until 6 pm if you'd rather talk it through.",
  ],
  ['block', 'A-m', 'Find us on socials (we are Hearthly Candles everywhere) for burn-care tips.'],
  [
    'block',
    'E-m',
    'You can reorder the wick kit straight from our own shop at hearthly-candles.shop, it is cheaper there.',
  ],
  ['block', 'A-m', 'Call or WhatsApp us on +61 412 345 678 and quote your order.'],
  ['block', 'E-m', 'Give us a ring on +353 87 123 4567 whenever suits you.'],
  ['block', 'A-m', 'Our Toronto line is 416-555-0142 if that is easier for you.'],
  ['block', 'E-m', 'Phone the workshop on 020 7946 0958 and ask for Dev.'],
  ['block', 'A-m', 'Reach me on +91 98765 43210, I handle all the returns myself.'],
  ['block', 'A-m', 'Ring +33 1 42 68 53 00 and ask for Claire in after-sales.'],
  ['block', 'A-m', 'Message me on Signal at +1 302 555 0118 with the photos.'],
  ['block', 'A-m', 'Shoot us a DM on Insta, @hearthlycandles, and we will send a fresh jar.'],
  ['block', 'A-m', 'Book a quick video call with our technician: calendly.com/hearthly-support'],
  ['block', 'E-m', 'Hop onto our Discord (the invite is on our homepage) and the team will help.'],
  ['block', 'E-m', 'Send the pictures to orders at hearthly dot co dot uk please.'],
  ['block', 'A-m', 'We are on Facebook as Hearthly Home; message us there for faster replies.'],
  ['block', 'E-m', 'We can settle this through PayPal directly and skip the eBay return.'],
  ['block', 'A-m', 'For quicker support, open a ticket at support.hearthly.com/new'],
  ['block', 'A-m', 'Thanks for bearing with us 🙏 the new kettle ships today.'],
  ['block', 'A-m', 'Our Tokyo office is on 090-1234-5678 if you prefer to speak in Japanese.'],
  // block: incentives and conditions, said softly
  ['block', 'E-m', "We'd love to make it up to you once the feedback is revised."],
  [
    'block',
    'E-m',
    'As a little thank-you for updating your rating, a voucher will be waiting in your inbox.',
  ],
  [
    'block',
    'E-m',
    'If you are willing to take the negative feedback down, 30% of the price can come back to you.',
  ],
  [
    'block',
    'E-m',
    'Would you mind changing the feedback to positive? After that, the replacement goes out free of charge.',
  ],
  ['block', 'E-m', 'Happy to knock 15% off your next order when the rating is edited.'],
  [
    'block',
    'A-m',
    'If the new kettle works out, we would be grateful if you could take another look at your review.',
  ],
  [
    'block',
    'A-r',
    'Kindly consider editing your product review to reflect the replacement we sent.',
  ],
  [
    'block',
    'E-m',
    'Store credit of $20 will be added to your account after you amend your feedback.',
  ],
  ['block', 'A-m', 'Use code HEARTH10 at checkout for 10% off your next candle.'],
  ['block', 'E-m', 'Before we check the motor, please update the feedback to positive.'],
  ['block', 'E-m', 'Take the neutral off and the return postage is on us.'],
  [
    'block',
    'E-m',
    'Just a thought: if the feedback were updated, a little bonus could find its way into your next parcel.',
  ],
  // block: the buyer's personal data in a public reply
  ['block', 'E-fp', 'Margaret Ellison - apologies, a new mug is in the post.'],
  ['block', 'E-fp', 'Refund issued to Priya Raman today. Sorry again.'],
  [
    'block',
    'A-fp',
    'Replacement sent to 42 Willow Crescent, Leeds LS6 2AB. Thank you for your patience.',
  ],
  ['block', 'A-fp', 'We have emailed you at t.okafor@outlook.com with the return label.'],
  [
    'block',
    'A-fp',
    'We called you on 07911 123456 yesterday but could not get through; please check your messages.',
  ],
  // block: eBay public replies over 80 characters
  [
    'block',
    'E-fp',
    'So sorry the dent spoiled your gift. Every penny is back with you, and our packers now double-box every kettle.',
  ],
  [
    'block',
    'E-fp',
    'Thank you for the honest feedback. We refunded the postage, and every candle now ships in a double-walled box.',
  ],
  // warn: blame, arguing, "sorry, but", pressure, cold acknowledgements, sarcasm, passive aggression
  ['warn', 'A-m', 'The kettle was clearly dropped after it reached you, and that is not covered.'],
  ['warn', 'A-m', 'Had you descaled it as the manual says, the light would not flicker.'],
  ['warn', 'E-m', 'With respect, our candles burn evenly; tunnelling comes from short burns.'],
  ['warn', 'A-m', 'Sorry, but we only ship on weekdays.'],
  ['warn', 'A-m', 'Apologies for any confusion, but the size guide is right there on the page.'],
  ['warn', 'E-m', 'We need your answer by tonight, otherwise the offer lapses.'],
  ['warn', 'A-m', 'Please accept the refund today, we cannot keep this case open any longer.'],
  ['warn', 'A-m', 'Received. Your query has been passed on to the team concerned.'],
  ['warn', 'E-m', 'Ticket #55102 created. Expect a response in 3-5 business days.'],
  [
    'warn',
    'A-m',
    'This mailbox is monitored during office hours. Messages are answered in the order received.',
  ],
  ['warn', 'E-m', 'Well, congratulations on being the first customer ever to have this problem.'],
  ['warn', 'A-m', 'As was made clear in the product description, soy wax is soft.'],
  ['warn', 'E-m', 'As we have already explained twice, the fan noise is normal.'],
  ['warn', 'A-m', 'Just to repeat what is written in bold on the listing: not dishwasher safe.'],
  ['warn', 'E-m', 'Not sure what you expected at this price.'],
  ['warn', 'A-m', 'Hundreds of buyers are happy with this exact model.'],
  [
    'warn',
    'E-m',
    'I am sorry you feel that way. That said, the photos show the mug was fine when it left us.',
  ],
  ['warn', 'A-m', 'Kindly refer to my previous message, which answers this.'],
  ['warn', 'E-fp', 'Item matched the photos. Buyer ordered the wrong size.'],
  ['warn', 'A-fp', 'We dispute this feedback; the parcel was delivered on time.'],
  ['warn', 'E-m', 'Oh great, so now it is our fault the postman left it in the rain?'],
  // clean, many of them hard negatives
  [
    'clean',
    'A-m',
    "Royal Mail's enquiries line is 03457 740 740 if you would like to check the parcel's progress.",
  ],
  [
    'clean',
    'A-m',
    'Warranty repairs go through Allstate Protection Plans, reachable on 1-877-927-7268 weekdays.',
  ],
  [
    'clean',
    'A-m',
    'If the slot does not suit, FedEx customer service on 1-800-463-3339 can move it.',
  ],
  [
    'clean',
    'A-m',
    'Printing a return label is covered on https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201149010 step by step.',
  ],
  [
    'clean',
    'E-m',
    'The eBay page on contacting a seller explains this: https://www.ebay.com/help/buying/resolving-issues-sellers/contact-seller?id=4010',
  ],
  [
    'clean',
    'E-m',
    'The replacement ships today, regardless of anything you decide to write in your feedback.',
  ],
  [
    'clean',
    'A-m',
    'Whatever you write in your review, the £20 is yours; it went back to your card this morning.',
  ],
  [
    'clean',
    'A-m',
    'I am so sorry; that is not the experience we want anyone to have. A new kettle is on its way.',
  ],
  [
    'clean',
    'A-m',
    'Sorry for the mix-up. I have sent the correct size and you can keep the other pair.',
  ],
  ['clean', 'A-m', 'Order 113-5529014-7730215 has been refunded in full.'],
  ['clean', 'E-m', 'Order 12-10458-33927 has been refunded, including postage.'],
  ['clean', 'A-m', 'The HK-2200 base fits your kettle, so I have posted one free of charge.'],
  [
    'clean',
    'A-m',
    'The WX-18 filter is the right one for your jug; a pack of three is on its way.',
  ],
  [
    'clean',
    'A-m',
    'Plug the speaker into the LINE IN socket on the back and it will pick up the TV.',
  ],
  ['clean', 'E-m', 'If anything else comes up, just reply to this message here on eBay.'],
  [
    'clean',
    'A-m',
    'You can follow the parcel with the tracking link in your Amazon order details.',
  ],
  [
    'clean',
    'A-m',
    'The serial 4471 0923 5510 on your receipt is from the recalled batch, so a new unit is on its way.',
  ],
  ['clean', 'A-m', 'It will arrive between 10:30 and 14:00 on 12/03/2026.'],
  ['clean', 'A-m', 'We have refunded £12.99 of the £45.00 you paid, for the missing lid.'],
  ['clean', 'E-fp', 'Apologies for the slow post. Money back in full, thank you.'],
  [
    'clean',
    'A-f',
    'All settled now. If it feels fair to you, the seller rating you left can be edited; we will understand if not.',
  ],
  [
    'clean',
    'E-m',
    'The return is closed on our side. If you feel we put things right, eBay lets you revise feedback; entirely your call.',
  ],
  ['clean', 'E-fp', 'What a lovely note, thank you! Happy burning.'],
  [
    'clean',
    'A-m',
    'I am sorry. You are absolutely right, and we should have checked it before dispatch.',
  ],
  [
    'clean',
    'A-m',
    'You must be so frustrated, and I would be too. I have sent a new one by express.',
  ],
  [
    'clean',
    'A-m',
    'Clearly this was not good enough, and I apologise. A full refund is on its way.',
  ],
  [
    'clean',
    'A-m',
    'However you would like to proceed, a refund or a new unit, we will make it work.',
  ],
  [
    'clean',
    'A-m',
    'I read that the handle got hot enough to burn your hand. I am so sorry; are you all right? I have told our manager and refunded you in full, no need to return anything.',
  ],
  [
    'clean',
    'E-m',
    'Sorry to hear the mug chipped. Would a replacement or a partial refund of £5 suit you better?',
  ],
  [
    'clean',
    'A-fp',
    'We are sorry the delivery was late. We refunded the shipping and have moved to a faster carrier.',
  ],
  [
    'clean',
    'A-m',
    'The text on the box is in German because this unit came from our EU stock; the English manual starts on page 12.',
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND7_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND7_SET_NAME }));

export const BLIND7_SET: readonly (Labelled & { set: typeof BLIND7_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
