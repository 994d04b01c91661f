// A third labelled set of reply drafts, written blind: before reading any rule table in lib/drafts/,
// from the PLAYBOOK, the issue text, the seeds and the site notes only, the way agents write replies
// (several spellings of the same trick, and the hard negatives a careful reviewer would pass).
// Its first run (before any rule was changed for it) is recorded in tests/tools/eval-lint.ts; after that
// only its tuning half (splitOf) may guide rule changes, and its checking half is reported apart.
// Labels as in lint-set.ts: block / warn / clean, decided by what the PLAYBOOK says, not by the linter.
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table: fresh, written blind. */
export const BLIND_SET_NAME = 'blind';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '亲，售后这边比较慢，您加我个人卫星号 mm_shop99，我直接给您处理'],
  ['block', 'T-m', '有任何问题➕V：xiaomei_0618，24小时在线哦'],
  ['block', 'T-m', '方便的话加一下嶶信，搜 lily2023 就行，发个视频给我看看'],
  ['block', 'T-m', '我们的售后群在企鹅上，群号 7788 1234，进群有专人跟进'],
  ['block', 'T-m', '亲，平台消息我经常看不到，您直接打 1 3 9 0 5 7 1 2 3 4 6 吧'],
  ['block', 'T-m', '联系电话：+86 186-2100-8899（微信同号）'],
  ['block', 'A-m', '您好，为了更快处理，请把照片发到 aftersale艾特163点com，谢谢'],
  ['block', 'E-m', '照片可以发我邮箱：kefu_zhang＠qq．com，我们当天回复'],
  ['block', 'A-m', '订单的问题您可以打我们的售后热线 400-820-1234 咨询'],
  ['block', 'T-m', '小红书搜我们店名，私信我领教程视频'],
  ['block', 'T-m', '加个 vx 吧，这边发图方便：hh_1990'],
  ['block', 'T-m', '您扫一下包裹里卡片上的码加客服，后面售后都走那边'],
  ['block', 'E-m', '您可以在 WhatsApp 上联系我，号码是 +44 7700 900456'],
  ['block', 'A-m', '关注我们的店铺主页 www.lumi-home.cn 还可以领新人优惠券'],
  ['block', 'T-m', '我们这边可以走支付宝直接转您，不用走平台退款，您把支付宝账号发我'],
  // block: incentives, review-conditional remedies, review requests where forbidden
  ['block', 'T-m', '亲，给个五星好评，确认收货后截图发我，返您3块钱哦'],
  ['block', 'T-m', '好评晒图+15字，联系客服领取2元红包～'],
  ['block', 'T-m', '亲亲，能不能帮忙把中评改成好评呀，给您发个hb表示感谢'],
  ['block', 'T-m', '您把那条评价撤了吧，我请您喝杯奶茶'],
  ['block', 'T-m', '麻烦追评一下，追评后我们再给您补偿五元'],
  ['block', 'T-m', '退款我们已经申请了，等您改完评价就会同意'],
  ['block', 'T-m', '只要删除差评，补发的货今天就给您发出'],
  ['block', 'T-m', '好坪返现，五星带图的亲找客服领'],
  ['block', 'A-r', '您好，我们已经给您补发了新的，麻烦您有空把评论改成五星'],
  ['block', 'E-f', '问题还没解决之前，能先帮我们把差评修改一下吗？我们一定会处理的'],
  // block: the buyer's personal data in a public reply
  ['block', 'T-rp', '感谢反馈，已为李晓红女士（手机13812345678）办理退款'],
  ['block', 'T-rp', '亲，您留的地址 上海市浦东新区张江路88弄3号601 我们已经核实，确实是快递送错了'],
  // warn: blame, arguing, "sorry, but", pressure, cold acknowledgements
  ['warn', 'T-m', '亲，说明书第三页写得很清楚，是您没按步骤安装才会漏水的'],
  ['warn', 'T-m', '我们每一件发货前都检查过，不可能是我们这边的问题'],
  ['warn', 'T-m', '非常抱歉，但是这个属于人为损坏，不在售后范围内'],
  ['warn', 'T-m', '不好意思哈亲，不过色差是正常的，每个显示器都不一样'],
  ['warn', 'T-m', '您好，您的问题已登记，请耐心等待处理结果。'],
  ['warn', 'T-m', '已收到，会有专人联系您，请勿重复催促。'],
  ['warn', 'T-m', '亲，请今天之内务必把货寄回，超时我们就不处理了'],
  ['warn', 'T-m', '您要是再不回复，我们就默认您同意关闭售后了'],
  ['warn', 'T-r', '快递慢是快递公司的事，跟我们店没有关系'],
  ['warn', 'E-m', '您自己选错了尺码，我们也没办法，说明页有尺码表的'],
  ['warn', 'A-m', '抱歉给您带来不便，可是我们的政策规定拆封后不能退'],
  ['warn', 'T-m', '您这种情况我们见多了，一般都是使用方法不对'],
  ['warn', 'T-m', '感谢您的来信，系统已自动记录您的问题，客服将在48小时内回复。'],
  ['warn', 'T-rp', '本店商品均为正品，买家所说纯属误解，请大家放心购买'],
  // clean, many of them hard negatives
  [
    'clean',
    'T-m',
    '亲，非常抱歉让您收到破损的杯子，照片我们收到了，新的今天下午就给您发顺丰，旧的不用寄回。',
  ],
  [
    'clean',
    'T-m',
    '您好，看到您说充电器用了两天就不亮了，真的很抱歉。我们可以给您换新，也可以直接退款，您看哪种更方便？',
  ],
  ['clean', 'T-rp', '感谢您的好评，很高兴这款保温杯陪您度过冬天，期待您再次光临！'],
  ['clean', 'T-m', '您买的这款红包袋是烫金工艺，封口处的胶条撕开就能用，祝您新年快乐！'],
  ['clean', 'T-m', '亲，利是封和红包都已经补发了，单号是 SF1402938475612，明天能到。'],
  ['clean', 'T-m', '退款已经原路返回到您的支付宝，一般1-3个工作日到账，请留意查收。'],
  ['clean', 'T-m', '这款是 VX300 型号，和您之前买的 VX200 接口是一样的，可以通用。'],
  ['clean', 'T-m', '下次下单可以在备注里写加微辣，厨房会按您的口味做。'],
  [
    'clean',
    'T-m',
    '我理解您的着急，快递这边我已经催过了，预计周四前送到；如果周四还没到，我们直接给您补发。',
  ],
  ['clean', 'T-m', '无论您是否修改评价，这次的退款都会照常处理，给您添麻烦了。'],
  [
    'clean',
    'T-m',
    '问题已经解决了，谢谢您的耐心。如果您愿意，可以在30天内根据这次的处理情况更新评价，不方便也完全没关系。',
  ],
  ['clean', 'T-rp', '很抱歉这次发货漏了配件，我们已经补寄，并在仓库增加了出库核对环节。'],
  ['clean', 'T-m', '亲，返还的运费6元已经打到您的账户了，是我们发错货应该承担的。'],
  [
    'clean',
    'A-m',
    '您好，很抱歉包裹延误了。承运商是顺丰国际，您也可以拨打顺丰客服热线 95338 查询实时位置。',
  ],
  [
    'clean',
    'A-m',
    '您好，退货流程可以参考亚马逊帮助页面：https://www.amazon.cn/gp/help/customer/display.html?nodeId=201819090 ，我们已经为您开通免费退货。',
  ],
  ['clean', 'E-m', '非常抱歉尺码不合适，我已经给您发了免费退货标签，换大一号的今天就寄出。'],
  ['clean', 'T-m', '订单号 3861295740128836 的赠品是我们漏发了，抱歉，今天给您补上。'],
  [
    'clean',
    'T-m',
    '谢谢您告诉我们有异味的问题，我们已经请质检同事检查同批次的货，也给您准备了退款和换货两个方案，您选一个就行。',
  ],
  ['clean', 'T-rp', '感谢您的追评。加湿器漏水的问题我们已经联系您换了新机，也改进了水箱密封圈。'],
  ['clean', 'A-fp', '抱歉这次配送让您久等了，我们已经更换了合作物流，感谢您的耐心。'],
  [
    'clean',
    'T-m',
    '亲，您拍的视频很清楚，确实是电机的问题，非常抱歉。新机今天发出，旧机您方便时用我们寄的上门取件退回就行。',
  ],
  [
    'clean',
    'A-m',
    '我们查到包裹在 2024-11-03 已由 UPS 签收，如果您没有收到，请告诉我们，我们马上为您补发或退款。',
  ],
  ['clean', 'E-fp', '抱歉发错颜色，已换货，谢谢耐心。'],
  ['clean', 'T-m', '好的亲，五星级酒店同款的枕芯我们给您换成了加厚款，明天发货。'],
];

