// A labelled set of reply drafts for measuring lintDraft() (tests/tools/eval-lint.ts, lint-set.test.ts).
//
// Written before the rules were tuned on it, and kept honest since: an entry's label says what a
// careful compliance reviewer would decide, not what the linter happens to do. Labels:
//   block  the draft breaks a marketplace rule (off-platform contact, an incentive or a remedy tied to
//          the review, an Amazon review request, buyer data in public, …): insertion must be refused;
//   warn   compliant but the tone hurts (blame, arguing, "sorry, but", pressure, a cold auto-reply);
//   clean  a draft an agent may send as it is. Many are hard negatives: correct apologies, 红包 as the
//          product, a carrier's number on Amazon, a help-page link, a remedy stated apart from the review.
// The set is split into a tuning and a checking half by a fixed hash of the text (splitOf), so the
// checking half measures how the rules generalise.

export type Label = 'block' | 'warn' | 'clean';
export type SetLang = 'zh-Hans' | 'zh-Hant' | 'en';
/** platform-kind[-public]: A amazon, E ebay, T taobao; m messages, r reviews, f feedback. */
export type Ctx = 'A-m' | 'A-r' | 'A-f' | 'A-fp' | 'E-m' | 'E-f' | 'E-fp' | 'T-m' | 'T-r' | 'T-rp';

