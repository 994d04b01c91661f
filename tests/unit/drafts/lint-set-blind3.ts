// A fourth labelled set of reply drafts, written blind (session of issue 8, 2026-12-02): from the issue
// text, the PLAYBOOK and the site notes' rules only, before opening lib/drafts/ or the other sets' rows.
// It varies the evasions the way agents and buyers actually write (look-alike characters, digits one by
// one or with separators, keycap digits, QR cards in the parcel, disguised rewards) and holds the hard
// negatives a careful reviewer passes (brand names, specs, order and tracking numbers, 微 in ordinary
// words, a carrier's number on Amazon, a remedy stated apart from the review).
// Its first run, before any rule changed for it, is recorded in tests/tools/eval-lint.ts; after that only
// its tuning half (splitOf) may guide rule changes and its checking half is reported apart.
// Labels as in lint-set.ts: block / warn / clean, decided by what the PLAYBOOK says, not by the linter.
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND3_SET_NAME = 'blind3';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact, spelled every which way
  ['block', 'T-m', '亲，这边售后流程慢，您加一下我的 ｖ ｘ：meili_home88，我马上给您处理'],
  ['block', 'T-m', '有问题直接+薇：tt_home2024，图片发那边更清楚'],
  ['block', 'T-m', '加我wei信 shop_3321，我给您发安装视频'],
  ['block', 'T-m', '亲可以加我徽 信，号就是手机号 1 5 8 0 2 1 3 6 6 7 9'],
  ['block', 'T-m', '平台消息我这边经常漏看，直接打给我：135🔸2468🔸1357'],
  ['block', 'T-m', '售后电话 1️⃣3️⃣9️⃣0️⃣5️⃣7️⃣1️⃣2️⃣2️⃣3️⃣4️⃣，24小时有人接'],
  ['block', 'T-m', '包裹里有张小卡片，扫上面的二维码进福利群，售后处理更快'],
  ['block', 'T-m', '亲，您搜一下抖音号 lumi_jia 私信我，发教程给您'],
  ['block', 'T-m', '不方便在这里说，您加下扣扣 2 8 7 6 5 4 3 1 9 吧'],
  ['block', 'T-m', '您留个电话给我，我让师傅直接打给您约上门时间'],
  ['block', 'T-m', '平台消息有延迟，您直接拨 0571-8765 4321 找售后张姐'],
  ['block', 'A-m', '您好，照片麻烦发到 lin.shop【at】gmail【dot】com，我们当天回复'],
  ['block', 'A-m', '您好，为了更快处理，可以加我们的 Telegram：@homeshop_cs'],
  ['block', 'A-m', '您好😊，新的一台今天已经寄出，请注意查收'],
  ['block', 'E-m', '可以直接加我 Line：lumi.cs，我那边看得比较快'],
  // block: incentives, remedies tied to the review, review requests where forbidden
  ['block', 'T-m', '亲，确认收货给个五星，截图找我领 5 块红包'],
  ['block', 'T-m', '帮忙把差评改一下哈，改完私我领个hb'],
  ['block', 'T-m', '亲亲删个评呗，请你喝一杯奶茶呀～'],
  ['block', 'T-m', '好 评 晒 图 返 现 8 元，找客服登记'],
  ['block', 'T-m', '五星好坪+图，返店铺购物金十元'],
  ['block', 'T-m', '您改成好评后，我们这边马上同意退款'],
  ['block', 'T-m', '追加一个好评，送您一个同款小礼物～'],
  ['block', 'T-m', '给您返 10 元运费险的钱，辛苦改个好评'],
  ['block', 'T-m', '评价改成满意的话，下次下单给您包邮再送个赠品'],
  ['block', 'A-r', '问题已经解决了，方便的话把那条一星评论删掉吧，谢谢'],
  ['block', 'A-m', '您好，退款已经处理好，麻烦您把商品评论改一下，非常感谢'],
  // block: buyer data in a public reply
  ['block', 'T-rp', '感谢张女士反馈，已按您留的地址（杭州市西湖区文三路 88 号）补发'],
  ['block', 'T-rp', '您留的电话 13712345678 一直打不通，麻烦看到回个消息'],
  // warn: blame, arguing, sorry-but, pressure, cold acknowledgements
  ['warn', 'T-m', '这个是您自己装反了，说明书上写得清清楚楚'],
  ['warn', 'T-m', '不好意思，但是我们是按图发货的，不可能发错'],
  ['warn', 'T-m', '已收到，请耐心等待处理结果。'],
  ['warn', 'T-m', '请不要一直发消息了，再发我们就不回复了'],
  ['warn', 'T-m', '今天之内必须回复，不然就按您放弃售后处理'],
  ['warn', 'T-m', '产品本身没有问题，是您不会用'],
  ['warn', 'T-m', '这不是我们的责任，快递弄坏的您去找快递'],
  ['warn', 'T-m', '抱歉，不过页面上已经写了尺码偏小，您下单前应该看清楚'],
  ['warn', 'T-m', '别再催了，我们也在等仓库发货'],
  ['warn', 'T-rp', '您这样说就不对了，我们家一直都是正品，请不要乱评'],
  ['warn', 'A-m', '您的问题已登记，请等待后续通知。'],
  // clean: correct apologies and remedies
  ['clean', 'T-m', '亲，真的很抱歉让您收到有裂痕的杯子，我们马上给您补发一个新的，您看可以吗？'],
  ['clean', 'T-m', '非常抱歉耽误您用了，退款已经原路退回，1-3 个工作日到账。'],
  ['clean', 'T-m', '抱歉让您久等了，包裹停在中转站，我们已经催了快递公司，今天再给您更新进度。'],
  ['clean', 'T-m', '很理解您的心情，这个尺码确实不合适，给您免费换大一码，来回运费我们出。'],
  ['clean', 'T-m', '亲，不管评价怎么写，退款都会照常给您办，您放心。'],
  ['clean', 'T-m', '问题解决了就好。如果您愿意，可以在 30 天内修改一次评价，不改也完全没关系。'],
  ['clean', 'T-rp', '感谢反馈，漏发的配件已经补寄，给您添麻烦了，我们也加强了出库检查。'],
  ['clean', 'A-m', '您好，非常抱歉灯罩在运输中压坏了，新的已经寄出，旧的不用退回。'],
  // clean: hard negatives
  ['clean', 'T-m', '您买的是微波炉专用饭盒，可以放心加热，盖子打开一点就行'],
  ['clean', 'T-m', '微调一下支架的角度就能卡紧了，我把示意图发在这里'],
  ['clean', 'T-m', '这款是 LINE FRIENDS 布朗熊联名款，官方授权，吊牌上有防伪码'],
  ['clean', 'T-m', '订单号 1389 2024 0618 7766 的退款已经处理，请留意到账'],
  ['clean', 'T-m', '红包袋 100 个装少了 20 个，我们今天给您补发'],
  ['clean', 'T-m', '这款充电宝是 20000mAh，输出 22.5W，尺寸 138×68×28mm，可以带上飞机'],
  ['clean', 'T-m', '音箱支持 QQ 音乐和网易云音乐，蓝牙连上就能放'],
  ['clean', 'T-m', '已经为您申请了运费险，理赔款会由保险公司直接打到您的账户'],
  ['clean', 'T-m', '退货流程在淘宝帮助中心有说明，点订单里的“申请售后”就可以'],
  ['clean', 'A-m', '您好，顺丰的客服电话是 95338，可以报运单号 SF1402 3366 8890 查询派送时间'],
  ['clean', 'T-rp', '红包封面是烫金工艺，个别批次有掉金，我们已换了供应商'],
  ['clean', 'T-m', '包装有轻微压痕，真的很抱歉，里面的杯子我们再帮您检查一遍'],
];

