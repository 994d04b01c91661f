// A fifth labelled set of reply drafts, written blind (helper session of issue 8, 2026-12-02): from the
// issue text and the PLAYBOOK's rules only, before reading lib/drafts/'s rule tables or the other sets'
// rows. It tries the wordings the older sets do not: nicknames of contact apps (绿泡泡, 企鹅 🐧, 赖, 卫星,
// 小红书, 钉钉, 蝦皮, Insta, Signal), numbers written in Chinese numerals (幺三八…), phone formats of
// mainland, Taiwan, Hong Kong, UK, US (dotted) and EU, e-mail as 艾特/点, # for @, full-width ＠．,
// letter-spaced, Cyrillic look-alikes in WeChat/Telegram, zero-width characters; rewards as Alipay,
// PayPal or Venmo transfers, lotteries, discount codes, a free order, 🧧; "change the review first, then
// the refund" bargains; the tone problems in all three scripts (blame, arguing, "sorry, but" as 只是 /
// 然而 / 可是 / however / though / that said, pressure, cold acknowledgements). Hard negatives: correct
// apologies, remedies stated apart from the review, a carrier's or warranty provider's number on Amazon,
// the marketplace's own help pages, 旺旺 as the platform's own chat, 红包 and QQ糖 as products, app
// names in product descriptions, order, tracking, model and part numbers, prices in Chinese numerals,
// 但/不过/but/must without an apology or pressure, and review updates where the platform allows them.
// Labels as in lint-set.ts: block / warn / clean, decided by what the PLAYBOOK says, not by the linter.
// Only its tuning half (splitOf) may guide rule changes; its checking half is reported apart.
//
// First run (2026-12-02, before any rule changed for it; n = block/warn/clean):
//            n           block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  32/18/25    68.8%         44.4%        4.7%               8.0%
//   zh-Hant  25/16/22    80.0%         68.8%        2.6%               4.5%
//   en       29/17/25    89.7%         52.9%        2.4%               12.0%
//   all      86/51/72    79.1%         54.9%        3.3%               8.3%
//   tuning half   42/27/35   81.0%   51.9%   0.0%   5.7%
//   checking half 44/24/37   77.3%   58.3%   6.6%   10.8%
// (One warn row had by chance the very words of an older set's row; it was reworded before any miss was
// read, which moved it between halves: the whole-set figures did not change.)
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND4_SET_NAME = 'blind4';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '亲，图片不清楚的话，加我绿泡泡 lumi-kf07 发原图吧'],
  ['block', 'T-m', '有啥问题可以上企鹅找我：三二七六六五四八九'],
  ['block', 'T-m', '🐧 2 7 6 4 5 5 1 0 8，备注订单号就行'],
  ['block', 'T-m', '售后这边不太方便，您直接打幺三八 零零幺三 八零零零 找我'],
  ['block', 'T-m', '亲可以加下V❤：home_zx520，发视频教您装'],
  ['block', 'T-m', '我们有售后群，扫包装盒侧面的码就能进，有专人一对一'],
  ['block', 'T-m', '您在小红书搜“璐米家居”私信我，给您发教程'],
  ['block', 'T-m', '加个钉钉吧，号码就是 152 1087 6632'],
  ['block', 'T-m', '电话沟通快一点：+86 186-2107-3345，随时打'],
  ['block', 'T-m', '亲，这单用支付宝转账的方式退您，不走淘宝退款了，您把账号发我'],
  ['block', 'T-m', '有问题加卫星：lumi_8899，秒回'],
  ['block', 'A-m', '您好，方便的话请加 We Chat：care_lumi，我们远程指导'],
  ['block', 'A-m', '照片可以发到 lumicare 艾特 163 点 com，我们当天回复'],
  ['block', 'A-m', '您好，更详细的安装视频在我们官网 www.lumi-home.cn/video 上'],
  ['block', 'A-m', '您好，我们已经补发，有任何问题欢迎随时联系🙏'],
  ['block', 'E-m', '您好，我们的 WhatsApp 是 +44 7700 900 512，拍个视频发过来就行'],
  ['block', 'E-m', 'Facebook 上搜 LumiHome 官方主页，私信我们更快'],
  ['block', 'E-m', '图片发邮箱 kefu#lumihome.cn（把#换成@），我们当天处理'],
  // block: incentives and remedies tied to the review
  ['block', 'T-m', '亲，给个五星带图的评价，我这边支付宝转您6元辛苦费'],
  ['block', 'T-m', '好评满15字+3张图，可参与店铺抽奖，抽中送蓝牙耳机'],
  ['block', 'T-m', '先把评价改了，改好我这边立马给您走退款'],
  ['block', 'T-m', '好pin有惊喜，截图找客服拿🧧'],
  ['block', 'T-m', '追评晒图的亲，下次下单直接八折，找客服备注'],
  ['block', 'T-m', '差评撤掉的话，这单我给您免单'],
  ['block', 'T-m', '评价那里改成满星，我们把这单运费补偿给您'],
  ['block', 'T-m', '评 价 改 一 下，给 您 返 十 块'],
  ['block', 'T-m', '您删掉那条评价后，我们再寄一个新的给您'],
  ['block', 'E-m', '您把差评修改成好评，我们就给您 PayPal 退 15 美元'],
  ['block', 'A-r', '麻烦您有空的时候重新评价一下，我们问题已经解决了'],
  ['block', 'A-m', '感谢购买！给您一个 8 折码 SAVE20，下次使用'],
  // block: buyer data in a public reply
  ['block', 'T-rp', '亲，已按您留的地址 广州市天河区体育西路 191 号补发，请注意查收'],
  ['block', 'T-rp', '刘先生您好，我们已致电您的手机 186 2107 3345，会尽快处理'],
  // warn: tone
  ['warn', 'T-m', '亲，尺码表在详情页第三张图，下单前要先看一下的'],
  ['warn', 'T-m', '这种情况基本都是没按说明书先充满电造成的'],
  ['warn', 'T-m', '我们每一件出库前都质检过，不可能是发出去就坏的'],
  ['warn', 'T-m', '色差这个东西是显示器的问题，跟商品本身无关'],
  ['warn', 'T-m', '不好意思哈，可是拆封了就不支持七天无理由了'],
  ['warn', 'T-m', '抱歉让您久等，只是这个要等厂家回复，我们也没办法'],
  ['warn', 'T-m', '非常抱歉，然而物流延误不在我们的责任范围内'],
  ['warn', 'T-m', '请您今天下班前务必回复，过时我们就按默认处理了'],
  ['warn', 'T-m', '已经第三次提醒您了，请尽快确认收货'],
  ['warn', 'T-m', '收到，已登记。'],
  ['warn', 'T-m', '您的问题已转交相关人员，请等待通知。'],
  ['warn', 'T-m', '您好，您的售后申请已受理，处理结果将另行通知。'],
  ['warn', 'E-m', '您好，您的消息我们已收到，工作人员将在 2 个工作日内回复。'],
  ['warn', 'A-m', '您好，我们说明页面里写得很明白，这款不支持 110V 电压'],
  ['warn', 'T-rp', '买家收货后自己摔坏了，却来给差评，大家评评理'],
  ['warn', 'T-rp', '本店所有商品均为正品，此评价与事实不符，请大家不要相信'],
  ['warn', 'T-m', '说实话这个价位您还想要什么样的质量呢'],
  ['warn', 'T-m', '亲您是不是装反了？别人用都好好的'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '亲，真的很抱歉，是我们打包时没检查仔细，新的一件今天下午就给您补发'],
  ['clean', 'T-m', '我理解您等了这么久一定很着急，我已经催了快递，明天中午前给您回复进度'],
  ['clean', 'T-m', '这边先给您退 20 元差价，已经原路退回，跟评价没有任何关系，您安心用'],
  ['clean', 'T-m', '您买的是烫金红包，少发的两包今天补寄，运单号稍后发您'],
  ['clean', 'T-m', '这款手表可以显示微信和QQ的消息提醒，在手表App里打开通知权限就行'],
  ['clean', 'T-m', '有任何问题直接在旺旺上找我就好，我每天都在线'],
  ['clean', 'T-m', '订单号 3721 4408 9912 5566 的退款已经处理，预计 1-3 个工作日到账'],
  [
    'clean',
    'T-m',
    '问题处理好了的话，您在30天内可以追加或修改一次评价，改不改都由您决定，谢谢您的耐心',
  ],
  ['clean', 'T-m', '型号是 LM-1380-0138，和您之前买的那款配件通用'],
  ['clean', 'T-m', '这个颜色暂时缺货，不过米白色有现货，您看可以吗？'],
  ['clean', 'T-m', '充电前请务必使用原装充电器，这样电池更安全'],
  ['clean', 'T-m', '您没有做错任何事，是这批灯罩的卡扣太紧了，我们已经反馈给工厂改进'],
  ['clean', 'T-m', '给您补偿一张 10 元店铺券，已经发到您账户里，不需要做任何事情'],
  ['clean', 'T-m', '加热档位有三档，长按两秒切换，V 字形的卡槽对准就能装上'],
  ['clean', 'T-m', '您收到的QQ糖口味不对，我们重新给您寄一盒草莓味的'],
  ['clean', 'T-m', '亲，一五八元的那款是加厚版，一三八元的是普通版'],
  ['clean', 'T-rp', '感谢您的反馈，破损的问题我们已经更换了快递包装，给您补发的一件已签收'],
  ['clean', 'T-rp', '非常抱歉这次的体验，我们已经和您私信沟通并安排了退款，也加强了出库检查'],
  [
    'clean',
    'A-m',
    '您好，非常抱歉耽误了您的时间，新的一台已经通过亚马逊补发，物流单号可以在订单页面查看',
  ],
  ['clean', 'A-m', '您好，UPS 的客服电话是 1-800-742-5877，报运单号就能查询派送时间'],
  [
    'clean',
    'A-m',
    '退货步骤可以参考亚马逊帮助页面 https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
  ],
  ['clean', 'A-m', '您好，这款插座支持 Alexa 和米家 App，说明书第 4 页有配网步骤'],
  ['clean', 'E-m', '您好，退货已经在 eBay 上批准，退货标签可以在订单详情里直接打印'],
  ['clean', 'E-fp', '抱歉包裹延误，已全额退款，感谢您的耐心。'],
  [
    'clean',
    'A-f',
    '您好，问题已经解决。若您愿意，可以在订单页面更新您对卖家的反馈，这完全由您决定。',
  ],
];