const HANT: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '親，方便的話加一下我的 LINE：tw_shop88，拍照給我比較快'],
  ['block', 'T-m', '有問題直接賴我，ID 是 @happyhome'],
  ['block', 'E-m', '您可以撥打我的手機 0912-345-678，我們直接電話說明'],
  ['block', 'A-m', '香港的客人可以 WhatsApp 我哋：+852 9123 4567'],
  ['block', 'E-m', '麻煩把照片寄到 service［at］twshop［dot］com.tw，謝謝'],
  ['block', 'T-m', '加一下 ｗｅｃｈａｔ：ｋｆ２０２４，售後比較快'],
  ['block', 'A-m', '我們的 FB 粉絲專頁搜尋「好好生活」，私訊小編就可以'],
  ['block', 'T-m', '打市話也可以：(02) 2345-6789，週一到週五都有人'],
  ['block', 'T-m', '給您一個 TG 帳號：@hk_care，那邊客服回得快'],
  ['block', 'A-m', '歡迎到我們官網 www.goodlife.com.tw 看更多新品，輸入代碼 SAVE10 可以打九折'],
  ['block', 'E-m', 'Whаtsаpp 聯絡我們：+886 912 345 678'],
  // block: incentives and review-conditional remedies
  ['block', 'T-m', '好評五星附照片，私訊客服送您100元購物金'],
  ['block', 'T-m', '您把負評刪掉，我們馬上退全額'],
  ['block', 'E-m', '只要您把評價改成正評，我們就再補寄一個贈品給您'],
  ['block', 'T-m', '追評有禮！追加評價截圖給客服就能領紅包'],
  ['block', 'T-m', '修改評價後，退款會在24小時內到帳'],
  ['block', 'T-m', '麻煩幫我們改個好評，小小心意轉給您'],
  ['block', 'T-m', '五星好評返現 20 元，記得拍照喔'],
  ['block', 'A-r', '商品已經幫您換新了，能否麻煩您把一星評論刪除？'],
  // block: personal data in public
  ['block', 'T-rp', '已聯繫陳小姐（台北市信義區松高路12號5樓），補寄的商品已送達'],
  ['block', 'E-fp', '謝謝王先生，0933-123-456 已聯繫退款'],
  // warn
  ['warn', 'T-m', '親，您應該先看清楚商品說明再下單，尺寸都有寫'],
  ['warn', 'T-m', '這是您自己使用方法不對，我們的產品沒有問題'],
  ['warn', 'T-m', '很抱歉，但是拆封過的商品一律不能退'],
  ['warn', 'E-m', '對不起讓您久等，不過物流延誤不是我們能控制的'],
  ['warn', 'T-m', '您的問題已登記，請耐心等候通知。'],
  ['warn', 'E-m', '您好，我們已收到您的訊息，客服人員將於2個工作天內回覆。'],
  ['warn', 'T-m', '請您今天一定要回覆，否則我們將無法處理'],
  ['warn', 'T-m', '麻煩儘快確認收貨，不要再拖了'],
  ['warn', 'T-rp', '我們出貨前都有檢查，買家說的問題我們無法認同'],
  ['warn', 'A-m', '如同商品頁面上寫的，這款不適用於110V以外的電壓，是您插錯插座了'],
  ['warn', 'T-m', '不好意思，可是色差是正常現象，我們不接受以此退貨'],
  ['warn', 'E-m', '這個問題我們已經回答過很多次了'],
  ['warn', 'T-m', '系統自動回覆：感謝您的來訊，我們將盡快處理。'],
  ['warn', 'T-m', '是快遞摔壞的，不關我們的事，您去找快遞'],
  // clean
  ['clean', 'T-m', '非常抱歉讓您收到有刮痕的鍋子，新的已經寄出，舊的不用寄回。'],
  ['clean', 'T-m', '我理解您等了很久的心情，已經幫您申請退款，約三個工作天到帳。'],
  ['clean', 'T-m', '您訂的紅包袋是燙金款，這批顏色比圖片深一點，如果不喜歡可以免運費換貨。'],
  ['clean', 'A-m', '包裹由黑貓宅急便配送，如需更改時間，可撥打黑貓宅急便客服專線 (02) 412-8888。'],
  [
    'clean',
    'A-m',
    '保固由原廠負責，您可以撥打原廠保固專線 0800-012-345 申請到府維修，我們也會同步幫您追蹤。',
  ],
  [
    'clean',
    'E-m',
    '退貨方式可以參考 eBay 說明頁面：https://www.ebay.com/help/buying/returns-refunds/return-item-refund?id=4041 ，運費由我們負擔。',
  ],
  ['clean', 'T-rp', '謝謝您的好評，很高興檯燈的亮度符合您的需要！'],
  ['clean', 'T-rp', '很抱歉這次包裝不夠牢固，我們已經改用加厚紙箱，也為您補寄了新品。'],
  ['clean', 'E-fp', '抱歉延誤，已全額退款，謝謝您的包容。'],
  ['clean', 'T-m', '不管您之後是否修改評價，換貨都會照常處理，請放心。'],
  [
    'clean',
    'T-m',
    '您傳的照片我們收到了，確實是我們出錯，新的今天寄出，順便附上一份贈品表示歉意。',
  ],
  [
    'clean',
    'T-m',
    '親，您說的保溫效果不好，我們想多了解一下：您是裝熱水還是冰水呢？這樣我們可以判斷要換貨還是退款。',
  ],
  ['clean', 'T-m', '單號 7723019845561 已經在配送中了，預計明天送達，到了跟我說一聲就好。'],
  ['clean', 'E-m', '很抱歉耳機只有一邊有聲音，我們可以幫您換新或全額退款，您覺得哪一個比較方便？'],
  [
    'clean',
    'T-m',
    '問題解決了真好，謝謝您的耐心。如果方便，可以在30天內依照這次的處理情況修改評價，不方便也沒關係。',
  ],
  ['clean', 'A-fp', '抱歉讓您久等，我們已改用更快的物流方案，也感謝您告訴我們。'],
  ['clean', 'T-m', '這款 LINE FRIENDS 聯名杯子目前只剩粉色，您要換粉色還是直接退款呢？'],
  ['clean', 'E-m', '您的退款 NT$1,280 已經退回原付款方式，通常 5 到 7 天會入帳。'],
  [
    'clean',
    'T-m',
    '非常抱歉，這次確實是我們發錯顏色。我們可以幫您換成您要的灰色，也可以部分退款讓您留著這個，您看哪個好？',
  ],
  ['clean', 'T-m', '感謝您買了兩盒，另外提醒您，電池請勿放在高溫車內。'],
];