export interface Labelled {
  label: Label;
  lang: SetLang;
  ctx: Ctx;
  text: string;
  /** Written after the rules and never tuned on (see FRESH_*). */
  fresh?: boolean;
}

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact, in all its spellings
  ['block', 'T-m', '亲，这边处理不方便，加我微信 abc123 详细说哈'],
  ['block', 'T-m', '您可以加一下薇信：shop_888，我们给您视频指导安装'],
  ['block', 'T-m', '麻烦加 V 信 tb2024，售后更快'],
  ['block', 'T-m', '加v：kefu01 发图片给我就行'],
  ['block', 'T-m', '有问题直接加微 13912345678 找我'],
  ['block', 'T-m', '方便的话留个ＱＱ，我们发教程：１２３４５６７８９'],
  ['block', 'T-m', '可以扣扣联系：88776655'],
  ['block', 'T-m', '您搜一下 w x 号 meijia_kf，那边有专人'],
  ['block', 'T-m', '我们客服的徽信是 ab-520，随时找我'],
  ['block', 'A-m', '请加我微信：abc123，或者 WhatsApp 也可以'],
  ['block', 'A-m', '亲，您可以通过 Telegram 联系我们：@shopcare'],
  ['block', 'E-m', '方便的话请发邮件到 service (at) myshop (dot) com，我们尽快处理'],
  ['block', 'A-m', '您可以直接打我们电话 138-0013-8000，我们帮您处理退货'],
  ['block', 'T-m', '电话联系我吧：0755-26881234'],
  ['block', 'T-m', '扫一下图里的二维码，进群领售后'],
  ['block', 'E-m', '我们建议您用 Skype 联系：myshop.support'],
  ['block', 'T-m', '这个问题我们私下转账给您，不走平台了'],
  ['block', 'T-m', '添加威信 ｋｆ８８８ 即可'],
  // block: incentives and conditional remedies
  ['block', 'T-m', '亲，好评返现5元，截图找客服领取'],
  ['block', 'T-m', '好 评 返 现，记得带图哦'],
  ['block', 'T-m', '追评有礼！追加评价后联系客服领取小礼品'],
  ['block', 'T-m', '您把差评删了，我们马上给您退款'],
  ['block', 'T-m', '只要修改一下评价，运费险的钱我们返给您'],
  ['block', 'T-m', '麻烦改成好评，给您发个红包表示感谢'],
  ['block', 'T-m', '删评送5元无门槛优惠券一张'],
  ['block', 'T-m', '亲亲，五星好评晒图可以领取一份赠品哦'],
  ['block', 'T-m', '如果您愿意把评价改一下，我们再额外补偿您20元'],
  ['block', 'E-m', '您修改评价之后，我们会把全额退款打给您'],
  ['block', 'A-r', '问题解决后，麻烦您把评论改一下'],
  ['block', 'A-r', '希望您能给我们一个五星好评'],
  ['block', 'A-m', '我们送您一张优惠券，下次购物可以用'],
  ['block', 'T-rp', '已联系买家，电话13812345678，地址杭州市西湖区文三路100号'],
  ['block', 'T-rp', '这位买家王女士（手机 139 0000 1234）已经签收'],
  ['block', 'T-m', '差评改为好评后返2元'],
  ['block', 'T-m', '帮忙撤销一下差评，小红包奉上'],
  // warn: tone
  ['warn', 'T-m', '亲，详情页已经写得很清楚了，是您自己没看清楚'],
  ['warn', 'T-m', '这个是您使用方法不对造成的，不是我们的问题'],
  ['warn', 'T-m', '很抱歉，但是这属于正常现象，我们没办法'],
  ['warn', 'T-m', '对不起给您带来不便，不过说明书上写了要先充电'],
  ['warn', 'T-m', '您必须今天之内回复，否则我们就不处理了'],
  ['warn', 'T-m', '已登记，请耐心等待。'],
  ['warn', 'T-m', '您的问题已经记录，请耐心等候处理结果。'],
  ['warn', 'T-m', '亲，已反馈给相关部门，请耐心等待。'],
  ['warn', 'E-m', '我们已收到您的消息，客服会在48小时内回复您。'],
  ['warn', 'T-m', '快递的问题跟我们没关系，您去找快递公司吧'],
  ['warn', 'T-m', '您赶紧确认收货吧，别再拖了'],
  ['warn', 'T-m', '是您自己操作不当把它弄坏的'],
  ['warn', 'T-m', '我们卖了几千件都没问题，就您这里有问题'],
  ['warn', 'A-m', '抱歉让您久等了，可是物流慢我们也控制不了'],
  ['warn', 'T-m', '您应该先看一下尺码表再下单的'],
  // clean: hard negatives included
  [
    'clean',
    'T-m',
    '您好，非常抱歉给您带来不好的体验。我们已经为您安排补发，今天就会发出，您看这样可以吗？',
  ],
  [
    'clean',
    'T-m',
    '亲，我理解您的感受。您拍的照片我们已经收到了，这边直接为您办理全额退款，不需要退回商品。',
  ],
  ['clean', 'T-m', '您购买的新年红包（利是封）印刷有误，我们马上为您补发一批新的红包封。'],
  ['clean', 'T-m', '这款红包袋的烫金颜色和图片有色差，非常抱歉，我们为您换一款或者退款都可以。'],
  ['clean', 'T-m', '无论您是否修改评价，我们都会为您补发配件，这和评价没有任何关系。'],
  [
    'clean',
    'T-rp',
    '非常抱歉给您带来不好的体验。我们已为您办理全额退款，并已要求仓库加强出库检查。如有其他需要，欢迎随时通过旺旺联系我们。',
  ],
  ['clean', 'T-m', '退款已经原路返还，一般1到3个工作日到账，请您留意一下。'],
  ['clean', 'T-m', '运费险是平台自动理赔的，退货运费会赔付到您的账户，这个不用担心。'],
  ['clean', 'T-m', '我们不会要求您修改评价，只希望把问题处理好。'],
  [
    'clean',
    'T-m',
    '您说的漏液问题我们非常重视，已经让仓库检查同一批次。您希望换新还是退款？我们都可以马上安排。',
  ],
  [
    'clean',
    'A-m',
    '您好，很抱歉包裹延误了。我们已联系承运商，追踪显示明天送达；如果明天还没收到，我们会立即为您补发。',
  ],
  ['clean', 'A-m', '包裹由 UPS 承运，您也可以直接致电 UPS 客服 1-800-742-5877 查询派送时间。'],
  [
    'clean',
    'A-m',
    '关于退货流程，您可以参考亚马逊帮助页面：https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
  ],
  [
    'clean',
    'T-m',
    '亲，真的很抱歉，是我们发错了颜色。正确的颜色今天已经给您寄出，错发的那件您留着就好。',
  ],
  [
    'clean',
    'E-f',
    '非常感谢您的耐心。问题已经解决了，如果您觉得合适，可以根据实际情况更新评价；不更新我们也完全理解。',
  ],
  [
    'clean',
    'T-r',
    '问题已经处理完毕。如果您觉得合适，可以在30天内根据实际体验修改一次评价，当然这完全由您决定。',
  ],
  ['clean', 'T-m', '但愿新的配件能让您满意，有任何问题随时告诉我。'],
  ['clean', 'T-m', '我们必须向您说声对不起，这次确实是我们的疏忽。'],
  [
    'clean',
    'T-m',
    '谢谢您这么详细地描述问题，这对我们排查帮助很大。我们先为您补发一个新的充电器，三天左右到。',
  ],
  ['clean', 'T-m', '为了表示歉意，我们为您补偿了10元，和评价无关，您不需要做任何操作。'],
  ['clean', 'T-m', '您提到孩子下周生日要用，我们已经改为顺丰加急，周五前能送到。'],
  ['clean', 'T-m', '非常感谢您的好评！看到您喜欢这款台灯，我们特别开心，祝您使用愉快。'],
  [
    'clean',
    'T-m',
    '关于您说的异味，新买的皮具确实可能有些气味，我们可以教您几个去味的小方法；如果您不满意，也可以直接退货，运费我们承担。',
  ],
];

