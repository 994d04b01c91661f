// A thirteenth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts nor the
// threats-kinds tests (only set 12's header and rows, eval-analysis.ts and threats.test.ts, for
// the format and the label conventions). Its focus is the voice of the buyer: a parent whose
// child's toy broke, a small business buying in bulk, an elderly buyer, a reseller, a buyer
// writing through translation software (odd grammar), a buyer quoting the platform's rules back,
// a buyer who already opened a case and says so, and a long calm message with the threat only in
// its last line. About 45% are hard negatives in the same voices: the same situations without a
// threat, cases opened and reported as a fact, rules quoted as a question, past reviews.
// Labels (as in sets 7–12): review_threat = a real problem stated + a bad review (or a warning
// to other buyers, "everyone will know", with no channel) threatened; extortion = a review traded
// without a problem stated, or for money/items beyond a remedy (then not also review_threat);
// platform_complaint = any body, bank/card, platform or public exposure (media, social networks,
// 朋友圈, group chats) threatened; legal_threat = lawyers, courts, legal letters.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_12: ThreatMessage[] = [
  // --- zh-Hans, threats
  m(
    'zh-Hans',
    ['review_threat'],
    '孩子过生日买的遥控车，拆开玩了不到十分钟轮子就掉了，孩子哭了一晚上。我不想多说，明天给不出处理办法的话，我就把孩子哭的视频和车一起发到评价里，让其他家长别再买了。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '孩子的积木里有很多毛刺，把手都划红了，这种东西也敢卖给小孩？你们不重视的话，我直接去12315反映你们的产品安全问题。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '我们是开奶茶店的，一次订了两千个杯子，到货一半是漏的，店里现在没杯子用。今天下午之前不给我补发，我就在我们本地商户群里把你们家说清楚，群里几百个老板。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '我公司采购的五十台路由器有十二台开不了机，合同上写明了质量标准。贵司如果继续拖延，我们法务会按合同发律师函追究违约责任。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '我是七十多岁的人了，眼睛不好，你们寄来的老花镜度数跟我选的不一样，戴上头晕。我儿子说让我找你们，你们再不管我就让我儿子帮我写个差评。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '老人家不会弄手机，买的血压计一直显示错误，打电话也没人接。我孙女说了，再没人管就帮我打市场监管局的电话投诉。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '我是做代购的，手上几十个客户，你这批货我本来要给好评的。你每单再返我二十块，我给你刷一波好评，不返的话我客户那边都会给差评，你自己算。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '我是开店转卖的，你们发的这批口红一半批号对不上，我没法给我的客户交代。不给退我就在所有订单下面写清楚是什么货。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '您好，商品收到的时候已经坏了，屏幕是裂的。我希望您们能够处理这个事情。如果您们不处理，我将会给出不好的评价给这个商店。谢谢您的理解。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '根据平台规则，商家应在48小时内响应售后申请，你们已经超过五天了。再不处理我就申请平台介入，让小二来判。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '平台规定七天无理由退货，你们凭什么拒绝？规则写得清清楚楚，你们再拒我就去投诉到消协。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '我已经申请了平台介入，案子编号你们后台能看到。你们现在主动退款还来得及，不然我再去12315也投诉一次。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '你好，我前天买的电饭煲收到了，包装很好，快递也很快，这点要表扬。不过用了一次内胆涂层就起皮了，我拍了照片发给你们了。我也理解可能是个别问题，希望给我换一个。我等到周五，周五之前不回复我，评价我会如实写，给一星。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '我平时买东西从来不较真，这次的床垫有很大的异味，睡了两晚孩子就咳嗽。我已经联系你们三次了，每次都说在核实。我也不想再等了，最后说一句：下周还没有结果，我们法庭上见。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '差评我已经写好了，截图发你看看。给我转三百，我就不发；不转的话你看着办。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '东西是没什么问题，但我就是不满意。你再送我两件同款，我就给你五星，要不然别怪我差评。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint', 'review_threat', 'safety'],
    '玩具车的电池盒发烫，吓死我了，孩子差点就摸到了。你们不召回不退款，我就发小红书曝光，再给你们差评。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '我已经跟信用卡银行说了这个情况，他们说可以拒付。你们今天不退款，我明天就去银行申请拒付。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '你好，用翻译软件写的。你的商品是假的，我检查了。你必须退还我的钱，否则我将会寻找律师起诉你的公司。',
  ),
  // --- zh-Hans, hard negatives
  m(
    'zh-Hans',
    [],
    '孩子的玩具小火车轮子掉了一个，不过孩子还挺喜欢的，能不能单独寄一个轮子过来？不急，谢谢老板。',
  ),
  m(
    'zh-Hans',
    [],
    '我们是开奶茶店的，上次订的杯子质量很好，这次想再订三千个，批量能不能便宜点？能开发票吗？',
  ),
  m(
    'zh-Hans',
    [],
    '我年纪大了不太会用，这个血压计怎么调时间？说明书的字太小了，麻烦你们教教我，谢谢。',
  ),
  m(
    'zh-Hans',
    [],
    '我已经在平台申请了退款，按流程走就行，快递单号也填了，你们收到货确认一下就可以，不着急。',
  ),
  m(
    'zh-Hans',
    [],
    '请问平台规则里说的七天无理由，是从签收那天开始算吗？我想确认一下再决定要不要退。',
  ),
  m('zh-Hans', [], '我是做代购的，想问一下你们家能不能长期合作拿货？数量稳定的话每个月两三百件。'),
  m(
    'zh-Hans',
    [],
    '上次那家店卖我假货，我给了差评还投诉到了12315，后来退了款。你们家的东西是正品吧？',
  ),
  m('zh-Hans', [], '电饭煲收到了，煮饭很香，已经给了五星好评，还推荐给我妈了，谢谢老板。'),
  m(
    'zh-Hans',
    [],
    '你好，用翻译软件。我已经收到了商品，它很好。我想要再买一个给我的朋友，你有蓝色的吗？',
  ),
  m(
    'zh-Hans',
    [],
    '我本来想给差评的，但是客服态度很好，换货也很快，所以还是给了好评，以后还会来。',
  ),
  m('zh-Hans', [], '东西有一点划痕，不影响使用，就不退了。跟你们说一声，下次发货包装好一点。'),
  m(
    'zh-Hans',
    [],
    '我朋友说遇到问题可以找律师，但我觉得没必要，你们能换就换，不能换退款也行，好好沟通。',
  ),
  m(
    'zh-Hans',
    [],
    '孩子的积木少了两块，已经拍照发给你们了，客服说会补发，麻烦尽快，孩子等着拼呢。',
  ),
  m('zh-Hans', [], '平台介入的结果我看到了，判了退款，我也认。东西我已经寄回去了，这事就这样吧。'),
  m('zh-Hans', [], '看到评论区有人说要去消协投诉你们，是真的有质量问题吗？我还在犹豫要不要下单。'),
  // --- zh-Hant, threats
  m(
    'zh-Hant',
    ['review_threat'],
    '小孩的生日禮物積木少了一大包，拼到一半才發現，小孩很失望。你們三天內不補寄，我就在評價寫清楚，讓其他爸媽知道。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint', 'safety'],
    '買給小孩的絨毛玩具眼睛一拉就掉，差點被吞下去！你們如果不處理，我會向消基會檢舉這個產品。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '我們是小公司，一次訂了三十張辦公椅，有八張椅腳是斷的。再不給個說法，我會在我們的工業區LINE群組把你們公司的名字貼出來。',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '本公司向貴公司採購之商品與報價單規格不符，已多次函詢未獲回覆。若七日內仍未處理，本公司將委請律師依法提起訴訟。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '阿伯我今年七十五歲，買的收音機收不到台，打電話去都沒人聽。你們再不理我，我就叫我孫子幫我上網寫負評。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '老人家被你們騙了，說是保健品結果什麼成分都沒寫。我女兒說要打1950消費者專線申訴，你們看要不要先退錢。',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '我是轉賣的，你這批貨我可以幫你在我的粉絲團推。但你要每件再給我五十元回饋，不然我就在商品頁留一星。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '我在蝦皮上轉賣你們的耳機，結果有三副是二手翻新的，我被我的買家罵慘了。你們不給全額退款，我就把實情寫在評價裡。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '你好，我是用翻譯寫的。我收到的衣服是錯誤的顏色和錯誤的尺寸。請你交換給我。如果沒有，我會寫一個壞的評論給你的商店。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '依照蝦皮的退貨規定，賣家應在期限內回應，你們已經超過時間了。再不回覆我就直接申請蝦皮客服介入處理。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '我已經在平台開了爭議案件，也附上了照片。你們如果還是不回應，我會另外向行政院消保處申訴。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '您好，先謝謝您們上次很快出貨。這次買的保溫瓶，倒熱水進去十分鐘就涼了，我有拍影片。我知道有時候會有個別瑕疵，所以想請您們換一個新的給我。我會等到這個週末。週末還沒消息的話，我會給一星並把影片放在評價裡。',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '這台除濕機買來第三天就不會運轉，我很有耐心地等了兩個禮拜，客服一直說會回電卻沒有。我不想吵，但請記住：再沒消息，我會直接到法院提告。',
  ),
  m('zh-Hant', ['extortion'], '給我退一半的錢，東西我留著，我就給你五顆星。不然我每天都來留負評。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '娃娃的縫線全開了，裡面的棉花都跑出來，這樣給小孩玩很危險。不退款我就PO到Dcard跟爆料公社讓大家看看。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '我已經打給信用卡公司了，客服說可以幫我爭議這筆款項。你們明天前不退，我就正式申請刷卡爭議。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '說好的正品，收到卻連防偽碼都刮不開，我很失望。這件事我會讓大家都知道。',
  ),
  // --- zh-Hant, hard negatives
  m('zh-Hant', [], '小孩很喜歡這個積木，只是有一塊顏色不太一樣，不影響，謝謝老闆用心包裝。'),
  m('zh-Hant', [], '我們公司想再訂五十張辦公椅，上次的品質不錯，請問可以開統編發票嗎？'),
  m('zh-Hant', [], '阿嬤我不太會用手機，這個收音機要怎麼調頻道？可以打電話教我嗎？謝謝你們。'),
  m('zh-Hant', [], '我已經在蝦皮申請退貨退款了，東西也寄出了，麻煩你們收到後幫我確認，謝謝。'),
  m('zh-Hant', [], '請問依照平台規定，鑑賞期七天是包含假日嗎？我想確認一下退貨期限。'),
  m('zh-Hant', [], '我是在網拍轉賣的，想問你們有沒有批發價？每個月大概可以拿一百件。'),
  m(
    'zh-Hant',
    [],
    '之前在別家買到假貨，我有去消基會申訴，最後有退錢。你們這家評價很好，所以來試試看。',
  ),
  m('zh-Hant', [], '除濕機很好用，已經給五顆星了，下次還會再買。'),
  m('zh-Hant', [], '本來想給負評的，後來客服很快幫我換貨，問題解決了，所以給了好評。'),
  m('zh-Hant', [], '你好，用翻譯軟體。東西收到了。它是好的。我想要問，這個可以用在110伏特嗎？'),
  m('zh-Hant', [], '我朋友說這種情況可以找律師，但我覺得沒必要，我們好好談，換一台新的就好。'),
  m('zh-Hant', [], '平台的爭議處理結果出來了，判我退款，我接受，東西已經寄回，謝謝你們配合。'),
  m('zh-Hant', [], '我在LINE群組裡推薦了你們家的保溫瓶，好幾個朋友都說要買，可以給團購價嗎？'),
  m('zh-Hant', [], '娃娃的縫線有一點鬆，我自己補好了，跟你們說一下，下次出貨前可以檢查一下。'),
  // --- en, threats
  m(
    'en',
    ['review_threat'],
    "My son saved up his pocket money for this robot and the arm snapped off on the first day. He's seven and he was heartbroken. If I don't hear back about a replacement by Monday, I'll be leaving a review so other parents know what they're buying.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'The teething toy you sold me has paint flaking off into my baby’s mouth. Unless you pull this listing and refund me today, I am reporting it to the Consumer Product Safety Commission.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "We run a small bakery and ordered 500 boxes for the holiday rush. Half arrived crushed. If this isn't sorted by Thursday I'll be posting about it in our local small business Facebook group, and there are a lot of us in there.",
  ),
  m(
    'en',
    ['legal_threat'],
    'Our company purchased 40 units under PO 2291 and 11 are defective. Please treat this as formal notice: failing a resolution within 14 days, we will refer the matter to our solicitors.',
  ),
  m(
    'en',
    ['review_threat'],
    'I am 81 years old and not good with computers. The magnifier lamp you sent does not turn on. My granddaughter is helping me type this. If nobody answers me this time she says she will put a bad review up for me.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "I'm a retired teacher on a fixed income and I paid for a heater that never arrived. My daughter says if you don't refund me this week, we are going to the Better Business Bureau.",
  ),
  m(
    'en',
    ['extortion'],
    "I resell these on my own store and I've got a lot of reach. Give me 30% off every future order and I'll keep leaving you five stars. Otherwise I'll start leaving one-star reviews on every order.",
  ),
  m(
    'en',
    ['review_threat'],
    "I resell your phone cases and this batch has the wrong cutouts, none of them fit. My customers are returning them to me. Refund the batch or I'll leave honest feedback on every single order I placed.",
  ),
  m(
    'en',
    ['review_threat'],
    'Hello, the product I receive is not working since the arrival. I am asking kindly for you make the exchange. If you will not do this, I will be obliged to put the negative evaluation on your shop. Thanking you.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Per your own return policy, items that arrive damaged are eligible for a full refund within 30 days. It's day 6. If you keep refusing I will escalate to Amazon through the A-to-z Guarantee.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'eBay Money Back Guarantee says the item must match the listing. It does not. Refund me or I open a case with eBay today.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "I've already opened a case with PayPal, case number is in your inbox. If you still won't respond, my next call is to my credit card company to reverse the charge.",
  ),
  m(
    'en',
    ['review_threat'],
    "Hi there, I hope you're having a good week. I ordered the ceramic planter set as a housewarming gift and it arrived well packed, which I appreciated. Unfortunately the largest pot has a hairline crack along the base, and water leaks out. I've attached photos. I'm not in a rush and I'm happy with either a replacement or a partial refund. That said, if I hear nothing by the end of the week, my review will say exactly what happened.",
  ),
  m(
    'en',
    ['legal_threat'],
    "I've been patient. I've sent four messages, I've sent photos, I've waited three weeks for the refund you promised on the 2nd. I'm not an unreasonable person and I'd like to keep this friendly. But if the money isn't back by Friday, I'll file in small claims court.",
  ),
  m(
    'en',
    ['extortion'],
    "Nothing's wrong with the order honestly. But I'd like a $50 gift card, and in return I'll update my review to 5 stars. Without it the 1-star stays.",
  ),
  m(
    'en',
    ['extortion'],
    'Send me two more for free and I will write a great review. If not, you can guess what kind of review you get.',
  ),
  m(
    'en',
    ['platform_complaint', 'review_threat', 'safety'],
    "The night light you sold melted and left burn marks on my daughter's dresser. Refund me or I'm posting the photos on TikTok and leaving a one star review.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "Three weeks and no refund. I already called my bank. If it's not in my account by tomorrow, I'm filing a chargeback.",
  ),
  m(
    'en',
    ['legal_threat'],
    'You sold me counterfeit and I have proof from the brand. Refund now or you will hear from my lawyer.',
  ),
  m(
    'en',
    ['review_threat'],
    "The stroller wheel came off while I was pushing my baby. That's dangerous. If you won't take it back I'll make sure every parent on here knows about it.",
  ),
  // --- en, hard negatives
  m(
    'en',
    [],
    "The toy robot's arm came loose but my son fixed it with tape and loves it anyway. Could you send a spare arm if you have one? No worries if not.",
  ),
  m(
    'en',
    [],
    'We run a small bakery and your boxes were perfect last time. Looking to order 2,000 for next month, can you do a bulk discount and an invoice with our VAT number?',
  ),
  m(
    'en',
    [],
    "I'm 81 and my granddaughter set up the lamp for me. It works lovely. Could you tell me if it takes a normal bulb when this one goes?",
  ),
  m(
    'en',
    [],
    "I've opened a return request through the site as the instructions said, and the label is printed. Just letting you know it's on its way back to you.",
  ),
  m(
    'en',
    [],
    "Quick question about your return policy: does the 30 days start from delivery or from the order date? I want to make sure I'm within it.",
  ),
  m(
    'en',
    [],
    'I resell phone accessories and your cases sold out in two days. Do you offer wholesale pricing for 300+ units a month?',
  ),
  m(
    'en',
    [],
    'Last year I had to file a chargeback against a different seller who never shipped. That was a nightmare, so thank you for being so quick.',
  ),
  m(
    'en',
    [],
    'I was going to leave a bad review but your support sorted the replacement in a day, so I left five stars instead. Thanks!',
  ),
  m(
    'en',
    [],
    'Hello, I am writing with translator. The product arrive good and is working. I want ask if you have the same in bigger size? Thanking you.',
  ),
  m(
    'en',
    [],
    'My PayPal case was closed in my favour and the refund came through. No hard feelings, these things happen.',
  ),
  m(
    'en',
    [],
    'My husband said I should get a lawyer over a $12 planter, which made me laugh. Honestly just a replacement pot would be great, whenever you can.',
  ),
  m(
    'en',
    [],
    'The stroller is great. One wheel squeaks a little, is there something I can oil it with? Already recommended it in my moms group.',
  ),
  m(
    'en',
    [],
    "Hi, I'm not going to leave a negative review, I just want to know when my order will ship. It's been five days.",
  ),
  m(
    'en',
    [],
    "I saw in the reviews that someone reported you to the BBB. Was that sorted out? I'm thinking of ordering the bigger set.",
  ),
  m(
    'en',
    [],
    'Per your policy I understand opened items can only be exchanged, not refunded. That is fine, please exchange it for the blue one.',
  ),
  m(
    'en',
    [],
    "Long message, sorry. The heater arrived late because of the storm, which isn't your fault. It works well and keeps the living room warm. My only note is that the manual is only in German. Otherwise very happy, will review once I've used it for a month.",
  ),
];