const EN: Row[] = [
  // block: off-platform contact
  [
    'block',
    'A-m',
    'Hi Sarah, so sorry about this. Text me on WhatsApp (+44 7700 900 812) and I will sort it out personally.',
  ],
  ['block', 'A-m', 'For faster help, email us at support at brightnest dot co dot uk.'],
  ['block', 'A-m', 'Please send the photos to care@lumenhome.com and we will reply the same day.'],
  ['block', 'E-m', 'You can reach me on WeChat: lumen_sales, I answer faster there.'],
  ['block', 'E-m', 'Add me on Telеgram: @deskpro_help'],
  ['block', 'A-m', 'Call our service desk on (415) 555-0132, Mon–Fri 9–5.'],
  ['block', 'A-m', 'Our German team can help too: +49 30 1234 5678.'],
  ['block', 'E-m', 'Ring me on 0 7 9 1 1   1 2 3 4 5 6 if it is easier.'],
  ['block', 'A-m', 'Visit www.brightnest-shop.com for the manual and 15% off your next order.'],
  ['block', 'A-m', 'Follow us on Insta @brightnest.home for setup videos!'],
  ['block', 'E-m', 'Ping me on Skype (deskpro.uk) and I can walk you through it.'],
  ['block', 'A-m', 'French customers can call us on +33 6 12 34 56 78.'],
  ['block', 'E-m', 'Write to me directly: mark.h (at) gmail (dot) com'],
  ['block', 'A-m', 'Text me on WhatsApp, the number is in the leaflet in your box.'],
  ['block', 'A-m', 'Our US line is 212.555.0199 if you prefer to talk.'],
  ['block', 'A-m', 'Thanks! ⭐ Your replacement ships today 😊'],
  // block: incentives, conditional remedies, review requests where forbidden
  ['block', 'A-m', 'Leave us a 5-star review and we will send you a free replacement filter.'],
  ['block', 'E-m', 'I will refund the shipping as soon as you revise the feedback to positive.'],
  ['block', 'E-m', 'If you remove the negative feedback, I can PayPal you $15 for your trouble.'],
  ['block', 'A-r', 'Now that the replacement has arrived, would you mind updating your review?'],
  [
    'block',
    'A-m',
    'Could you please consider removing your 1-star review now that we have refunded you?',
  ],
  [
    'block',
    'E-m',
    'We would love a positive feedback, and there is a small thank-you gift for everyone who leaves one!',
  ],
  ['block', 'E-f', 'Please change your feedback first, then we will look into the problem.'],
  ['block', 'A-m', 'Get a $10 Amazon gift card when you update your review with a photo.'],
  ['block', 'E-m', 'Cash back for every 5-star feedback, just message us a screenshot.'],
  // block: personal data in public, eBay's 80 characters
  ['block', 'E-fp', 'Refunded Mr Tom Baker, 14 Elm Road, Leeds LS6 2AB. Sorry!'],
  ['block', 'A-fp', 'Sorry Jane, we have called you on 0161 496 0123 and arranged a refund.'],
  [
    'block',
    'E-fp',
    'We are truly sorry about the damaged parcel. A full refund has been issued and we improved our packing. Thanks!',
  ],
  // warn
  [
    'warn',
    'A-m',
    'As clearly stated in the listing, this charger is not compatible with the older model.',
  ],
  ['warn', 'A-m', 'You should have checked the size chart before ordering.'],
  ['warn', 'E-m', 'This is not our fault. The courier damaged it.'],
  ['warn', 'E-m', 'I am sorry, but we cannot accept returns on opened items.'],
  ['warn', 'A-m', 'Sorry for the trouble, however the product works fine when used correctly.'],
  [
    'warn',
    'A-m',
    'We have received your message. A representative will respond within 2 business days.',
  ],
  ['warn', 'E-m', 'Your request has been logged. Please wait for further updates.'],
  ['warn', 'A-m', 'You need to reply today or we will close the case.'],
  ['warn', 'E-m', 'Please stop sending messages, we will answer when we can.'],
  ['warn', 'E-fp', 'Item was as described. Buyer did not read the listing.'],
  ['warn', 'A-fp', 'We tested this unit before shipping, so the fault must be on your side.'],
  ['warn', 'E-m', 'Apologies, but the photos clearly show the item was dropped.'],
  [
    'warn',
    'A-m',
    'Thank you for contacting us. This is an automated reply; your case number is 55120.',
  ],
  [
    'warn',
    'E-m',
    'Again, as I explained in my last three messages, the tracking shows it was delivered.',
  ],
  ['warn', 'A-m', 'I have told you already, the battery must be charged for 8 hours first.'],
  ['warn', 'E-m', 'Return it by Friday at the latest, otherwise no refund.'],
  // clean
  [
    'clean',
    'A-m',
    'Hi Daniel, I am so sorry the kettle stopped heating after two weeks. I can send a replacement today or refund you in full. Which would you prefer?',
  ],
  [
    'clean',
    'A-m',
    'Your parcel is with UPS (tracking 1Z999AA10123456784). If you would like to change the delivery day, UPS can be reached on 1-800-742-5877.',
  ],
  [
    'clean',
    'A-m',
    'The blender is covered by a 2-year warranty with SquareTrade; you can file a claim with them on 1-877-927-7268 and I will follow up too.',
  ],
  [
    'clean',
    'A-m',
    'You can start the return from Your Orders; the steps are here: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
  ],
  [
    'clean',
    'E-m',
    "The return steps are on eBay's help page: https://www.ebay.co.uk/help/buying/returns-refunds/return-item-refund?id=4041 and I have already paid for the label.",
  ],
  [
    'clean',
    'A-m',
    'These red envelopes (hongbao) are printed in gold foil; the 24-pack you ordered ships tomorrow.',
  ],
  [
    'clean',
    'E-m',
    'Whether or not you change your feedback, the refund is yours. I sent it this morning.',
  ],
  [
    'clean',
    'E-m',
    'I am sorry the mug arrived chipped. A free replacement is on its way and there is no need to send the broken one back.',
  ],
  [
    'clean',
    'A-fp',
    'Thank you for the feedback. We have changed courier for your area so parcels arrive on time.',
  ],
  ['clean', 'E-fp', 'So sorry for the delay. Full refund sent today.'],
  [
    'clean',
    'A-fp',
    'Sorry this arrived late. We have refunded the shipping and reviewed our dispatch times.',
  ],
  [
    'clean',
    'A-m',
    'I understand how frustrating it is to wait. I have asked the courier to prioritise it and will message you here tomorrow with an update.',
  ],
  [
    'clean',
    'E-m',
    'The issue is sorted now, thank you for your patience. If you feel the feedback no longer reflects your experience, eBay lets you revise it; no pressure either way.',
  ],
  [
    'clean',
    'A-f',
    'Glad the replacement worked. If you wish, Amazon lets you update seller feedback once an issue is resolved.',
  ],
  [
    'clean',
    'A-m',
    'Order 114-3941689-8772232 was refunded today; it can take 3-5 business days to show on your card.',
  ],
  [
    'clean',
    'E-m',
    'I have added a 10% discount to your next order as an apology for the mix-up, and the correct size ships today.',
  ],
  [
    'clean',
    'A-m',
    'It was meant to be a gift, I know, so I have upgraded the replacement to next-day delivery at no cost.',
  ],
  [
    'clean',
    'E-m',
    'The LINE-OUT port is on the back panel, next to the power socket; a short cable is included.',
  ],
  [
    'clean',
    'A-m',
    'Please reply to this message with a photo of the label on the box, and I will check the batch.',
  ],
  [
    'clean',
    'E-m',
    'I am sorry for the confusion about the voltage. I can exchange it for the 230 V model or refund you, whatever suits you.',
  ],
  [
    'clean',
    'A-m',
    'Thanks for letting us know. You are right that the colour is darker than the photo; we have updated the listing, and I have refunded you in full.',
  ],
  ['clean', 'E-fp', 'Thanks for the kind words, enjoy the lamp!'],
  [
    'clean',
    'A-m',
    'Please do not worry about returning it. The refund of $34.99 has already been issued.',
  ],
  [
    'clean',
    'E-m',
    'The phone case for your model (iPhone 15) is back in stock; I have sent it free of charge since the first one cracked.',
  ],
  [
    'clean',
    'A-m',
    'Sorry about the missing screws. A spare pack left our warehouse today and should arrive by Thursday, 14 March.',
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND_SET_NAME }));

export const BLIND_SET: readonly (Labelled & { set: typeof BLIND_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