const HANT: Row[] = [
  // block: off-platform contact
  ['block', 'T-m', '親，加我LINE：@shop88，我傳影片給你看怎麼裝'],
  ['block', 'T-m', '有問題加個賴 id: kk_shop，比較快'],
  ['block', 'T-m', '歡迎私訊我們的粉專「小鹿家居」，客服會一對一處理'],
  ['block', 'T-m', '直接打給我 0912-345-678，我幫你查'],
  ['block', 'T-m', '麻煩打門市 (02) 2345-6789，找陳小姐'],
  ['block', 'E-m', '您好，香港的買家可以 WhatsApp 我們：+852 9123 4567'],
  ['block', 'T-m', '加我 ＩＧ：lumi.tw 私訊，照片比較好傳'],
  ['block', 'T-m', '我的手機 0 9 3 3 ‧ 1 2 3 ‧ 4 5 6，方便的話直接聯絡'],
  ['block', 'A-m', '您好，照片可以寄到 service (at) lumi-tw (dot) com'],
  ['block', 'A-m', '我們的官網 lumi-tw.com 有更詳細的保固說明，也可以在那裡下單'],
  ['block', 'T-m', '包裹裡附了一張QR卡，掃碼加入會員群組，售後都在群組處理'],
  ['block', 'T-m', '加入我們的 L I N E 官方帳號 @lumitw，客服在裡面'],
  // block: incentives, remedies tied to the review
  ['block', 'T-m', '好評送購物金 50 元，留言截圖給客服就可以'],
  ['block', 'T-m', '五星評價回饋折價券一張，下次購物可用'],
  ['block', 'T-m', '您把評價刪掉以後，我們就幫您辦退款'],
  ['block', 'T-m', '改成好評的話，下一單幫您免運再加贈小禮物'],
  ['block', 'T-m', '親，評價幫忙修改一下，我發個紅 包給您'],
  ['block', 'T-m', '幫我們留個好評，請您喝杯珍奶～'],
  ['block', 'E-m', '您修改評價之後我們再寄出替換品'],
  ['block', 'A-r', '東西已經換好了，可以麻煩您把評論改成五顆星嗎？'],
  ['block', 'T-m', '好評有禮，五星附圖找客服領 20 元'],
  // block: buyer data in a public reply
  ['block', 'T-rp', '已照您留的地址台中市西屯區台灣大道三段 99 號重新寄出'],
  ['block', 'E-fp', '已聯絡 0922-111-333 的林先生，改寄新品'],
  // warn
  ['warn', 'T-m', '是您自己沒看清楚規格，頁面上都有寫'],
  ['warn', 'T-m', '抱歉，但是這是您個人使用的問題'],
  ['warn', 'T-m', '已收到您的訊息，我們將盡快處理，請耐心等候。'],
  ['warn', 'T-m', '請不要再傳訊息了，有結果會通知你'],
  ['warn', 'T-m', '這不是我們的問題，請洽物流'],
  ['warn', 'T-m', '請於今天內回覆，否則視同放棄退換貨'],
  ['warn', 'T-rp', '商品出貨前都檢查過，您說的情況不可能發生'],
  ['warn', 'T-m', '你一直傳訊息我們也沒辦法更快，再這樣我們就檢舉'],
  ['warn', 'A-m', '感謝您的來信，我們已收到，客服人員將於 48 小時內回覆。'],
  ['warn', 'T-m', '不好意思，可是說明書第 3 頁寫得很清楚，是你沒照著做'],
  // clean: correct apologies
  ['clean', 'T-m', '非常抱歉讓您收到破損的商品，我們立刻為您補寄一個新的，您看可以嗎？'],
  ['clean', 'T-m', '很抱歉讓您久等，包裹卡在轉運站，我們已經請物流加急，明天再跟您更新。'],
  ['clean', 'T-m', '理解您的心情，退款已經送出，大約 3 到 5 個工作天會入帳。'],
  ['clean', 'T-m', '不論您的評價怎麼寫，換貨都會照常處理，請放心。'],
  ['clean', 'T-m', '問題解決了真是太好了。30 天內如果您願意，可以修改一次評價，不改也沒關係。'],
  ['clean', 'A-m', '您好，很抱歉尺寸不合，已經幫您建立免費退貨，退貨標籤在訂單頁可以下載。'],
  ['clean', 'T-rp', '謝謝您的回饋，少寄的螺絲已經補上，也加強了出貨前的清點。'],
  ['clean', 'E-fp', '抱歉耽誤了，已全額退款並加強包裝。'],
  // clean: hard negatives
  ['clean', 'T-m', '這隻是 LINE FRIENDS 熊大玩偶，30 公分，正版授權'],
  ['clean', 'T-m', '微波爐可以直接加熱這個便當盒，但蓋子請先打開'],
  ['clean', 'T-m', '螢幕微微偏黃是護眼模式，設定裡關掉就正常了'],
  ['clean', 'A-m', '您好，訂單 112-0912345-6789012 的替換品已經出貨'],
  ['clean', 'A-m', '黑貓宅急便的客服電話是 0800-365-168，可以報單號改配送時間'],
  ['clean', 'T-m', '行動電源容量 10000mAh，輸入 5V/2A，充滿約 4 小時'],
  ['clean', 'T-m', '紅包袋一包 50 入，少寄的部分今天補給您'],
  ['clean', 'T-m', '這款藍牙喇叭可以連 LINE 通話和 Spotify，配對方式寫在盒子背面'],
  ['clean', 'T-rp', '微笑標誌是品牌商標，不是瑕疵，造成誤會很抱歉'],
];