const HANT: Row[] = [
  // block
  ['block', 'T-m', '親，這邊處理不方便，加我微信 abc123 詳細說'],
  ['block', 'T-m', '您可以加我的LINE：shop520，我們用視訊教您安裝'],
  ['block', 'T-m', '有問題直接加賴 @kf888 就可以'],
  ['block', 'A-m', '請加我們的 Line ID：myshop_tw，比較快'],
  ['block', 'A-m', '方便的話用 WhatsApp 聯絡我們：+852 9123 4567'],
  ['block', 'E-m', '您可以直接打給我們：0912-345-678'],
  ['block', 'E-m', '請寄信到 service＠myshop．com，我們會盡快處理'],
  ['block', 'T-m', '加一下薇信 tw_kf 吧'],
  ['block', 'T-m', '麻煩加ｖｘ：ｋｆ２０２４，售後比較快'],
  ['block', 'A-m', '請打我們台北的電話 (02) 2345-6789 詢問'],
  ['block', 'T-m', '用 QQ 聯繫也行：12345678'],
  ['block', 'A-m', '您也可以到我們的 Facebook 粉絲專頁私訊我們'],
  // block: incentives
  ['block', 'T-m', '親，好評返現10元，截圖找客服領取'],
  ['block', 'T-m', '好評送紅包，五星再加碼'],
  ['block', 'T-m', '您把差評刪了，我們馬上幫您退款'],
  ['block', 'T-m', '只要修改評價，運費險的錢我們返給您'],
  ['block', 'T-m', '追評有禮，晒圖再送小禮物'],
  ['block', 'E-m', '如果您願意把評價改成好評，我們再補償您一張禮券'],
  ['block', 'A-r', '問題解決後，能不能請您把評論刪掉？'],
  ['block', 'A-r', '希望您可以給我們五星好評'],
  ['block', 'T-rp', '已聯繫買家陳先生，手機 0912 345 678，會重新寄送'],
  ['block', 'T-m', '刪　評　送　紅　包'],
  ['block', 'A-m', '附上折扣碼 SAVE20，下次購物可以用'],
  ['block', 'T-m', '改評價之後，我們再把剩下的款項退給您'],
  ['block', 'E-m', '我們的官網 www.myshop-tw.com 有更多商品，歡迎逛逛'],
  // warn
  ['warn', 'T-m', '親，詳情頁已經寫得很清楚了，是您自己沒看清楚'],
  ['warn', 'T-m', '這是您使用方法不對造成的，不是我們的問題'],
  ['warn', 'T-m', '很抱歉，但是這屬於正常現象'],
  ['warn', 'T-m', '對不起給您帶來不便，不過說明書上已經寫了要先充電'],
  ['warn', 'T-m', '您必須今天回覆，否則我們就不處理了'],
  ['warn', 'T-m', '已登記，請耐心等候。'],
  ['warn', 'T-m', '您的問題已經記錄，請耐心等待處理結果。'],
  ['warn', 'E-m', '我們已收到您的訊息，客服人員將於48小時內回覆您。'],
  ['warn', 'T-m', '物流的問題跟我們沒關係，請您去找快遞公司'],
  ['warn', 'T-m', '您趕快確認收貨，不要再拖了'],
  ['warn', 'T-m', '是您自己操作不當弄壞的'],
  ['warn', 'A-m', '抱歉讓您久等，可是物流慢我們也沒辦法'],
  ['warn', 'T-m', '您應該先看尺碼表再下單'],
  ['warn', 'T-m', '我們賣了上千件都沒問題，就您這邊有問題'],
  ['warn', 'T-m', '已轉交相關部門，請耐心等待通知。'],
  // clean
  [
    'clean',
    'T-m',
    '您好，非常抱歉給您帶來不好的體驗。我們已經為您安排補寄，今天就會寄出，您看這樣可以嗎？',
  ],
  [
    'clean',
    'T-m',
    '我理解您的感受。您拍的照片我們收到了，這邊直接為您辦理全額退款，商品不用寄回。',
  ],
  ['clean', 'T-m', '您購買的新年紅包袋印刷有誤，我們馬上為您補寄一批新的紅包袋。'],
  ['clean', 'T-m', '無論您是否修改評價，我們都會為您補寄配件，這和評價沒有任何關係。'],
  [
    'clean',
    'T-rp',
    '非常抱歉給您帶來不好的體驗。我們已為您辦理全額退款，並要求倉庫加強出貨檢查。如有其他需要，歡迎隨時透過站內訊息聯繫我們。',
  ],
  ['clean', 'T-m', '退款已經原路退回，一般1到3個工作天到帳，請您留意。'],
  ['clean', 'A-m', '包裹由 UPS 承運，您也可以直接撥打 UPS 客服 1-800-742-5877 查詢派送時間。'],
  [
    'clean',
    'A-m',
    '退貨流程可以參考亞馬遜的說明頁面：https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
  ],
  ['clean', 'T-m', '真的很抱歉，是我們寄錯了顏色。正確的顏色今天已經寄出，寄錯的那件您留著就好。'],
  [
    'clean',
    'E-f',
    '非常感謝您的耐心。問題已經解決了，如果您覺得合適，可以依實際情況更新評價；不更新我們也完全理解。',
  ],
  ['clean', 'T-m', '我們必須向您說聲對不起，這次確實是我們的疏忽。'],
  ['clean', 'T-m', '謝謝您這麼詳細地描述問題。我們先為您補寄一個新的充電器，大約三天到。'],
  ['clean', 'T-m', '為了表示歉意，我們補償您10元，和評價無關，您不需要做任何操作。'],
  ['clean', 'T-m', '非常感謝您的好評！看到您喜歡這款檯燈，我們特別開心。'],
  [
    'clean',
    'A-m',
    '很抱歉包裹延誤了。我們已聯繫承運商，追蹤顯示明天送達；如果明天還沒收到，我們會立即為您補寄。',
  ],
  ['clean', 'T-m', '您提到下週要送人，我們已經改成加急配送，週五前能送到。'],
  [
    'clean',
    'T-m',
    '您說的漏水問題我們非常重視，已經請倉庫檢查同一批次。您希望換新還是退款？我們都可以馬上安排。',
  ],
  ['clean', 'T-m', '我們不會要求您修改評價，只希望把問題處理好。'],
  ['clean', 'E-m', '如果方便的話，請直接在這則訊息裡回覆，我們會在今天內處理。'],
  ['clean', 'T-m', '這批產品線我們已經全部重新檢查過了，您的新品今天寄出。'],
];