const HANT: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '親，加我的 ＬＩＮＥ：ｌｕｍｉ＿ｔｗ，圖片傳那邊比較快'],
  ['block', 'T-m', '有問題可以直接撥 0958-221-730 找客服小美'],
  ['block', 'T-m', '電話聯絡比較方便：(02) 2345-6789，週一到週五都有人'],
  ['block', 'T-m', '加一下賴 @lumihome，有專人一對一處理'],
  ['block', 'T-m', '您好，港澳的朋友可以 WhatsApp 我們：+852 9123 4567'],
  ['block', 'T-m', '直接加薇\u200b信 tw_shop66 就好'],
  ['block', 'T-m', '我們在蝦皮也有開店，那邊下單比較便宜，搜「璐米生活」'],
  ['block', 'T-m', '香港的客人可以直接致電 2345 6789，我們有專人跟進'],
  ['block', 'A-m', '您好，請寄照片到 service＠lumi-tw．com，我們馬上處理'],
  ['block', 'A-m', '您好，也可以用 ＩＧ 私訊我們 @lumi.tw，回覆更快'],
  ['block', 'A-m', '您好，新的已經寄出，謝謝您的耐心 ❤️'],
  ['block', 'E-m', '您好，方便的話加我們 Теlеgrаm：@lumi_tw_cs'],
  ['block', 'E-m', '手機號碼 +886 912 345 678，直接打給我們處理退貨'],
  // block: incentives and remedies tied to the review
  ['block', 'T-m', '親，五星好評加三張圖，私訊客服領 50 元購物金'],
  ['block', 'T-m', '評價改成好評的話，運費我們幫您出'],
  ['block', 'T-m', '您先把負評刪掉，我們再幫您退款'],
  ['block', 'T-m', '好評截圖回傳，就送您一組替換濾心'],
  ['block', 'T-m', '五星好評就能參加月底抽獎，有機會抽到 iPad'],
  ['block', 'T-m', '追評再多寫幾句好話，下次全店九折'],
  ['block', 'T-m', '差 評 改 掉，紅 包 馬 上 到'],
  ['block', 'E-m', '只要您把負評改成正評，我們就再寄一個給您'],
  ['block', 'A-r', '問題都處理好了，可以麻煩您把評論改成五星嗎？'],
  ['block', 'E-f', '麻煩先修改評價，之後我們再處理退貨'],
  // block: buyer data in a public reply
  ['block', 'T-rp', '已依照您的地址 台北市大安區忠孝東路四段 100 號 重新寄出，請留意'],
  ['block', 'E-fp', '陳小姐 0933-222-111，已退款，謝謝'],
  // warn: tone
  ['warn', 'T-m', '商品頁面都有寫清楚，是您下單前沒有看仔細'],
  ['warn', 'T-m', '這個是您自己清洗方式不對才會縮水的'],
  ['warn', 'T-m', '我們的東西不會有問題的，很多客人都說好用'],
  ['warn', 'T-m', '物流慢不是我們能控制的，請您去問物流公司'],
  ['warn', 'T-m', '不好意思，但是這個已經超過退貨期限了'],
  ['warn', 'T-m', '抱歉造成不便，不過說明書第一頁就寫了要先充電'],
  ['warn', 'T-m', '很遺憾，可是我們規定就是這樣，沒辦法幫您'],
  ['warn', 'T-m', '請您盡快回覆，否則我們將自動結案'],
  ['warn', 'T-m', '再不確認收貨的話，我們只能申請平台介入了'],
  ['warn', 'T-m', '已收到您的訊息，將盡快處理，請耐心等候。'],
  ['warn', 'T-m', '您的問題已記錄，後續會有專人聯絡。'],
  ['warn', 'E-m', '感謝來信，您的問題我們已收到，將依序處理，請稍候。'],
  ['warn', 'A-m', '您好，這是您使用不當造成的損壞，不在保固範圍內'],
  ['warn', 'T-rp', '這位買家根本沒有照說明安裝，還來給負評'],
  ['warn', 'E-fp', '不是我們的錯，是物流延誤。'],
  ['warn', 'T-m', '您別再一直問了，有消息會通知您'],
  // clean, many of them hard negatives
  ['clean', 'T-m', '親，真的很抱歉讓您收到有瑕疵的商品，我們今天就幫您補寄一件新的'],
  ['clean', 'T-m', '我理解您的心情，這邊已經幫您申請全額退款，大約三天內會退回'],
  ['clean', 'T-m', '您購買的是燙金紅包袋，缺少的 20 個今天會補寄給您'],
  ['clean', 'T-m', '這次的補償 30 元已經退到您的帳戶，跟評價沒有關係，請放心使用'],
  ['clean', 'T-m', '這款手環可以顯示 LINE 和 Messenger 的通知，在 App 裡開啟權限就可以'],
  ['clean', 'T-m', '有任何問題都可以在旺旺直接找我，我會親自處理'],
  ['clean', 'T-m', '訂單編號 2088 1923 4456 7781 的退款已經送出，請留意帳戶'],
  ['clean', 'T-m', '問題處理好後，如果您願意，30 天內可以修改一次評價，不改也完全沒關係'],
  ['clean', 'T-m', '尺寸是 180×200 公分，電壓 110V，台灣可以直接使用'],
  ['clean', 'T-m', '這個顏色目前缺貨，不過灰色有現貨，您看可以嗎？'],
  ['clean', 'T-m', '使用前請務必先把濾網裝好，這樣機器比較不容易壞'],
  ['clean', 'T-m', '不是您的問題，是這批的拉鍊品質不穩定，我們已經跟工廠反映'],
  ['clean', 'T-m', '加濕器的水箱可以拆下來洗，加水時記得先關電源'],
  ['clean', 'T-m', '親親，不好意思讓您久等了 😊 新的已經寄出，單號稍後給您'],
  ['clean', 'T-rp', '謝謝您的回饋，已為您重新寄出並改善了包裝，造成不便深感抱歉'],
  ['clean', 'T-rp', '非常抱歉這次的體驗，我們已私訊您安排退款，也加強了出貨前檢查'],
  ['clean', 'A-m', '您好，很抱歉耽誤您的時間，補寄的商品已透過 Amazon 出貨，追蹤號碼在訂單頁面'],
  ['clean', 'A-m', '您好，DHL 客服電話是 (02) 2788-0088，提供追蹤號碼就可以查詢派送時間'],
  [
    'clean',
    'A-m',
    '退貨流程可以參考 Amazon 說明頁 https://www.amazon.com/gp/help/customer/display.html?nodeId=GKQ9HN6YDV25YPEA',
  ],
  ['clean', 'E-m', '您好，退貨已在 eBay 上核准，退貨標籤可以在訂單詳情裡列印'],
  ['clean', 'E-fp', '抱歉延誤，已全額退款，感謝您的耐心等候。'],
  ['clean', 'E-m', '退款已經完成，如果您覺得問題已解決，歡迎修改評價，不修改也沒關係'],
];