const EN: Row[] = [
  // block: off-platform contact
  ['block', 'A-m', 'For a faster fix, text me on WhatsApp: +1 (415) 555-0132'],
  [
    'block',
    'A-m',
    'Please email the photos to help [at] brightlamp [dot] co and we will sort it today.',
  ],
  ['block', 'E-m', 'Quicker to reach me on T e l e g r a m, handle is brightlamp_uk'],
  ['block', 'A-m', 'Find us on Insta @brightlamp_official for faster replies.'],
  ['block', 'E-m', 'Give me a ring: 0 7 9 1 1 - 1 2 3 - 4 5 6'],
  ['block', 'A-m', 'Scan the QR code on the insert card to join our VIP support group.'],
  ['block', 'A-m', 'The manual is at www.brightlamp-store.com/manuals if you need it.'],
  ['block', 'E-m', 'Add me on WhаtsApp (same number as on the invoice) and I can video call you.'],
  ['block', 'A-m', 'Thanks so much 🙏 the replacement ships today.'],
  ['block', 'E-m', 'My direct line is 020 7946 0958, call any time before 6.'],
  ['block', 'A-m', 'Drop me a DM on Facebook, page name Bright Lamp Co.'],
  ['block', 'E-m', 'You can reach me at +49 151 2345 6789 on Signal or WhatsApp.'],
  ['block', 'A-m', 'Send me your number and I will call you to walk through the setup.'],
  ['block', 'E-m', 'Skype me at brightlamp.support and I will show you the fix.'],
  // block: incentives, review-conditional remedies, review requests where forbidden
  ['block', 'A-m', 'Update your review to 5 stars and we will send you a $10 gift card.'],
  ['block', 'E-m', 'Once you revise the feedback to positive, I will process the refund.'],
  ['block', 'A-r', 'Now that the replacement has arrived, could you remove your review?'],
  ['block', 'A-m', 'Leave us a positive review and get a free replacement bulb.'],
  ['block', 'A-m', 'Use code THANKS20 on your next order for 20% off.'],
  ['block', 'E-m', "I'll Venmo you five bucks for bumping the rating up."],
  ['block', 'E-m', "There's a little something in it for you if that feedback goes away."],
  ['block', 'A-m', 'We will refund you in full as soon as the review is taken down.'],
  ['block', 'E-m', 'Happy to throw in a free case if you change the neutral to a positive.'],
  [
    'block',
    'A-r',
    'Would you consider editing your 2-star review now that we have fixed it? Thank you!',
  ],
  ['block', 'E-m', 'Return label sent. Once we get a positive feedback we will ship the new one.'],
  // block: public replies with buyer data or over eBay's limit
  [
    'block',
    'E-fp',
    'We are very sorry about the delay: customs held the parcel and we refunded you in full today.',
  ],
  ['block', 'A-fp', 'Resent to 14 Elm Road, Leeds LS6 2AB as you asked.'],
  ['block', 'E-fp', 'Called you on 07700 900123, refund done.'],
  // warn
  ['warn', 'E-m', 'Please stop sending us messages; we will reply when we have an update.'],
  ['warn', 'A-m', 'As stated clearly in the listing, the size runs small.'],
  ['warn', 'E-m', 'Sorry, but this is not a defect.'],
  ['warn', 'E-m', 'You must have dropped it, these do not crack on their own.'],
  [
    'warn',
    'A-m',
    'Thank you for contacting us. Your request has been logged. A team member will respond within 48 hours.',
  ],
  ['warn', 'E-m', 'We need your answer by tomorrow or we will close the case.'],
  ['warn', 'E-m', 'If you keep messaging us we will report you to eBay.'],
  ['warn', 'E-m', 'Not our fault, the courier lost it. Take it up with them.'],
  ['warn', 'A-m', 'You clearly did not read the instructions before plugging it in.'],
  ['warn', 'A-m', 'Apologies, however the item was working perfectly when it left us.'],
  ['warn', 'E-fp', 'Buyer did not read the listing. Item as described.'],
  ['warn', 'E-m', 'This is the third time you have asked. The answer has not changed.'],
  ['warn', 'A-m', 'We received your message. Please allow 3-5 business days for a response.'],
  // clean: correct apologies
  [
    'clean',
    'A-m',
    "I'm so sorry the kettle arrived dented. A replacement is on its way, and there's no need to send the old one back.",
  ],
  [
    'clean',
    'A-m',
    'Sorry for the trouble. Your refund of $24.99 was issued today and should reach your card in 3-5 business days.',
  ],
  [
    'clean',
    'E-m',
    'I understand how frustrating a late parcel is. I have opened a claim with the carrier and will update you by Friday.',
  ],
  [
    'clean',
    'E-m',
    'Glad the replacement works. If you feel it is fair, eBay lets you revise the feedback; no pressure either way.',
  ],
  [
    'clean',
    'A-f',
    "Now that it's sorted, you're welcome to update your seller feedback if you wish.",
  ],
  ['clean', 'E-m', 'Whatever you decide about the feedback, the refund stands.'],
  [
    'clean',
    'E-m',
    'Sorry for the delay. I have sent a 10% voucher to your eBay account for your next order, regardless of feedback.',
  ],
  ['clean', 'E-fp', 'Sorry it arrived late. Refunded in full and we changed couriers.'],
  [
    'clean',
    'A-fp',
    'We are sorry the lid cracked in transit. The customer has been refunded and we now double-box glass items.',
  ],
  // clean: hard negatives
  ['clean', 'A-m', 'The LINE FRIENDS Brown plush is 30 cm tall and ships from our US warehouse.'],
  ['clean', 'A-m', 'The charger outputs 65W over USB-C; the cable is 1.8 m long.'],
  ['clean', 'A-m', 'Your new order is 114-4155550-1324567 and it ships tomorrow.'],
  ['clean', 'E-m', 'Tracking for the replacement: 1Z 999 AA1 01 2345 6784 (UPS).'],
  ['clean', 'A-m', 'You can reach UPS on 1-800-742-5877 to reschedule the delivery.'],
  [
    'clean',
    'A-m',
    'The extended warranty is handled by Asurion; their claims line is 1-866-551-5924.',
  ],
  [
    'clean',
    'A-m',
    "Amazon's return help page explains the steps: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7",
  ],
  ['clean', 'E-m', 'The gift card holder you ordered is back in stock; a new one ships today.'],
  [
    'clean',
    'A-m',
    'This model works with Alexa and Google Home, and the app is called Bright Home.',
  ],
  ['clean', 'E-m', 'Item 2847-5566-1190 is the 12V version; the 24V one is listed separately.'],
  ['clean', 'A-m', 'The headset is certified for Microsoft Teams and Skype for Business calls.'],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND3_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND3_SET_NAME }));

export const BLIND3_SET: readonly (Labelled & { set: typeof BLIND3_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