const EN: Row[] = [
  // block: off-platform contact
  ['block', 'A-m', 'Please add me on WhatsApp +44 7700 900123 so we can sort this faster.'],
  ['block', 'A-m', 'You can reach me on WeChat: shopcare88.'],
  ['block', 'A-m', 'Feel free to email me at jenny.shop@gmail.com with the photos.'],
  ['block', 'A-m', 'Send the photos to support (at) brightlamp (dot) com and we will handle it.'],
  ['block', 'A-m', 'Call us on (415) 555-0132 any time.'],
  ['block', 'A-m', 'For a quicker answer, visit our website www.brightlamp-store.com/support.'],
  ['block', 'E-m', 'Text me on W h a t s A p p: 07700 900456.'],
  ['block', 'E-m', 'My Telegram is @fixit_uk, message me there.'],
  ['block', 'E-m', 'Please contact me outside eBay at sales[at]gadgethub[dot]co[dot]uk.'],
  ['block', 'E-m', 'Add me on Skype: gadget.hub.support and I will video call you.'],
  ['block', 'A-m', 'Whats app me at +1 646 555 0199 and I will send the part.'],
  ['block', 'E-m', 'We can do this off eBay and save you the fees.'],
  ['block', 'A-m', 'Follow us on Instagram @brightlamp for setup videos.'],
  ['block', 'A-m', 'Ring our Berlin office on +49 30 1234 5678.'],
  ['block', 'A-m', 'Message us on WhаtsApp: 0044 7700 900777.'],
  ['block', 'A-m', 'Write to us at suppоrt@lampcо.com (that is our direct line).'],
  ['block', 'A-m', 'You can also LINE us: lampshop_tw.'],
  ['block', 'E-m', 'Call me on 06 12 34 56 78, I am in Paris.'],
  // block: incentives and conditions
  ['block', 'E-m', 'We will refund you in full once you update your feedback.'],
  ['block', 'E-m', 'If you revise the negative feedback, we will send you a free replacement.'],
  ['block', 'A-r', 'Would you consider updating your review now that the issue is fixed?'],
  ['block', 'A-r', 'A 5-star review would mean the world to us!'],
  ['block', 'E-m', 'Leave us positive feedback and we will send you a $10 gift card.'],
  ['block', 'T-m', 'Update your review to five stars and get 20% cashback.'],
  ['block', 'E-m', 'We are happy to give you a free item as a thank-you for changing your rating.'],
  ['block', 'A-m', 'Here is a coupon code SAVE15 for your next purchase.'],
  ['block', 'E-m', 'Your refund will go through as soon as the feedback is removed.'],
  ['block', 'A-r', 'Please remove your review and we will refund the full amount.'],
  [
    'block',
    'E-fp',
    'Buyer John Smith, 12 Baker Street, London, called us on 07700 900123 and we sorted it.',
  ],
  [
    'block',
    'E-fp',
    'We are so sorry for the late delivery. We refunded the shipping and improved our packing checks so this will not happen again.',
  ],
  ['block', 'E-m', 'Revise your feedback and we will throw in a free gift.'],
  ['block', 'A-f', 'Once you remove the feedback, we will issue the refund right away.'],
  ['block', 'E-m', 'We will pay you back the postage if you edit your rating to positive.'],
  ['block', 'A-m', 'Thanks so much for your order 😊 we hope you love it!'],
  ['block', 'E-m', 'Change your 1-star rating and receive a discount on your next order.'],
  // warn: tone
  ['warn', 'A-m', 'You should have read the size chart before ordering.'],
  ['warn', 'A-m', 'It seems you used it incorrectly; the manual explains this.'],
  ['warn', 'A-m', 'This is not our fault, the carrier lost the parcel.'],
  ['warn', 'A-m', 'As clearly stated in the listing, the lamp needs a separate adapter.'],
  ['warn', 'A-m', 'We are sorry, but we cannot accept returns after 30 days.'],
  [
    'warn',
    'E-m',
    'I apologise for the trouble. However, the item was tested before dispatch and worked fine.',
  ],
  ['warn', 'E-m', 'You must reply within 24 hours or the case will be closed.'],
  [
    'warn',
    'E-m',
    'We have received your message. A representative will respond within 24-48 hours.',
  ],
  [
    'warn',
    'A-m',
    'Thank you for contacting us. Your request has been logged and will be processed in due course.',
  ],
  ['warn', 'A-m', 'Your complaint has been registered. Please wait patiently for our reply.'],
  ['warn', 'E-m', 'Nothing wrong with the item, this is completely normal for leather.'],
  ['warn', 'A-m', 'Please confirm immediately so we can close this.'],
  ['warn', 'A-m', 'Sorry about that, but the description says it is not waterproof.'],
  ['warn', 'E-m', 'We sell thousands of these and nobody else has complained.'],
  ['warn', 'A-m', 'If you had followed the instructions, this would not have happened.'],
  ['warn', 'E-m', 'This is an automated reply. We will get back to you as soon as possible.'],
  ['warn', 'A-m', 'We regret the inconvenience, however the delay was caused by customs, not us.'],
  ['warn', 'E-m', 'You need to return the item first, otherwise there is nothing we can do.'],
  // clean
  [
    'clean',
    'A-m',
    'Dear Anna, I am so sorry the lamp arrived with a cracked shade. I have already sent a replacement at our cost; it should arrive on Thursday.',
  ],
  [
    'clean',
    'A-m',
    'I understand how frustrating this is. Thank you for the photos you sent; there is no need to send anything else. Would a full refund or a new unit suit you better?',
  ],
  [
    'clean',
    'A-m',
    'The parcel is with UPS; you can also call UPS directly on 1-800-742-5877 to arrange a delivery time.',
  ],
  [
    'clean',
    'A-m',
    'For the warranty, the manufacturer’s service line is 1-888-555-0100 (Monday to Friday).',
  ],
  [
    'clean',
    'A-m',
    'Amazon explains the return steps here: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
  ],
  [
    'clean',
    'E-m',
    'eBay’s guide to returns is at https://www.ebay.com/help/returns-refunds/returns-refunds/return-item-refund?id=4041',
  ],
  [
    'clean',
    'E-m',
    'We will refund you in full whether or not you change your feedback; the two are not connected.',
  ],
  [
    'clean',
    'E-f',
    'Thank you for your patience. Now that the issue is resolved, if you feel it is fair, you are welcome to revise your feedback; if not, we completely understand.',
  ],
  ['clean', 'E-fp', 'Sorry about the delay. We refunded your shipping.'],
  [
    'clean',
    'A-m',
    'I am truly sorry. You are right that the colour differs from the photos, and we are updating the listing.',
  ],
  [
    'clean',
    'A-m',
    'We are very sorry for the delay. I have asked the warehouse to ship a new unit today, and I will send you the tracking number as soon as I have it.',
  ],
  [
    'clean',
    'A-m',
    'Not only will we replace the charger, but we will also cover the return postage.',
  ],
  [
    'clean',
    'A-m',
    'Thank you so much for the lovely review! We are glad the lamp brightens your desk.',
  ],
  [
    'clean',
    'A-m',
    'You mentioned you need it before your daughter’s party on Saturday, so we have upgraded the shipping to next-day delivery.',
  ],
  [
    'clean',
    'A-m',
    'Our product line was recalled for checks last week; your new unit comes from a tested batch.',
  ],
  [
    'clean',
    'A-m',
    'I read your message about the burn on your hand, and I am so sorry. Are you all right? I have passed this to our manager and issued a full refund straight away.',
  ],
  ['clean', 'E-m', 'Please keep the item; a full refund has been issued to your PayPal account.'],
  [
    'clean',
    'A-m',
    'We cannot offer a coupon here, but I can issue a partial refund right away if you prefer to keep the item.',
  ],
  [
    'clean',
    'A-m',
    'Your order number 112-3456789-1234567 shows delivery on 5 March; I have opened a claim with the carrier for you.',
  ],
  [
    'clean',
    'E-m',
    'We have received your photos, thank you. A replacement is on its way today and should arrive by Friday.',
  ],
  [
    'clean',
    'A-m',
    'I am sorry, and I understand this came at a bad time. We will send a new one today.',
  ],
  [
    'clean',
    'E-m',
    'Whatever you decide about your feedback, the replacement is already on its way.',
  ],
  [
    'clean',
    'A-m',
    'Please reply here with whichever option you prefer, and I will arrange it the same day.',
  ],
  [
    'clean',
    'A-m',
    'If you are not satisfied, we will refund you in full; you do not need to do anything else.',
  ],
];

