// A sixteenth labelled set of reply drafts, written blind (helper session `lint16` of issue 8,
// 2026-12-03): from the issue text and the PLAYBOOK, with blind14's header and types for its format
// only, before opening lib/drafts/. Weighted to BLOCKS and their hard negatives (about half block,
// 45% clean, a few warns); Amazon, eBay and Taobao; private messages and public replies; zh-Hans,
// zh-Hant (Taiwan and Hong Kong usage) and en. Kinds:
//   block  contact apps in new disguises: a heart or emoji inside the name (薇♥信, V❤), nicknames (扣扣,
//          企鹅号, 飞机 for Telegram, 賴 for LINE, "the green app"), mathematical letters (𝕎ℍ𝔸𝕋𝕊𝔸𝔾𝔾),
//          spaced letters (L I N E, F B); handles and QR codes on an insert card or in the parcel;
//          phones in words or mixed scripts (幺三八…, 零九一二…, "one-three-eight…"), spaced digits,
//          +44 / +1 / +852 / +886 formats; e-mails written name[at]shop[dot]com, "(at) … (dot)",
//          "name at gmail"; own web shops and a rival marketplace; incentives in disguise (返现, 红包,
//          晒图有礼, 购物金, 运费险的钱 for a changed review, 追加评价送, a thank-you gift for an updated
//          review, a refund once the feedback is revised, a partial refund for five stars, store credit
//          for a positive review); a review removal or change tied to a remedy, Amazon product-review
//          change requests, an eBay revision asked before the fix arrived; emoji in Amazon messages;
//          buyer personal data (full name with an address or phone) in public replies; eBay feedback
//          replies over 80 characters.
//   warn   a few plain tone problems: blame, "sorry, but", pressure and deadlines, cold auto-acks.
//   clean  hard negatives: order, tracking, item and model numbers, prices, wattages and dates that
//          look like phones; 红包 / red envelopes as the product; 飞机 / 企鹅 as the product (a toy
//          plane, a penguin plush); the marketplace's own QR return label; a carrier's or warranty
//          provider's number in an Amazon message; links to Amazon / eBay help pages; a remedy or
//          coupon stated as independent of the review; "feel free to update your feedback" on eBay
//          after resolution, Taobao's one revision within 30 days, Amazon seller feedback's neutral
//          notice; a "product line", a "green cable".
// Labels are decided by the PLAYBOOK, not by the linter. Only its tuning half (splitOf) may guide rule
// changes; its checking half is reported apart, and eval:lint prints its lines only with --blind16-check.
//
// First run (2026-12-03 17:19 UTC, before any rule changed for it; n = block/warn/clean), TUNING HALF
// only: eval:lint hides the checking half (and the whole-set line that would reveal it) unless run
// with --blind16-check, which is run once, at the end. One warn row (a cold auto-ack) turned out to be
// an older set's text word for word and was replaced by a new one (it moved to the checking half); the
// tuning half was measured again on the first-run rules, zh-Hans 19/3/18 -> 19/2/18:
//            n          block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  19/2/18      94.7%       100.0%       10.0%              16.7%
//   zh-Hant  16/0/16      93.8%          n/a        0.0%               0.0%
//   en       13/2/17      92.3%       100.0%        5.3%               5.9%
//   all      48/4/51      93.8%       100.0%        5.5%               7.8%
// After tuning (17:20-17:24 UTC) on the tuning half's 7 misses, by kind, with fresh probes
// (lint-blocks16.test.ts): en and em dashes grouping a phone number (零九八八—七六五—四三二, 139—0021—…);
// what the review should mention with a reward on that condition (评价里提一句…就能领); "reach our
// (support) team on <app>" beside "reach us on" (the app in mathematical letters is the app's name
// after NFKC); false alarms: the marketplace's QR return label (退货标签/退货单, "return label",
// "prepaid label") unless someone is added or followed; an eBay revision after resolution said as the
// item received and right (已经收到并且合适). Tuning half 100 / 100 / 0 / 0; older sets unchanged.
// Then (17:32 UTC) the checking half, measured once with --blind16-check, on the first-run commit's
// rules (its first run, measured late so that it was never seen while tuning) and on the tuned rules
// (held out; its rows never printed):
//            n         block recall   warn recall    blocks on correct  alarms on clean
//   zh-Hans  13/2/9    84.6 ->  84.6  100.0 -> 100.0   0.0 -> 0.0          0.0 -> 0.0
//   zh-Hant  16/4/11   93.8 ->  93.8  100.0 -> 100.0  13.3 -> 0.0         18.2 -> 0.0
//   en       19/2/10   84.2 ->  84.2  100.0 -> 100.0   8.3 -> 0.0         10.0 -> 0.0
//   all      48/8/30   87.5 ->  87.5  100.0 -> 100.0   7.9 -> 0.0         10.0 -> 0.0
// Whole set, first run: 96/12/81, 90.6 / 100.0 / 6.5 / 8.6 (zh-Hans 90.6 / 100 / 6.5 / 11.1, zh-Hant
// 93.8 / 100 / 6.5 / 7.4, en 87.5 / 100 / 6.5 / 7.4). The false-alarm kinds generalised (the return-label
// QR code, a resolved eBay item); the block kinds of the tuning half did not reach the checking half's
// misses: block recall on unseen disguises stays the linter's weak spot.
// Then (17:34 UTC) the checking half was OPENED (--blind16-check) and its 6 misses fixed by kind, with
// fresh probes (lint-blocks16.test.ts): an app's name spelt letter by letter (L I N E, Q Q, S k y p e,
// W e C h a t, V i b e r); thank-you money named as such (感谢金, 答谢金, 谢礼, 酬金); a good review
// "left" (留下正评, 写下好评); a bare name and a provider after "email me" (jordan at gmail); an eBay
// revision asked while the remedy "hasn't shipped yet" (还没发货); a reward "in exchange for five stars".
// 100 / 100 / 0 / 0 since on the whole set: no longer a held-out figure. Older sets unchanged.
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND16_SET_NAME = 'blind16';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: contact apps, handles and QR codes, phones, e-mails, own sites
  [
    'block',
    'T-m',
    '亲，物流那边一有新消息我就告诉您，也可以加一下我的薇♥信 lily_0628，方便发视频给您看安装步骤。',
  ],
  ['block', 'T-m', '您好，退款已经提交了。后面有问题直接找V❤：xm2025shop，比平台回复快很多。'],
  ['block', 'T-m', '亲，我们的售后群在扣扣上，号码是 4 8 2 7 1 9 0 5 3，进群报一下订单号就行。'],
  ['block', 'T-m', '拆开包装以后，扫一下包裹里的二维码加我，我把详细的使用视频发给您。'],
  ['block', 'T-m', '亲，您可以加我们的企鹅号 93817264，那边客服小姐姐在线时间更长。'],
  [
    'block',
    'A-m',
    '您好，关于耳机左耳没有声音的问题，您可以在飞机上搜 @earfix_cs 联系我们的技术员，他会远程指导您。',
  ],
  ['block', 'T-m', '亲，有问题直接打给我：幺三八 零七五六 二九四一，白天我都在。'],
  ['block', 'T-m', '我的手机是 1 3 9 - 2 2 0 6 - 7 7 1 8，着急的话直接打电话给我就好。'],
  [
    'block',
    'A-m',
    '您好，换货的事情可以发邮件给我们：service[at]bluewave-home[dot]com，我们两小时内回复。',
  ],
  [
    'block',
    'A-m',
    '您好，更多配件可以在我们的官网 www.kitchenjoy-store.cn 直接下单，价格比这里更优惠。',
  ],
  ['block', 'E-m', '如果方便的话，可以加我 WhatsApp：+44 7700 900 123，我拍照片给您确认颜色。'],
  ['block', 'A-m', '您好，请在 L I N E 上搜索 ID：homeplus88，我们的台湾客服会协助您处理。'],
  ['block', 'A-m', '收到您的消息了😊 新的充电器明天就给您发出。'],
  ['block', 'A-m', '您好，为了更快处理，麻烦把您的电话号码和微信发给我，我们私下沟通。'],
  ['block', 'T-m', '亲，关注一下我们小红书的店铺号“木几家居”，私信发订单号就能领售后补偿。'],
  ['block', 'A-m', '您好，麻烦您把照片发到 chen.support at gmail 这个邮箱，我们看完马上处理。'],
  // block: incentives in disguise, a review change tied to a remedy
  ['block', 'T-m', '亲，确认收货后给个好评，截图发给客服就返现8元哦。'],
  ['block', 'T-m', '晒图有礼：带图评价满20字，联系客服领取小礼品一份，数量有限。'],
  ['block', 'T-m', '亲，您把评价改成好评后，我们给您的账户加购物金10元，下次购物直接抵扣。'],
  ['block', 'T-m', '亲，运费险的钱我们返给您，麻烦您把中评改一下哈。'],
  ['block', 'T-m', '追加评价送一包同款替换滤芯，追评后拍照给客服就能登记。'],
  ['block', 'T-m', '亲，评价里提一句“物流很快”就能领一个5元红包，先谢谢您啦。'],
  ['block', 'T-r', '亲，这边给您退20元差价，您看能不能把差评删掉？'],
  ['block', 'T-r', '问题处理好了，麻烦您删除一下差评，我们再补偿您一张30元无门槛券。'],
  ['block', 'A-r', '新的吸尘器已经给您寄出了，收到以后麻烦您把一星评论修改一下。'],
  ['block', 'E-m', '您好，退款我这边已经处理了。如果您方便给个好评，我们再额外退您5美元。'],
  ['block', 'T-m', '亲，给个五星好评的话，我们私下退您一部分货款，二十块左右。'],
  ['block', 'T-m', '亲，评价之后记得找我领“感谢金”，到时候直接转给您。'],
  ['block', 'E-f', '我们已经安排补发了，在您收到之前，能不能先把差评改成好评？'],
  // block: buyer data in public, eBay replies over 80 characters
  [
    'block',
    'T-rp',
    '感谢您的反馈。王秀英女士，我们已按您留的地址上海市闵行区莘庄镇莘松路88弄3号502室重新发货。',
  ],
  ['block', 'T-rp', '已与买家李建国（电话 138 0013 8000）沟通过，补发的零件今天寄出。'],
  [
    'block',
    'E-fp',
    '非常抱歉让您久等了，我们已经全额退款，并且联系了快递公司调查这次延误的原因，之后会换用更可靠的物流渠道，也会在每个包裹里多加一层防震包装，感谢您的耐心与理解，欢迎随时联系我们。',
  ],
  // warn
  ['warn', 'T-m', '亲，说明书上写得很清楚要先充满电，您应该仔细看一下的。'],
  ['warn', 'T-m', '对不起，但是这个问题不是我们的责任，是快递弄坏的。'],
  ['warn', 'A-m', '您好，请您今天之内必须回复，否则我们将无法继续处理。'],
  ['warn', 'T-rp', '收到，已记录，请耐心等候处理结果。'],
  // clean: hard negatives
  ['clean', 'T-m', '亲，您的订单号 3719204856617283945 已经登记好了，补发的件今天下午从仓库发出。'],
  ['clean', 'T-m', '快递单号是 SF1428803976512，预计12月5日送达，您可以在订单详情里随时查看物流。'],
  [
    'clean',
    'T-m',
    '您购买的型号是 KJ-1380-2206，这款的滤网规格是 138×220 毫米，我们补发的就是这个尺寸。',
  ],
  ['clean', 'T-m', '亲，这款红包是烫金款，一包 20 个，您收到的少了 5 个，我们马上给您补寄。'],
  [
    'clean',
    'T-rp',
    '感谢您选购我们的新年红包，烫金有脱落确实是我们的品控问题，已经调整了印刷工艺。',
  ],
  [
    'clean',
    'A-m',
    '您好，退货时亚马逊会生成一个二维码退货标签，您在 UPS 门店出示二维码即可，不需要打印。',
  ],
  ['clean', 'A-m', '您好，包裹由 UPS 配送，如需改派可以直接致电 UPS 客服 1-800-742-5877。'],
  [
    'clean',
    'A-m',
    '这款产品的延长保修由 Asurion 提供，保修问题可以拨打他们的电话 1-866-551-5924。',
  ],
  [
    'clean',
    'A-m',
    '退货流程可以参考亚马逊的帮助页面：https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7 。',
  ],
  ['clean', 'T-m', '亲，退款 138 元已经原路退回，一般 1-3 个工作日到账，请您留意一下。'],
  ['clean', 'T-m', '不管您是否修改评价，补发和退款都会照常进行，这是我们应该做的。'],
  [
    'clean',
    'E-f',
    '很高兴新的镜头盖已经收到并且合适。如果您愿意，可以更新一下评价；不更新也完全没关系。',
  ],
  [
    'clean',
    'T-r',
    '换货已经完成了，如果您用着满意，30天内可以修改一次评价，改不改都尊重您的决定。',
  ],
  ['clean', 'E-fp', '抱歉延误，已全额退款，谢谢理解。'],
  [
    'clean',
    'T-rp',
    '非常抱歉给您带来不好的体验，问题出在我们的包装上，现已全部改用加厚纸箱，欢迎随时联系客服。',
  ],
  ['clean', 'T-m', '亲，这个遥控飞机的螺旋桨我们给您补发两套，今天就寄出。'],
  ['clean', 'T-m', '您买的企鹅毛绒玩具缝线开了，非常抱歉，我们给您换一只新的，运费由我们承担。'],
  ['clean', 'A-m', '您好，我们已经为您安排了全额退款，款项会在 3-5 个工作日内退回原支付方式。'],
  ['clean', 'T-m', '亲，运费险是平台自动理赔的，退货后运费会退到您的支付宝账户，不需要额外操作。'],
  ['clean', 'T-m', '亲，您可以在淘宝的“我的订单-申请售后”里直接提交，我们会第一时间审核。'],
  [
    'clean',
    'E-m',
    '您好，退货标签已经通过eBay发给您了，打印后贴在包裹上就行，上面的二维码是eBay的退货单。',
  ],
  ['clean', 'T-m', '亲，12月8日之前我们会安排顺丰上门取件，您不用再跑快递点。'],
  ['clean', 'A-f', '感谢您的反馈。问题解决后，您可以自行决定是否更新卖家评价。'],
  ['clean', 'T-m', '亲，这款灯的功率是 13.8W，电压 220V，和您家里的插座完全匹配。'],
  ['clean', 'T-rp', '谢谢您的中肯评价，充电线偏短的问题我们已经反馈给工厂，新批次会加长到1.5米。'],
  ['clean', 'E-m', '您好，我已经给您全额退款了，商品不需要寄回。再次抱歉，祝您生活愉快。'],
  ['clean', 'T-m', '亲，给您补偿一张10元优惠券，和评价没有任何关系，下次购物随时可以用。'],
];