const EN: Row[] = [
  // block: off-platform contact
  [
    'block',
    'A-m',
    'Hi Sarah, easiest is to ping me on WhatsApp at +44 7700 900 431 and send a short video.',
  ],
  ['block', 'A-m', 'You can reach our team directly on (312) 555-0178, we are there 9 to 5 CT.'],
  [
    'block',
    'A-m',
    'Please email the photos to help [at] lumihome [dot] co [dot] uk and we will sort it.',
  ],
  ['block', 'A-m', 'Our setup videos are at lumihome.shop/help if that is easier to follow.'],
  ['block', 'A-m', 'So sorry about this 🙏 a replacement ships today.'],
  ['block', 'A-m', 'Drop us a DM on Insta @lumi.home.official and we will get you sorted.'],
  ['block', 'A-m', 'Add me on WеChаt (ID lumi_cs) for faster help.'],
  ['block', 'A-m', 'Our hotline is 415.555.0199, call anytime and ask for Mike.'],
  [
    'block',
    'E-m',
    'Message us on Signal or call +49 30 1234 5678, that way we can talk it through.',
  ],
  ['block', 'E-m', 'Text me on 07700 900 218 and I will arrange a courier collection.'],
  ['block', 'E-m', 'Our Telegram is t.me/lumi_support, we answer within the hour.'],
  ['block', 'E-m', 'Ring us on +33 6 12 34 56 78, it is quicker than eBay messages.'],
  ['block', 'E-m', 'Reach me at s u p p o r t @ l u m i h o m e . com for the warranty form.'],
  [
    'block',
    'E-m',
    'If you prefer, we can settle this outside eBay: send me your PayPal email and I will refund you directly.',
  ],
  ['block', 'E-m', 'Our Madrid office can help too: +34 612 345 678 (WhatsApp as well).'],
  // block: incentives and remedies tied to the review
  ['block', 'E-m', 'Leave us a positive and we will send a 20% off code for your next order.'],
  [
    'block',
    'E-m',
    'Once you revise the feedback to positive, I will send a £10 gift card as a thank you.',
  ],
  ['block', 'E-m', 'Change the neutral to a positive first, then I can process the refund.'],
  ['block', 'E-m', 'If you remove the negative feedback we will ship the missing part for free.'],
  ['block', 'E-m', 'Bump the feedback up to positive and the replacement is on us.'],
  ['block', 'A-r', 'Now that it is fixed, would you mind updating your review to reflect that?'],
  ['block', 'A-r', 'We would really appreciate it if you could take down the one-star review.'],
  ['block', 'A-m', 'Here is a 15% coupon code, LUMI15, for your next purchase with us.'],
  ['block', 'A-m', 'Every 5-star review this month gets entered into our draw for a $100 voucher.'],
  ['block', 'A-m', 'Update your review and I will Venmo you $10 for the hassle.'],
  [
    'block',
    'E-f',
    'Could you revise your feedback now? We will look into the fault once it is changed.',
  ],
  // block: buyer data in a public reply, eBay's 80 characters
  ['block', 'E-fp', 'Sorry Mark, we called you at 07700 900 456, refund sent.'],
  ['block', 'A-fp', 'Refund issued to Jane Doe, 14 Elm Street, Leeds LS6 2AB. Apologies.'],
  [
    'block',
    'E-fp',
    'Thanks for your patience. We are very sorry the kettle arrived dented and we have now refunded you in full.',
  ],
  // warn: tone
  [
    'warn',
    'E-m',
    'The sizing chart is right there in the listing, so please check it before ordering next time.',
  ],
  [
    'warn',
    'A-m',
    'This only happens if the filter is not seated properly, which suggests it was installed incorrectly.',
  ],
  ['warn', 'A-m', 'You must have dropped it; our units leave the warehouse fully tested.'],
  [
    'warn',
    'E-m',
    'We have over 3,000 positive ratings, so the problem is unlikely to be on our side.',
  ],
  ['warn', 'E-m', 'I apologise for the inconvenience, however the return window closed last week.'],
  [
    'warn',
    'A-m',
    'Sorry for the trouble, though the description does say batteries are not included.',
  ],
  [
    'warn',
    'E-m',
    "Apologies for the delay. That said, delays are the courier's responsibility, not ours.",
  ],
  ['warn', 'E-m', 'Please respond by tonight or the case will be closed without a refund.'],
  ['warn', 'E-m', 'This is my fourth message today, I need an answer from you right away.'],
  ['warn', 'A-m', 'We have received your message. A team member will respond in due course.'],
  [
    'warn',
    'E-m',
    'Your enquiry has been logged under ticket #44817. Please allow 3-5 working days.',
  ],
  ['warn', 'A-m', 'Thank you for contacting us. Your request is being processed.'],
  ['warn', 'E-fp', 'Buyer did not read the listing. Item was as described.'],
  ['warn', 'A-fp', 'Not our fault. The carrier lost the parcel.'],
  ['warn', 'E-m', 'Honestly, for the price you paid, I am not sure what you expected.'],
  ['warn', 'A-m', 'As clearly stated in the product details, the charger is sold separately.'],
  ['warn', 'E-m', "I'm sorry you feel that way, but the item works fine when tested here."],
  // clean, many of them hard negatives
  [
    'clean',
    'A-m',
    'Hi Tom, I am so sorry the blender arrived cracked. A replacement is already on its way through Amazon and you do not need to send the old one back.',
  ],
  [
    'clean',
    'A-m',
    'I completely understand how frustrating a late parcel is. UPS can give you a delivery window on 1-800-742-5877 with the tracking number.',
  ],
  [
    'clean',
    'A-m',
    "You can start the return from Your Orders; Amazon's guide is here: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7",
  ],
  [
    'clean',
    'A-m',
    'If the fault comes back, the warranty provider, SquareTrade, can be reached on 1-877-927-7268.',
  ],
  [
    'clean',
    'A-m',
    'The lamp works with the Philips Hue app and Google Home; page 6 of the manual shows the pairing steps.',
  ],
  [
    'clean',
    'A-m',
    'Order 112-3344556-7788990 has been refunded in full; it should appear within 3-5 business days.',
  ],
  [
    'clean',
    'A-m',
    'The battery must be charged for eight hours before first use, which is easy to miss, so I have added it to the listing too.',
  ],
  [
    'clean',
    'A-m',
    'That colour is out of stock, but the graphite one ships today. Would that work for you?',
  ],
  [
    'clean',
    'A-m',
    'Not your fault at all: the clip on this batch is too tight, and we have flagged it with the factory.',
  ],
  [
    'clean',
    'A-m',
    'The replacement part number is 4471-2290-118; it fits both the 2023 and 2024 models.',
  ],
  [
    'clean',
    'A-m',
    'Please reply to this message on Amazon with a photo of the label and I will arrange a replacement straight away.',
  ],
  [
    'clean',
    'E-m',
    'Your return has been approved in the eBay Resolution Centre; the label is in your purchase history.',
  ],
  [
    'clean',
    'E-m',
    'A partial refund of £12 has gone through eBay, whatever you decide about the feedback.',
  ],
  [
    'clean',
    'E-m',
    'Now that the refund has cleared, you are welcome to revise the feedback if you feel it is resolved. No pressure either way.',
  ],
  [
    'clean',
    'E-m',
    "eBay's help page explains the Money Back Guarantee: https://www.ebay.com/help/policies/ebay-money-back-guarantee-policy/ebay-money-back-guarantee-policy?id=4210",
  ],
  ['clean', 'E-m', 'The headset pairs with Zoom, Teams and WhatsApp Desktop calls out of the box.'],
  [
    'clean',
    'E-m',
    'The red envelope packs (lucky money, 50 per pack) you ordered were short by one pack; it ships tomorrow.',
  ],
  [
    'clean',
    'E-m',
    'Royal Mail tracking 0B 1234 5678 9GB shows it at your local depot; it should arrive tomorrow.',
  ],
  ['clean', 'E-m', 'The power line on this model is 1.8 m; a 3 m extension is listed separately.'],
  ['clean', 'E-m', "We've added a free 2-year warranty to your order, no strings attached."],
  [
    'clean',
    'E-m',
    'Feel free to message me here on eBay any time, I check messages every morning.',
  ],
  ['clean', 'E-fp', 'Sorry for the delay. Refunded in full; thank you for your patience.'],
  ['clean', 'E-fp', 'Apologies, a new pump ships today. Thanks for telling us.'],
  [
    'clean',
    'A-f',
    'Thank you for your patience. If the issue is now resolved, you can update your feedback from Your Orders, entirely at your discretion.',
  ],
  [
    'clean',
    'A-fp',
    'We are sorry the parcel was late. A full refund has been issued and we have changed couriers.',
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND4_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND4_SET_NAME }));

export const BLIND4_SET: readonly (Labelled & { set: typeof BLIND4_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