// Written after the rules, and never used to change them: how the rules do on wording they were not
// written against. Reported on its own by eval:lint.
const FRESH_HANS: Row[] = [
  ['block', 'T-m', '后续有问题可以直接找我私人号：一三八零零一三八零零零'],
  ['block', 'T-m', '我把客服vx发您：dd_7788，那边回复快'],
  ['block', 'T-m', '您给个五星，我私下补您10块'],
  ['block', 'T-m', '追加一下带图评价，我们给您返3元'],
  ['block', 'A-m', '我们的邮箱是 kefu＃shop.com，可以把照片发过来'],
  ['block', 'T-m', '评价改成好评，下单再送一件'],
  ['warn', 'T-m', '亲，您看清楚再说，我们的东西没问题'],
  ['warn', 'T-m', '不好意思哈，但这个真的是您自己摔坏的'],
  ['warn', 'T-m', '您的售后申请已受理，请耐心等待审核。'],
  ['warn', 'T-m', '请您务必在今天下午之前寄回，不然就超时了'],
  ['clean', 'T-m', '收到您的照片了，确实是运输中压坏的，我们马上给您补发一个新的，不用寄回。'],
  ['clean', 'T-m', '您要的发票已经开好，放在订单详情里了。'],
  ['clean', 'T-m', '抱歉让您费心了，我这边已经联系快递加急派送，明天中午前会送到。'],
  ['clean', 'T-rp', '感谢您的反馈。漏发的配件已于当天补寄，我们也已调整打包核对流程。'],
  ['clean', 'T-m', '亲，退货运费我们来承担，您直接选择上门取件就可以。'],
];
const FRESH_HANT: Row[] = [
  ['block', 'T-m', '加我賴比較好聊：kf_tw'],
  ['block', 'T-m', '好評五星就送您一包小禮物'],
  ['block', 'E-m', '您把負評撤掉，我們就全額退款'],
  ['block', 'A-m', '直接打客服專線 02-2712-3456 就可以'],
  ['block', 'T-m', '我們 I G 帳號是 @shop.tw，可以私訊'],
  ['warn', 'T-m', '說明上都寫了，是您自己沒仔細看'],
  ['warn', 'T-m', '我們已收到您的申訴，將於3個工作天內回覆。'],
  ['warn', 'T-m', '很抱歉，不過這不是我們的問題'],
  ['clean', 'T-m', '非常抱歉，新的商品今天已經寄出，舊的不用寄回。'],
  ['clean', 'T-m', '我理解您的心情，這次確實是我們包裝不夠仔細，已經為您退款。'],
  ['clean', 'A-m', '包裹由黑貓宅急便配送，您也可以撥打黑貓客服 0800-365-365 查詢。'],
  ['clean', 'T-m', '謝謝您的耐心，退款已經完成，大約三個工作天會到帳。'],
  ['clean', 'E-m', '不好意思讓您久等了，替換的零件明天會寄到。'],
];
const FRESH_EN: Row[] = [
  ['block', 'A-m', 'Drop me a line on whats-app at 0 7 7 0 0 9 0 0 1 2 3.'],
  ['block', 'E-m', 'Bump your rating up to 5 stars and I will send a little something extra.'],
  ['block', 'A-m', 'You can find our full range at brightlamp dot com.'],
  ['block', 'E-m', 'Happy to refund the postage as soon as the neutral feedback is changed.'],
  ['block', 'A-m', 'Reach our team on Telegram: @lamp_help.'],
  ['block', 'E-m', 'Let me know your number and I can ring you, or call me on +1 (212) 555-0147.'],
  [
    'warn',
    'A-m',
    'Our records show the item was delivered, so this is not something we can help with.',
  ],
  ['warn', 'E-m', 'We apologise for any inconvenience, but all items are checked before shipping.'],
  [
    'warn',
    'A-m',
    'Thank you for your email. Your ticket number is 48213. An agent will reply shortly.',
  ],
  ['warn', 'E-m', 'You clearly did not read the listing.'],
  [
    'clean',
    'A-m',
    'I am really sorry it stopped working after a week. I have sent a new one; it arrives tomorrow.',
  ],
  [
    'clean',
    'E-m',
    'Thanks for letting me know. I have refunded the difference in colour you were charged for.',
  ],
  [
    'clean',
    'A-m',
    'The courier, DPD, can be reached on 0121 275 0500 if you want to change the delivery slot.',
  ],
  ['clean', 'E-fp', 'Sorry for the wait. Refunded in full.'],
  ['clean', 'A-m', 'I understand, and I am sorry. A full refund is on its way to your card.'],
];

const rows = (lang: SetLang, list: Row[], fresh = false): Labelled[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, ...(fresh ? { fresh } : {}) }));

export const LINT_SET: readonly Labelled[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
  ...rows('zh-Hans', FRESH_HANS, true),
  ...rows('zh-Hant', FRESH_HANT, true),
  ...rows('en', FRESH_EN, true),
];

/** FNV-1a over the UTF-16 code units: a fixed, dependency-free hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fixed split: the same text is always in the same half, whatever else the set holds. */
export function splitOf(entry: Pick<Labelled, 'text'>): 'tune' | 'check' {
  return fnv1a(entry.text) % 2 === 0 ? 'tune' : 'check';
}