const HANT: Row[] = [
  // block: contact apps, handles and QR codes, phones, e-mails, own sites
  ['block', 'T-m', '親，補寄的零件明天出貨，有問題可以加我的賴：tw_shop520，我錄影片教您安裝。'],
  ['block', 'T-m', '您好，加我薇♥信 chen0917 比較快，我把說明書傳給您。'],
  ['block', 'T-m', '親，我的手機是 零九一二 三四五 六七八，有急事直接打給我。'],
  ['block', 'A-m', '您好，請直接打我們門市的電話 +886 2 2345 6789，店長會親自幫您處理換貨。'],
  ['block', 'A-m', '唔好意思，你可以 WhatsApp 我哋：+852 6123 4567，我send張相俾你睇。'],
  ['block', 'T-m', '親，包裹裡面有張小卡，掃卡片上的 QR code 加我們好友，之後的售後都在那邊處理。'],
  ['block', 'A-m', '歡迎到我們自己的網站 www.lohas-tw.com.tw 購買替換濾芯，會員價更便宜。'],
  ['block', 'A-m', '可以寄 email 到 service (at) lohas-tw (dot) com，附上照片我們立刻處理。'],
  ['block', 'T-m', '親，您在 F B 搜尋「小森生活館」私訊我們，會有專人幫您處理。'],
  ['block', 'A-m', '您好，打電話給我：零九八八—七六五—四三二，我們直接聊比較快。'],
  ['block', 'A-m', '收到囉👍 新的會馬上寄出給您。'],
  ['block', 'T-m', '親，加一下扣扣 5 5 3 8 2 1 0 7，群組裡有安裝影片可以看。'],
  ['block', 'A-m', '喺飛機搜尋 @hk_gadget_cs 就搵到我哋嘅技術支援，佢哋會教你點設定。'],
  ['block', 'E-m', '有問題可以 L I N E 我：@ebay_tw_lin，我晚上都在。'],
  ['block', 'T-m', '親，我們的官網 lohas-shop.tw 有更多配色，在那邊下單還會送贈品。'],
  ['block', 'A-m', '您好，麻煩您留一個電話或 LINE 給我，我們私下聯絡比較方便。'],
  ['block', 'T-m', '親，想要同款的話可以來我們的蝦皮賣場，搜尋「小森生活館」就找得到。'],
  // block: incentives in disguise, a review change tied to a remedy
  ['block', 'T-m', '親，收到後給個五星好評，截圖私訊客服就返現十元喔。'],
  ['block', 'T-m', '曬圖有禮：評價附三張照片，聯繫客服就送一個收納袋。'],
  ['block', 'T-m', '親，評價改成好評之後，會員帳戶會幫您加購物金 50 元。'],
  ['block', 'T-m', '親，運費險的錢我們退給您，麻煩把評價改一下好嗎？'],
  ['block', 'T-r', '我們退您 30 元，麻煩您把差評刪除，謝謝。'],
  ['block', 'A-r', '新的吹風機已經寄出了，收到之後請您把評論改成五顆星。'],
  ['block', 'E-m', '您好，如果您願意留下正評，我們會再退您 5 美元作為感謝。'],
  ['block', 'T-m', '親，追加評價送一包替換刷頭，追評後截圖給客服登記即可。'],
  ['block', 'E-f', '補寄的商品還在路上，方便的話可以先把負評改掉嗎？'],
  ['block', 'T-m', '親，好評之後，我們私下退您一半運費當作謝禮。'],
  ['block', 'E-m', '您好，修改評價之後我們馬上退款，謝謝配合。'],
  ['block', 'T-m', '親，評價時提到「客服很好」就能領五元紅包喔。'],
  // block: buyer data in public, eBay replies over 80 characters
  [
    'block',
    'T-rp',
    '已聯絡買家林美玲小姐，新北市板橋區文化路一段 100 號 5 樓，補寄的商品今天出貨。',
  ],
  [
    'block',
    'T-rp',
    '感謝陳志明先生的回饋，您留的電話 0933-218-456 我們已經打過了，補寄會盡快安排。',
  ],
  [
    'block',
    'E-fp',
    '非常抱歉讓您久等，我們已經全額退款，也跟物流公司確認了延誤的原因，以後會改用更穩定的寄送方式，並在每個包裹多加一層氣泡袋，謝謝您的耐心與包容，歡迎隨時再來找我們。',
  ],
  // warn
  ['warn', 'T-m', '親，商品頁面都有寫尺寸，您下單前應該看清楚的。'],
  ['warn', 'T-m', '對不起，但是這不是我們的問題，是您自己選錯顏色。'],
  ['warn', 'A-m', '我哋已經講咗好多次，唔好再問同一個問題。'],
  ['warn', 'E-m', '請在明天中午之前回覆，否則我們會直接結案。'],
  // clean: hard negatives
  ['clean', 'T-m', '親，您的訂單編號 4028817369520174 已經登記，補寄的商品明天出貨。'],
  ['clean', 'T-m', '黑貓宅急便的追蹤號碼是 9012 3456 7890，預計 12 月 6 日送達。'],
  ['clean', 'T-m', '您購買的型號是 TW-0912-345，這款的濾網尺寸是 09 × 12 公分。'],
  ['clean', 'T-rp', '感謝您購買我們的燙金紅包袋，印刷掉色是我們的問題，新批次已經改用新的油墨。'],
  ['clean', 'T-m', '親，紅包袋少了一包，我們馬上補寄給您，運費由我們出。'],
  ['clean', 'A-m', '您好，退貨時亞馬遜會提供 QR code 退貨標籤，在 UPS 門市出示就可以，不必列印。'],
  ['clean', 'A-m', '包裹由 DHL 配送，如需更改派送時間，可以撥打 DHL 客服 +852 2400 3388。'],
  ['clean', 'A-m', '這款商品的延長保固由 SquareTrade 提供，保固服務電話是 1-877-927-7268。'],
  [
    'clean',
    'A-m',
    '退貨流程請參考 Amazon 的說明頁面：https://www.amazon.com/gp/help/customer/display.html?nodeId=201819090 。',
  ],
  [
    'clean',
    'E-m',
    '退貨標籤已經透過 eBay 寄給您，上面的 QR code 是 eBay 的退貨單，在郵局掃描就可以。',
  ],
  [
    'clean',
    'E-m',
    '很抱歉造成不便，退貨步驟可以參考 eBay 的說明：https://www.ebay.com/help/returns-refunds/returns 。',
  ],
  ['clean', 'T-m', '親，退款 1380 元已原路退回，3 到 5 個工作天會入帳。'],
  ['clean', 'T-m', '無論您是否修改評價，退款都會照常處理，請您放心。'],
  ['clean', 'E-f', '很高興換過的耳機已經正常運作。若您願意，歡迎更新評價；不更新我們也完全理解。'],
  ['clean', 'T-r', '問題已經處理好了，如果您覺得合適，30 天內可以修改一次評價，改不改都由您決定。'],
  ['clean', 'E-fp', '抱歉延誤，已全額退款，感謝包容。'],
  ['clean', 'T-rp', '很抱歉讓您失望，包裝太薄是我們的疏失，現在已經全面改用加厚紙箱。'],
  ['clean', 'T-m', '親，遙控飛機的電池我們補寄兩顆給您，今天就寄出。'],
  ['clean', 'T-m', '您買的企鵝抱枕有破洞，真的很抱歉，我們直接換一個新的給您。'],
  ['clean', 'A-f', '感謝您的回饋。問題處理完畢後，是否更新賣家評價完全由您決定。'],
  ['clean', 'A-m', '唔好意思令你失望，我哋已經幫你安排全數退款，三至五個工作天到賬。'],
  ['clean', 'T-m', '親，我們補償您一張 50 元折價券，跟評價完全無關，您隨時都可以使用。'],
  ['clean', 'T-m', '親，這款燈的功率是 13.8W，電壓 110V，台灣的插座可以直接使用。'],
  ['clean', 'T-rp', '多謝你嘅意見，電線太短嘅問題已經反映俾工廠，新一批會加長到 1.5 米。'],
  ['clean', 'T-m', '親，12 月 10 日之前會安排宅配到府取件，您不用再跑超商。'],
  ['clean', 'E-m', '您好，退款已經全數處理，商品不需要寄回。祝您一切順利。'],
  ['clean', 'T-m', '親，您在訂單頁面點「申請退款」就可以了，我們會在 24 小時內審核。'],
];

