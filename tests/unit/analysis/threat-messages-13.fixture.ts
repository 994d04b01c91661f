// A fourteenth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis threat code (only
// set 12's rows and header, threats.test.ts, threats-kinds-13.test.ts and eval-analysis.ts, for
// the format, the split and the label conventions). Its focus is the grammar of the condition:
// every kind the issue names (a review traded for money or a refund, a review threatened over a
// real problem, platform complaints, card chargebacks and bank disputes, consumer bodies and
// regulators — 12315, 12345, 1950, 消保官, 消基會, 消委會, 市场监管, Trading Standards, the BBB, the FTC
// —, courts, lawyers and legal letters, social media exposure) in every conditional form: if /
// unless / otherwise / or else / either…or, 不…就, 否则, 要不然, 不然, 再不…就, 除非, 看着办,
// 的话, 要是, and implicit ultimatums (a deadline and what is ready: "Your move", 最后一天, 给你们到明天).
// Threats sometimes come before the problem ("…or the one-star goes up. The handle fell off").
// About half are hard negatives built from the same parts: past reviews, a buyer saying they
// will not leave a bad review or complain, a seller's promise quoted back, questions about how to
// complain, products that "threaten" pests, negated and counterfactual threats, reported speech,
// offers to post a photo, and a problem word inside a conditional that threatens nothing
// (如果缩水的话我就买大一号, "unless you have it in navy", 你们看着办 about a colour).
// Labels (as in sets 7–13): review_threat = a real problem stated + a bad review (or an honest /
// 据实 review) threatened; extortion = a review traded without a problem stated, or for money or
// items beyond a remedy (then not also review_threat); platform_complaint = any body, regulator,
// bank/card, platform or public exposure (media, social networks, 朋友圈) threatened;
// legal_threat = lawyers, courts, legal letters (律师函, 存證信函, letter before action).
// First run (unchanged code, 153 rows, 47 with a threat flag, 77 with any flag): threat P 1.00
// R 0.81, extortion P 0.59 R 0.67, review_threat P 0.90 R 0.43, legal_threat P 1.00 R 1.00,
// platform_complaint P 0.76 R 0.91, safety fp 1; by language threat R zh-Hans 0.83, zh-Hant 0.69,
// en 0.88 (review_threat R 0.56 / 0.17 / 0.50). Tuning half (83): threat P 1.00 R 0.71, extortion
// P 0.57 R 0.50, review_threat P 1.00 R 0.40, platform_complaint P 0.75 R 0.88. Checking half
// (70): threat P 1.00 R 0.91, extortion P 0.60 R 0.86, review_threat P 0.83 R 0.45, legal_threat
// P 1.00 R 1.00, platform_complaint P 0.77 R 0.94, safety fp 1.
// Tuning half after its fixes by kind (threats-kinds-14.test.ts): every flag P 1.00 R 1.00.
// Held out, the checking half measured once after those fixes: threat P 1.00 R 0.91 (unchanged),
// extortion P 0.67 R 0.86, review_threat P 0.86 R 0.55, legal_threat P 1.00 R 1.00,
// platform_complaint P 0.81 R 0.94: the tuning kinds carried over little. Then the checking half
// was opened and fixed by kind (OPENED_KINDS in threats-kinds-14.test.ts): every flag P 1.00
// R 1.00 on the whole set, no longer a held-out figure.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_13: ThreatMessage[] = [
  // --- zh-Hans, threats
  m(
    'zh-Hans',
    ['review_threat'],
    '羽绒服钻毛钻得厉害，穿了一天黑裤子上全是白毛。给我换一件，要不然我就把照片全发到追评里。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '我也不跟你绕弯子，全额退款，东西我不寄回。退了我给五星，不退我就给一星。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '说好的七天内发货，现在都二十天了还没动静。三天内发出来，否则我直接打12315投诉。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '奶粉罐底的生产日期被刮掉了一半，再不给我解释清楚，我就拿着罐子去市场监管局。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '卖给我的手机是翻新机，激活日期是去年的。除非今天给我退款，否则我明天就去法院立案。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '加湿器用了两周就不出雾了，客服一直踢皮球。聊天记录我都截图了，发小红书还是发微博，你们自己看着办。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '我是用信用卡付的款，货到现在也没到。周五之前不退款的话，我就让银行拒付这笔钱。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '鞋子左脚有点开胶，退款我不要，你补偿我三百块，我就不写差评。不然我让你这款鞋卖不出去。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '收到的床单和图片差太多了，图上是米白，到手是发黄的。今天是最后一次问，明天还没答复，评价我就照实写了。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '如果这个扫地机器人下周还修不好，我会在评价里把返修三次的经过一条一条写出来。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '快递丢了你们不管，物流那边也推给你们。不给我补发我就打12345。',
  ),
  m(
    'zh-Hans',
    ['legal_threat', 'platform_complaint'],
    '这是第三次发错货了。要是还不给全额退款，我会找律师，同时向消协投诉。',
  ),
  m('zh-Hans', ['extortion'], '你们家东西我还没拆，先给我返现五十，不返我就给差评。'),
  m(
    'zh-Hans',
    ['review_threat'],
    '耳机右边没声音，视频我发了三遍了，再不处理我就去给差评，顺便把视频挂上去。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '蛋糕送到的时候已经塌了，生日宴全被毁了。你们要是不给个说法，我就拍个视频发抖音，让大家都看看。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '退货单号我早就填了，你们一直不确认收货。今天之内处理，否则我申请平台客服介入。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '我是干这行的，差评怎么写能让你这个链接起不来，我清楚得很。给我一千，这事就过去了，不给你看着办。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '合同里写明了一年质保，你们现在不认账。律师函我已经让人起草好了，周一之前没有回复就寄出去。',
  ),
  m('zh-Hans', ['review_threat'], '要是再这样拖下去，差评我肯定是要给的，这锅底都鼓包了。'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '你们页面上写的是纯棉，我拿去检测是涤纶。给我退货退款，不然我就向市场监督管理局举报你们虚假宣传。',
  ),
  m('zh-Hans', ['extortion'], '除非你再给我免单一次，否则这个差评我是不会删的。'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '扫码付的钱，说好当天发货，一个星期了单号都没有。明天再不发，我就去微信支付那里投诉你们商户。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '洗衣液漏了一半，整个箱子都湿了。补发的话我就不说什么，不补发的话我就写差评提醒后面的人。',
  ),
  m(
    'zh-Hans',
    ['review_threat', 'platform_complaint'],
    '窗帘尺寸做错了，按我给的尺寸短了二十公分。再不给重做，差评加朋友圈我一起安排。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '退款说好三个工作日到账，现在半个月了。再拖下去我就上黑猫投诉，顺便去你们官方微博底下留言。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '蓝牙音箱连不上手机，问了三次都让我重启。给你们最后一天时间，明天还是这样，店铺评分我来帮你们拉低。',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '别家都有好评返现，你们家怎么没有？返二十块我就给好评，不然别怪我给差评。',
  ),
  m('zh-Hans', ['review_threat'], '充电宝充不进电，插上一点反应都没有，不换我就给差评。'),
  // --- zh-Hans, hard negatives
  m(
    'zh-Hans',
    [],
    '上次买的保温杯有点漏水，我当时给了个中评。这次换了新款，希望别再漏了，麻烦发货前帮我试一下。',
  ),
  m('zh-Hans', [], '虽然发货慢了几天，但东西没问题，我不会给差评的，放心吧。'),
  m(
    'zh-Hans',
    [],
    '你们客服昨天说了，如果三天内还不发货就直接给我退款，那我就再等三天，到时候麻烦记得。',
  ),
  m('zh-Hans', [], '请问如果对快递员不满意，应该在哪里投诉？是找你们还是找快递公司？'),
  m('zh-Hans', [], '这款杀虫剂说明书上写着对蟑螂有致命威胁，请问家里有猫的话能不能用？'),
  m('zh-Hans', [], '我不会去投诉你们的，就是想问问补发的那件什么时候能到。'),
  m(
    'zh-Hans',
    [],
    '我邻居上个月在你们家买的锅，她说当时不给退就要去12315，后来你们很快给退了。我这个没问题，就问问怎么开锅。',
  ),
  m('zh-Hans', [], '如果洗了会缩水的话，我就买大一号，你们建议买哪个码？'),
  m('zh-Hans', [], '不急的话我就等下一批货，反正也不赶时间，有货了通知我一声。'),
  m('zh-Hans', [], '这个电动牙刷是不是要先充满电再用？否则电池寿命会变短，对吧？'),
  m('zh-Hans', [], '要不然你们给我换个颜色吧，黑色的放在客厅不太搭，换灰色的可以吗？'),
  m('zh-Hans', [], '除非你们这两天有现货，否则我就不等了，直接取消订单吧。'),
  m('zh-Hans', [], '颜色你们看着办吧，哪个好看发哪个，我都可以。'),
  m('zh-Hans', [], '再不下单优惠券就过期了，我先拍了，麻烦尽快安排发货。'),
  m('zh-Hans', [], '我是律师事务所的行政，想订二十把办公椅，能开增值税专票吗？'),
  m('zh-Hans', [], '商品页面说支持12315绿色通道，这个具体是什么意思？'),
  m('zh-Hans', [], '之前投诉的事已经撤销了，你们处理得很快，谢谢。'),
  m('zh-Hans', [], '东西很好，已经追评了，还晒了图，下次还来。'),
  m('zh-Hans', [], '我看评论区有差评说这件会掉色，是真的吗？我想买白色的。'),
  m('zh-Hans', [], '本来想给差评的，想想还是算了，你们客服态度挺好的，下次发货注意一下包装就行。'),
  m(
    'zh-Hans',
    [],
    '我的信用卡被盗刷了，银行说要冻结卡片，我在你们这的订单会不会受影响？需要重新付款吗？',
  ),
  m('zh-Hans', [], '在微博上看到你们家的新款，专门来买的，请问什么时候到货？'),
  m('zh-Hans', [], '鞋子小了一码，能不能换大一码？来回运费我自己出也行。'),
  m('zh-Hans', [], '这个相机的曝光补偿在哪里调？说明书上写得不太清楚。'),
  m('zh-Hans', [], '你们说过不满意可以七天无理由退，那我就放心下单了。'),
  m('zh-Hans', [], '想问一下，平台介入一般要几天出结果？我只是了解一下，暂时还没打算申请。'),
  m('zh-Hans', [], '这款防狼喷雾效果怎么样？晚上下班一个人走路，想买一个放包里。'),
  m(
    'zh-Hans',
    [],
    '我老公说这种情况要是放在别家，早就去市场监管局举报了，我跟他说你们已经在处理了，不用急。',
  ),
  // --- zh-Hant, threats
  m('zh-Hant', ['review_threat'], '收到的鍋子底部凹了一大塊，不給我換新的，我就給一星負評。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '訂單取消一個月了還沒退款。請在這週五前把款項退回，否則我會向縣市政府的消保官申訴。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '商品頁標示台灣製造，收到的盒子卻寫中國製造。再不給個交代，我就檢舉到消基會。',
  ),
  m('zh-Hant', ['extortion'], '先轉五百塊紅包給我，要不然這則一星評論我不會改。'),
  m(
    'zh-Hant',
    ['legal_threat'],
    '買的是全新機，收到的卻有使用痕跡和刮傷。除非三天內全額退款，不然我會委託律師提告。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '冷氣裝好第二天就不冷了，師傅一直約不到。要不要處理你們看著辦，我的PTT文章已經打好了。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '付款用的是信用卡，東西到現在都沒寄出。明天還沒出貨，我就直接跟銀行申請刷退。',
  ),
  m('zh-Hant', ['review_threat'], '如果這次又寄錯尺寸，我一定會在評價裡寫清楚你們連續寄錯兩次。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '延遲出貨已經等你們回覆三天了，今晚十二點是最後期限，過了我就請蝦皮客服介入。',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '包裹晚了兩天才到，我要求補償一千元，給了我就改五星，不給就等著看評論。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '你們的纖體茶包裝上完全沒有標示成分，再不回覆，我就向消委會投訴。',
  ),
  m(
    'zh-Hant',
    ['review_threat', 'platform_complaint'],
    '沙發送來的顏色跟樣品差很多，要是不處理，我會在評價和臉書社團都貼出來。',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '保固期內你們拒絕維修，下週一之前沒有回覆，我就寄存證信函，走法律途徑。',
  ),
  m('zh-Hant', ['review_threat'], '耳機充不進電，寄回維修一個月了。再不寄回來我就去寫負評。'),
  m('zh-Hant', ['extortion'], '不給我免運和折價券，我就給你一顆星。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '衣服洗一次就破洞，你們不退的話，我就把照片發到Threads上，讓大家評評理。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '說好的贈品沒給，客服也不理人。不補寄的話，我就打1950消費者服務專線申訴。',
  ),
  m('zh-Hant', ['legal_threat'], '押金三千元到現在都沒退。下週還見不到錢，我們就小額訴訟法院見。'),
  m('zh-Hant', ['review_threat'], '手錶一天慢十分鐘，請換一支新的給我，否則我會據實留下評價。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '廣告寫全台最低價，隔壁店便宜兩百，根本是不實廣告。不改的話，我就檢舉到公平會。',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '我在好幾個購物平台都有評論帳號，追蹤的人不少。這單你們幫我免單，其他的你們看著辦。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '行李箱輪子第一趟出國就斷了。我給你們到明天，之後評價我就照實寫。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '我在大陸買的，習慣打繁體。奶瓶上的刻度根本不準，不處理就打12315，再向市場監管局反映。',
  ),
  // --- zh-Hant, hard negatives
  m('zh-Hant', [], '我上個月留過負評，是因為物流太慢。這次很快就到了，評價我已經改成五顆星。'),
  m('zh-Hant', [], '放心，我不會留負評的，只是想問這個小瑕疵能不能換一個。'),
  m('zh-Hant', [], '請問如果要向消保官申訴，需要準備哪些資料？我先了解一下流程。'),
  m('zh-Hant', [], '賣家說如果七天內沒到貨就全額退款，那我就再等幾天看看。'),
  m('zh-Hant', [], '這支捕蚊燈號稱是蚊子剋星，放在嬰兒房裡可以嗎？'),
  m('zh-Hant', [], '我沒有要投訴的意思，只是希望下次包裝可以再用心一點。'),
  m(
    'zh-Hant',
    [],
    '我同事說她之前在你們家買到壞的，本來要去消基會，結果你們馬上退款，所以我也放心來買了。',
  ),
  m('zh-Hant', [], '如果褲長不合的話，我就自己拿去改，不用退了。'),
  m('zh-Hant', [], '不合適就可以退貨，你們頁面上是這樣寫的對吧？'),
  m('zh-Hant', [], '要不然你們先寄一個給我試試看，好用我再訂十個。'),
  m('zh-Hant', [], '除非下大雨，否則我整天都在家，貨到了直接送上樓就好。'),
  m('zh-Hant', [], '評價我已經寫好了，五顆星，謝謝你們幫我換貨。'),
  m('zh-Hant', [], '我看到PTT上有人說這台吸塵器很吵，是真的嗎？'),
  m('zh-Hant', [], '我信用卡帳單上這筆被扣了兩次，不知道是銀行的問題還是你們的，麻煩幫我查一下。'),
  m('zh-Hant', [], '再不出門就趕不上了，麻煩司機到了直接放管理室。'),
  m('zh-Hant', [], '你們自己看著辦吧，顏色隨便挑一個給我就好，我不挑。'),
  m('zh-Hant', [], '我在法院上班，只有午休時間能收貨，可以指定十二點到一點送嗎？'),
  m('zh-Hant', [], '上次的問題你們處理得很好，我已經把申訴撤回了，謝謝。'),
  m('zh-Hant', [], '這件外套在IG上曝光好多次了，好多網紅都在穿，請問還有M號嗎？'),
  m('zh-Hant', [], '東西壞了，但我知道是我自己摔的，想問送修大概要多少錢？'),
  m('zh-Hant', [], '我朋友叫我直接給負評，但我覺得你們已經很努力在處理了，我不會這樣做。'),
  m('zh-Hant', [], '如果你們覺得這樣處理不妥，可以再跟我說，我都可以配合。'),
  // --- en, threats
  m(
    'en',
    ['review_threat'],
    'Unless a replacement ships this week, my review will mention the cracked screen and the three weeks of silence.',
  ),
  m(
    'en',
    ['extortion'],
    "Refund the full amount and let me keep the item, and I'll leave five stars. Otherwise it's one star.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "The tracking hasn't moved in 19 days. Refund me by Thursday or else I'm disputing the charge with my card issuer.",
  ),
  m(
    'en',
    ['legal_threat'],
    "If the deposit for the cancelled kitchen isn't returned within ten days, my attorney will file a claim.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "The stroller wheel snapped off on day two. I've got the video ready for TikTok. Your move.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "Still no refund for the missing parcel. If I don't hear back by Monday, I'm filing a complaint with the Better Business Bureau and the FTC.",
  ),
  m(
    'en',
    ['review_threat'],
    "The jacket's zipper broke the first time I used it. Send a new one, otherwise I'm writing an honest one-star review.",
  ),
  m(
    'en',
    ['extortion'],
    'The package was a day late. I want $200 in store credit, or the review stays at one star.',
  ),
  m(
    'en',
    ['platform_complaint'],
    'I paid through PayPal and you sent the wrong model. Fix it today or I open a PayPal dispute.',
  ),
  m(
    'en',
    ['review_threat', 'platform_complaint'],
    "The sofa fabric is pilling after one week. If this isn't sorted, I'll post photos in my review and on Facebook.",
  ),
  m(
    'en',
    ['legal_threat'],
    'Three months and no refund for a cancelled order. The small claims forms are filled out. Friday is your deadline.',
  ),
  m(
    'en',
    ['platform_complaint'],
    'The "waterproof" watch died in the shower. Replace it, or I report the listing to the state consumer protection office.',
  ),
  m(
    'en',
    ['extortion'],
    "I run a review channel with 80k subscribers. Comp this order and I'll post something nice. Don't, and I'll post something else.",
  ),
  m(
    'en',
    ['review_threat'],
    "I'd really rather not leave a negative review, but if the missing screws aren't sent I won't have a choice.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "The item never arrived. If there's no refund by tomorrow, I'm filing an A-to-z claim.",
  ),
  m(
    'en',
    ['legal_threat'],
    "You charged me twice and ignore every email. Refund the duplicate charge or I'll see you in court.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'The mattress already sags in the middle and the cover zip broke. Keep ignoring me and the whole story goes on Reddit.',
  ),
  m(
    'en',
    ['extortion'],
    "Want my review taken down? Sure, once you've refunded me in full. Until then it stays up.",
  ),
  m(
    'en',
    ['review_threat'],
    'Either the replacement arrives by the 15th or the one-star goes up. The handle fell off after a week.',
  ),
  m(
    'en',
    ['platform_complaint'],
    'You keep refusing the return even though the box was sealed. If you refuse again, I will call 12315 and report the shop.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "The kettle came with no UK plug and a label I can't read. Unless I get a refund, I'm reporting it to Trading Standards.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "The earbuds are fake, the serial doesn't check out on the brand's site. Refund me, or my bank will reverse the payment.",
  ),
  m(
    'en',
    ['review_threat'],
    "I've asked nicely twice. The blinds are the wrong width. I'll give you until Friday; otherwise my review will say exactly that.",
  ),
  m(
    'en',
    ['legal_threat'],
    'My solicitor will send a letter before action if the faulty boiler is not replaced this month.',
  ),
  m(
    'en',
    ['extortion'],
    "Give me a 50% discount code and I'll change my review to five stars. If not, it stays at one.",
  ),
  m(
    'en',
    ['platform_complaint', 'legal_threat'],
    "Unless the refund posts today, I'm going to the local news and talking to a lawyer. The heater never worked.",
  ),
  // --- en, hard negatives
  m(
    'en',
    [],
    "I left a two-star review last month because the box was crushed, but the replacement was perfect, so I've updated it.",
  ),
  m(
    'en',
    [],
    "Don't worry, I'm not going to leave a bad review over this. Just wanted you to know the lid is a bit loose.",
  ),
  m(
    'en',
    [],
    "Your agent said that if the parcel doesn't arrive by Friday you'll send a replacement. Thanks, I'll wait until then.",
  ),
  m(
    'en',
    [],
    'How do I file a complaint about the courier? The driver left the box out in the rain.',
  ),
  m(
    'en',
    [],
    'The label says this weed killer is a threat to aquatic life. Is it okay to use near a pond with fish?',
  ),
  m(
    'en',
    [],
    "I'm not going to dispute the charge, I just need to know when the refund will show up.",
  ),
  m(
    'en',
    [],
    "My sister said she'd have filed a chargeback if you hadn't refunded her so quickly last year. Glad it worked out, ordering again.",
  ),
  m(
    'en',
    [],
    'If the sweater shrinks in the wash, can I still return it, or does washing void the return?',
  ),
  m('en', [], "Unless you have it in navy, I'll stick with the grey one. Please ship the grey."),
  m('en', [], 'Please ship it in a proper box, or else it may get crushed like last time.'),
  m(
    'en',
    [],
    "Should I charge the battery fully before the first use? Otherwise it won't hold a charge, is that right?",
  ),
  m('en', [], "I'm a lawyer and I need a sturdy briefcase. Does this one fit a 15-inch laptop?"),
  m('en', [], 'I posted a photo of the cake on Instagram and tagged you, everyone loved it!'),
  m('en', [], 'Happy to tag your shop in my TikTok unboxing if that helps you at all.'),
  m('en', [], 'I could have gone to the BBB, but honestly you fixed it fast, so there is no need.'),
  m(
    'en',
    [],
    "What does the A-to-z guarantee cover? I'm just trying to understand my options before I buy.",
  ),
  m(
    'en',
    [],
    "Is it okay if I mention in my review that the colour is slightly darker than the photo? It's still five stars for me.",
  ),
  m(
    'en',
    [],
    'My dog sees the robot vacuum as a threat and barks at it all day, haha. Is there a quieter mode?',
  ),
  m('en', [], 'No need to escalate anything, a replacement part is fine.'),
  m('en', [], 'The PayPal case is closed on my end, thanks for the quick refund.'),
  m(
    'en',
    [],
    "If the replacement also rattles, I'll just send it back through the normal return process.",
  ),
  m(
    'en',
    [],
    'Do you deliver to the county courthouse? I work there and can only receive packages at work.',
  ),
  m(
    'en',
    [],
    "The reviewer above says she'd report you to the FTC. I hope that's not true, the lamp looks lovely.",
  ),
  m('en', [], "I won't be leaving a review at all, I just want the right size sent."),
  m(
    'en',
    [],
    "I complained to the courier company, not to you. They lost it, so please don't worry about it.",
  ),
  m('en', [], "If I don't hear back, I'll assume the blue one is fine and just keep it."),
];