const EN: Row[] = [
  // block: contact apps, handles and QR codes, phones, e-mails, own sites
  [
    'block',
    'A-m',
    'Thanks for your patience. For faster help, hit me up on the green app: +1 415 555 0198.',
  ],
  [
    'block',
    'A-m',
    'You can reach our support team on 𝕎ℍ𝔸𝕋𝕊𝔸𝔾𝔾 any time, just search for "BrightNest Care".',
  ],
  ['block', 'E-m', "Add me on L I N E, my ID is nora.craft, and I'll send you the wiring diagram."],
  [
    'block',
    'E-m',
    'Please scan the code on the card in the box and our team will message you directly.',
  ],
  [
    'block',
    'A-m',
    "Give me a call: one-three-eight, zero-two-two-six, four-four-nine-one. I'll walk you through it.",
  ],
  ['block', 'E-m', "Call me on 0 7 7 0 0 9 0 0 4 5 6 and we'll sort the return out quickly."],
  ['block', 'A-m', 'Our UK line is +44 20 7946 0321; ask for Tom and mention the order.'],
  [
    'block',
    'E-m',
    "Drop me a message at ellie[at]pinecrafts[dot]co[dot]uk and I'll send a prepaid label.",
  ],
  ['block', 'A-m', 'Just email me, jordan at gmail, with a photo of the scratch.'],
  ['block', 'A-m', 'Replacement filters are cheaper on our own website, brightnesthome.com.'],
  [
    'block',
    'E-m',
    "You'll find the full range at www.pinecrafts-shop.co.uk with free UK delivery.",
  ],
  ['block', 'A-m', 'Thanks for letting us know 🙏 A new charger ships tomorrow.'],
  ['block', 'A-m', 'Find us on Insta @brightnest.home for setup videos and quicker replies.'],
  ['block', 'E-m', 'Message me on Telegram (t.me/pinecrafts_ellie) for faster service.'],
  ['block', 'A-m', 'Our WeChat is bn_support, or call our Hong Kong office at +852 3008 1234.'],
  ['block', 'A-m', 'Please send me your personal phone number so we can continue on WhatsApp.'],
  ['block', 'A-m', 'My cell is (646) 555-0142, text me anytime.'],
  // block: incentives in disguise, a review change tied to a remedy
  [
    'block',
    'A-r',
    "We'll send you a little thank-you gift if you update your review to reflect the replacement.",
  ],
  ['block', 'E-m', "We'll process the refund once the feedback is revised."],
  [
    'block',
    'E-m',
    "If you change your rating to 5 stars, we'll refund 20% of the price as a goodwill gesture.",
  ],
  [
    'block',
    'A-m',
    'Leave a photo review and message us for a free phone stand, our way of saying thanks.',
  ],
  [
    'block',
    'A-r',
    'Now that the new kettle has arrived, could you please remove the one-star review?',
  ],
  [
    'block',
    'E-f',
    "The replacement hasn't shipped yet, but could you revise your negative feedback in the meantime?",
  ],
  [
    'block',
    'E-m',
    "I'll refund the return postage as soon as you've updated the feedback to positive.",
  ],
  ['block', 'T-m', "Dear, leave a 5-star review with photos and we'll send a 10 yuan red packet."],
  [
    'block',
    'E-m',
    "Write a positive review mentioning fast shipping and we'll add store credit to your next order.",
  ],
  ['block', 'E-m', "We'll give you a partial refund of $15 in exchange for five stars."],
  ['block', 'A-r', "Delete the review and I'll send a full refund today."],
  // block: buyer data in public, eBay replies over 80 characters
  [
    'block',
    'A-fp',
    'Thank you, Mr. Daniel Whitaker of 14 Elm Grove, Leeds LS6 2AB; your replacement is on its way.',
  ],
  [
    'block',
    'T-rp',
    "We've called the buyer, Ms. Grace Liu, at 0912 888 345 and will resend the parcel today.",
  ],
  [
    'block',
    'E-fp',
    "Sorry for the delay with your order. We've refunded you in full and changed our courier so that this doesn't happen again. Thanks!",
  ],
  [
    'block',
    'E-fp',
    "So sorry about the cracked lid. A replacement went out today by tracked post and we've added extra padding to every order.",
  ],
  // warn
  [
    'warn',
    'A-m',
    'As stated in the listing, the size chart was clearly shown, so you should have checked it.',
  ],
  ['warn', 'E-m', 'Sorry, but this is not our fault; the courier lost it.'],
  ['warn', 'E-m', 'You need to reply by tomorrow or we will close the case.'],
  ['warn', 'A-m', 'We have received your message. A representative will respond within 48 hours.'],
  // clean: hard negatives
  [
    'clean',
    'A-m',
    'Your order 114-3928475-6617203 has been refunded in full; it should appear within 3-5 business days.',
  ],
  [
    'clean',
    'E-m',
    'Your tracking number is 1Z 999 AA1 01 2345 6784 and the parcel is due on 12/05.',
  ],
  [
    'clean',
    'A-m',
    "The model you have is HX-1380-2264; the right filter is HX-F44, which we've shipped today at no charge.",
  ],
  [
    'clean',
    'T-m',
    "The red envelopes you ordered came as 30 instead of 50, so we've sent the missing 20 today.",
  ],
  [
    'clean',
    'T-rp',
    'Thanks for buying our lucky red packets. The gold foil peeling is our printing fault; the new batch uses a better foil.',
  ],
  [
    'clean',
    'A-m',
    'Amazon will email you a QR code return label; show it at any UPS Store, no printing needed.',
  ],
  [
    'clean',
    'A-m',
    'Your parcel is with FedEx; you can reach them at 1-800-463-3339 to reschedule the delivery.',
  ],
  [
    'clean',
    'A-m',
    'Extended warranty claims go through Allstate Protection Plans at 1-877-888-4968.',
  ],
  [
    'clean',
    'A-m',
    "You can see Amazon's return steps here: https://www.amazon.com/gp/help/customer/display.html?nodeId=GNW5VKFXMF72FFMR.",
  ],
  [
    'clean',
    'E-m',
    "eBay's help page explains how the return works: https://www.ebay.com/help/returns-refunds/returning-item/returns?id=4041.",
  ],
  [
    'clean',
    'E-m',
    "The return label is attached to this eBay message; its QR code is eBay's own label, so the post office can scan it.",
  ],
  ['clean', 'E-m', 'The refund of £13.80 has gone back to your original payment method today.'],
  [
    'clean',
    'E-f',
    'Glad to hear the new lamp works. If you like, feel free to update your feedback; either way, thank you.',
  ],
  ['clean', 'E-fp', 'Sorry for the wait. Refund sent and courier changed.'],
  ['clean', 'E-fp', 'Thanks Sam, glad the replacement arrived safely.'],
  [
    'clean',
    'A-f',
    "Thanks for your feedback. Once this is resolved, you're welcome to update your seller feedback if you wish.",
  ],
  [
    'clean',
    'A-m',
    "We've issued a full refund, and you're free to keep the item; this doesn't depend on any review.",
  ],
  [
    'clean',
    'T-m',
    "We've sent a 10 yuan coupon as an apology for the delay; it has nothing to do with your review.",
  ],
  ['clean', 'A-m', "The toy plane's propeller guard is on its way, along with a spare battery."],
  [
    'clean',
    'A-m',
    "I'm sorry the penguin plush arrived with a torn seam. A replacement ships today.",
  ],
  ['clean', 'E-m', 'Your item number is 2648 1739 0052; the new one ships on 12/04 by Royal Mail.'],
  ['clean', 'A-m', 'This lamp is rated 13.8 W at 120 V, so it works with standard US outlets.'],
  [
    'clean',
    'T-rp',
    'Thanks for the honest review. The short cable is fixed in the new batch, now 1.5 m long.',
  ],
  [
    'clean',
    'E-m',
    "I've refunded the full £42.50 and there's no need to send it back. Sorry again for the trouble.",
  ],
  [
    'clean',
    'A-m',
    'Our product line for 2027 keeps the same charger, so the replacement will fit.',
  ],
  [
    'clean',
    'E-m',
    'The green cable goes into port 2 and the blue one into port 1; that should fix the noise.',
  ],
  [
    'clean',
    'A-m',
    'If you prefer, you can also reach Amazon Customer Service through the Help section of the Amazon site.',
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND16_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND16_SET_NAME }));

export const BLIND16_SET: readonly (Labelled & { set: typeof BLIND16_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
