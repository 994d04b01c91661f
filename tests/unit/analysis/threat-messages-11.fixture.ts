// A twelfth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts nor the
// threats-kinds tests (only set 10's header and rows and eval-analysis.ts, for the format and
// the label conventions). Its focus is how real angry buyers write: long rambling messages with
// the threat in the middle, typos and no punctuation, pinyin and abbreviations (cp, hp, 12315,
// tb小二, 消保官, BBB, CC company), mixed Chinese-English, threats implied by listing consequences
// ("people on reddit will love this story", 我朋友圈好几百人呢, 這件事我會讓大家知道), and
// conditionals by time ("you have 24 hours", 今晚12点前不处理). About 40% are hard negatives:
// past reviews, threats reported about someone else, reading the platform's policy, promising
// NOT to review badly, praise, questions.
// Labels (as in sets 7–10): review_threat = a real problem stated + a bad review (or a warning
// to other buyers, "everyone will know") threatened; extortion = a review traded without a
// problem stated, or for money/items beyond a remedy (then not also review_threat);
// platform_complaint = any body, bank/card, platform or public exposure (media, social
// networks, 朋友圈, group chats) threatened; legal_threat = lawyers, courts, legal letters.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_11: ThreatMessage[] = [
  // --- zh-Hans, threats
  m(
    'zh-Hans',
    ['review_threat'],
    '我真的是服了 买的电热水壶第二天就不加热了 找客服说让我等 等了三天也没人回 我上班很忙的没空天天跟你们耗 今晚12点前不处理我就直接cp 然后该怎么写怎么写 别怪我',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '鞋子左右脚大小不一样，穿着磨脚，你们客服还说是我穿法不对？？？行，那我就在评价里把你们这句话原封不动贴出来，让大家看看',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '收到的羽绒服跑毛跑得满屋子都是 我老公说算了 我不算 你们不给退 我就给差评 并且追评天天追',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '面膜一盒少了三片，包装明显被拆过，这个问题你们到底管不管，不管的话我评价就不客气了哈',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '亲 我是老客户了 以前都是好评 这次收到的耳机一只没声音 拍了视频给你们也不看 再这样我只能打一星了 说实话我也不想',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '手机壳和我下单的型号不对，根本装不上，明天之前给我补发正确的，要不然我就把这家店的情况写在评价里提醒后面买的人',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '东西坏了好几天了一直推来推去，我跟你说我这个人很好说话的，但是你们这样真的把我惹急了，这件事我会让大家都知道的',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '破了个洞的T恤还要我自己出运费退？？我朋友圈好几百人呢，都是宝妈，你们自己想想吧',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '说好48小时发货 现在第六天了 物流信息一条没有 问就是在催 再不发我直接找tb小二介入 别到时候说我没提前讲',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '卖临期食品不标注，我已经拍照留证了，你们不给个合理解释的话，我就打12315，顺便问问市场监管局这种算不算欺诈',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '退款申请被你们拒了三次，理由一次比一次离谱。我已经在准备材料了，这周内不同意退款的话我就去消协投诉',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '你们家的锅涂层一刷就掉，我拍了个视频，准备发到抖音和小红书上，标题我都想好了，就叫某宝网红锅翻车实录',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '我在我们小区团购群里可是群主，群里五百多户，这个事情你们要是不给我处理好，我不介意跟大家分享一下购物体验',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '已经跟你们说了八百遍了发错颜色了！！！我现在就点申请售后让平台客服来判，顺便投诉你们服务态度',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '你们宣传的是纯棉，我拿去检测了，涤纶含量百分之六十，这是虚假宣传，退一赔三，不然咱们法院见，我不怕麻烦',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '我已经联系我表哥了 他就是做律师的 你们最好在周五之前给我一个书面答复 不然后面就不是我跟你们谈了',
  ),
  m(
    'zh-Hans',
    ['legal_threat', 'platform_complaint'],
    '买到假货还死不承认，我已经保留了所有聊天记录和鉴定报告，先投诉到平台，平台不管我就起诉，反正证据都在',
  ),
  m('zh-Hans', ['extortion'], '这样吧 我也不想浪费时间 你转我300 我把cp改成hp 大家都省事'),
  m(
    'zh-Hans',
    ['extortion', 'platform_complaint'],
    '货我就不退了，你们再额外补偿我五百块精神损失费，否则差评+投诉一条龙，你们自己选',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '老板 我看你们店刚开不久吧 评价很重要的哦 给我返个现 我保证给你写个走心好评 不返的话嘛 你懂的',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '东西是有点小问题，退款就不用了，你再免费给我寄两套，我就不追评了，不然我追评写得可详细了',
  ),
  m(
    'zh-Hans',
    ['extortion'],
    '我手上有好几个号 要是今天之内不给我打两百块 我每个号都给你来一条差评 你看着办',
  ),
  m(
    'zh-Hans',
    ['extortion', 'platform_complaint'],
    '我是小红书博主 几万粉 你们这个产品我可以不发差评笔记 但是得有点表示 一千块不过分吧',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '用了一周的扫地机器人就一直报错转圈圈，售后电话打不通，你们有没有人啊，再没人回我就去评价区说说你们的售后，反正我有的是时间',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '家人们谁懂啊，花了八百买的包线头一堆，我现在就去发个微博@你们官方，看你们回不回',
  ),
  m(
    'zh-Hans',
    ['safety', 'platform_complaint'],
    '这个充电器插上就有焦味了，我不敢再用，你们不召回不退款的话，我就向质监局举报',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '说的是实木 收到是颗粒板 还一股味 不给我全额退款 差评是肯定的 我还要在问大家里面回答所有人别买',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    'jd客服一直机器人回复 没有一个人工 你们再拖我就打12345投诉 真的受够了',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '快递把东西弄丢了 你们说不关你们的事 我查过了 消费者权益保护法写得很清楚 你们不赔 我就走诉讼',
  ),
  // --- zh-Hans, hard negatives
  m(
    'zh-Hans',
    [],
    '上个月我在你们家买的台灯给了差评，因为灯罩是碎的，后来你们补发了，这次我再买一个，希望别再碎了',
  ),
  m(
    'zh-Hans',
    [],
    '我闺蜜说她上次在别家买东西，商家威胁她说给差评就去她家门口，太吓人了，你们家应该不会这样吧哈哈',
  ),
  m(
    'zh-Hans',
    [],
    '请问一下你们的退货规则是怎样的，我看平台写的是七天无理由，但是详情页又写定制商品不退，到底以哪个为准',
  ),
  m(
    'zh-Hans',
    [],
    '放心吧亲 不会给你们差评的 东西虽然晚了两天 但是质量还可以 我懂快递的问题跟你们没关系',
  ),
  m(
    'zh-Hans',
    [],
    '太好用了！！！已经推荐给我朋友圈的姐妹们了，好几个都说要来买，记得给我们优惠哦',
  ),
  m(
    'zh-Hans',
    [],
    '店家你好，我看到有人在评价里说你们发的是二手货，是真的吗，我有点犹豫要不要下单',
  ),
  m(
    'zh-Hans',
    [],
    '快递到了但是外箱破了，里面东西应该没事，我先拆开看看，有问题再找你们，不用担心',
  ),
  m(
    'zh-Hans',
    [],
    '我之前投诉过12315是因为另一家店卖假货，你们家我一直很放心，这次还是老样子给我发顺丰吧',
  ),
  m(
    'zh-Hans',
    [],
    '刚看了平台的规则，说商家超时不发货要赔付，我就是问问你们大概什么时候能发，不急',
  ),
  m('zh-Hans', [], '气死了气死了 等了一个星期才到 打开一看颜色还挺好看的 算了原谅你们了'),
  m('zh-Hans', [], '我老公是律师，他让我问问发票能不能开公司抬头，要专票'),
  m('zh-Hans', [], '评价已经写好了 五星 还拍了买家秀 辛苦客服小姐姐了'),
  m('zh-Hans', [], '你们直播间那个主播说今晚12点前下单送赠品，我是11点半下的单，赠品会一起发吗'),
  m('zh-Hans', [], '东西坏了很郁闷，但是你们客服态度很好，换货就行，我不会因为这个给差评的'),
  m('zh-Hans', [], '看到新闻说有人在抖音曝光你们同行的假货，还好我买的是你们家，正品没问题'),
  m('zh-Hans', [], '没收到货，物流显示签收了，是不是放驿站了？麻烦帮我查一下，谢谢'),
  m('zh-Hans', [], '说实话有点失望，跟图片差别挺大的，不过价格便宜，就这样吧，下次不买这款了'),
  m(
    'zh-Hans',
    [],
    '我邻居买了你们家的空气炸锅说要去消协投诉，我问了一下是她自己没看说明书，哈哈你们别担心',
  ),
  // --- zh-Hant, threats
  m(
    'zh-Hant',
    ['review_threat'],
    '買的保溫瓶根本不保溫 早上裝的熱水中午就涼了 我問客服說是正常 正常你個頭 不處理我就去蝦皮留一星 把對話截圖全貼上去',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '衣服洗一次就變形，跟你們反映了三天都已讀不回，這件事我會讓大家知道，別以為我只是說說',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '商品跟網頁上寫的完全不一樣，你們不退款的話，我就直接打1950找消保官，順便PO上Dcard讓大家看看',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '我已經跟信用卡公司確認過了，48小時內沒有退款我就申請刷退，你們自己斟酌',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '等了快一個月還沒出貨，客服一直說在調貨，我們家族群組有一百多個人，很多都在你們這邊買過東西，你懂我意思吧',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '收到的是過期的保健食品，我已經拍照存證，也問過律師朋友了，你們再不回覆我就寄存證信函過去',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '訂金付了兩萬，東西到現在都沒做，打電話都不接，下禮拜一前沒退錢，我們就法院見',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '老實說東西沒什麼問題啦，但是如果可以給我一千塊的購物金，我就把評價改成五星，不然就維持一星',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '我不要退貨也不要換貨 你們直接匯三千給我當補償 不然我每天去你們粉專留言 負評也會一直寫',
  ),
  m(
    'zh-Hant',
    ['extortion', 'platform_complaint'],
    '我是YT開箱頻道的，訂閱五萬，這台我收到有刮傷，你們如果再送我一台新的加上業配費，影片我就不講這段',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '你們的外送餐點裡面有頭髮，我已經拍照了，再不給個交代我就檢舉到衛生局',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '行李箱輪子第一次出國就斷了 在機場拖得超狼狽 回來找你們還要我自付運費 好啊 那我就去Google評論寫清楚你們的保固有多爛',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '退貨退了兩個禮拜錢還沒退，我明天再沒看到退款就去消基會申訴，還會投訴到公平會',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '耳機右邊沒聲音 換了一次還是一樣 你們到底有沒有品管 再這樣我會在PChome評價寫清楚讓大家別再買',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '我在PTT和FB都有在發文的習慣，這次的遭遇網友應該會很有興趣，除非你們今天把問題解決',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '維修三次都修不好，還說要收檢測費，我已經準備提告了，你們等著收法院通知吧',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '蛋糕送到的時候整個塌掉 生日派對都毀了 你們一句抱歉就想打發 好 那就評論區見',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '我給你們兩個選擇，一是全額退款再加五百元紅包，二是我開十個帳號給你們洗負評',
  ),
  // --- zh-Hant, hard negatives
  m('zh-Hant', [], '之前因為出貨太慢給了三星，後來想想其實你們也很努力，我已經改成五星了'),
  m(
    'zh-Hant',
    [],
    '我朋友說她在別家買到假貨打去1950申訴，結果很快就處理了，你們這邊應該不用走到那一步吧，我只是想問退貨流程',
  ),
  m('zh-Hant', [], '請問你們的退換貨政策是七天鑑賞期嗎？我看蝦皮的規定好像不太一樣'),
  m('zh-Hant', [], '東西有點小瑕疵，但我不會給負評啦，放心，只是想讓你們知道一下'),
  m('zh-Hant', [], '謝謝老闆多送的小禮物！我已經PO上IG限動推薦給朋友了'),
  m('zh-Hant', [], '颱風天還準時送到，辛苦了，這件事我會讓大家知道你們多用心'),
  m('zh-Hant', [], '我是律師事務所的行政，想幫辦公室訂二十盒，有沒有團購價？'),
  m('zh-Hant', [], '好煩喔等了好久，不過東西很好看，原諒你們'),
  m('zh-Hant', [], '看到Dcard上有人說你們家的衣服會縮水，請問要怎麼洗比較好？'),
  m('zh-Hant', [], '信用卡刷退要多久才會入帳？客服說已經處理了，我只是確認一下時間'),
  m(
    'zh-Hant',
    [],
    '鄰居在社區群組罵另一家店罵得很兇，還說要去消基會，我看了覺得你們家比較可靠就來買了',
  ),
  m('zh-Hant', [], '包裹有點壓到，但裡面沒事，下次可以多包一層泡泡紙嗎'),
  m('zh-Hant', [], '上次的負評是我打錯商品了，不好意思，已經刪掉了'),
  // --- en, threats
  m(
    'en',
    ['review_threat'],
    'ok so i ordered the blue one got the pink one, emailed twice nothing, my kid cried because it was for her bday and honestly if i dont hear back by tmrw im leaving a 1 star and telling everyone exactly how you treat customers',
  ),
  m(
    'en',
    ['safety', 'platform_complaint'],
    'The blender started smoking the second time I used it. People on reddit are going to love this story, with the photos. Just saying.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "You have 24 hours to refund me for the parcel that never arrived. After that I'm filing a chargeback with my bank and you can explain it to them.",
  ),
  m(
    'en',
    ['review_threat'],
    "I've been patient. Three weeks, four emails, two 'we're looking into it'. The jacket still has a broken zip. My review is going to be very detailed and very honest, and it goes up Friday if nothing changes.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'honestly this is the worst customer service ive ever dealt with, the charger doesnt work, you wont refund, so im reporting you to the BBB and amazon, good luck',
  ),
  m(
    'en',
    ['legal_threat'],
    'The sofa you delivered is not the one I paid $2,400 for. My lawyer has the invoice and the photos. You can either fix this by Monday or deal with him.',
  ),
  m(
    'en',
    ['extortion'],
    "Look, I'll be straight with you. Send me $100 on PayPal and the 1-star review comes down today. Otherwise it stays up and I add more.",
  ),
  m(
    'en',
    ['extortion'],
    'The mug is fine really but I think a store credit of $75 would make my review a lot more positive, if you know what I mean',
  ),
  m(
    'en',
    ['extortion'],
    'I have 12 accounts. Either you send me two more of these for free or every one of them leaves you a bad review this week.',
  ),
  m(
    'en',
    ['review_threat'],
    "The shoes fell apart after one wear. I don't want to be that customer, but if you keep ignoring me, everyone considering this brand is going to read about it.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "Item arrived used with someone else's hair in it. Opening an A-to-Z claim tonight unless I get a return label in the next few hours.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "I work at a local TV station and my producer loves consumer stories. Your 'waterproof' watch died in the shower. Think about that before you send me another template reply.",
  ),
  m(
    'en',
    ['legal_threat', 'platform_complaint'],
    "This is the third defective heater you sent. I've contacted the attorney general's office and I'm talking to a lawyer about small claims. Refund me in full or this goes further.",
  ),
  m(
    'en',
    ['review_threat'],
    'wrong size AGAIN. seriously?? fix it or i swear my review is gonna be brutal',
  ),
  m(
    'en',
    ['extortion', 'platform_complaint'],
    "I'm an influencer with 200k followers on TikTok. Your serum did nothing for my skin. I can either post a review of my reaction or we can work something out, like a full refund plus a PR package and a fee.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "My Facebook group has 8,000 local moms in it and they ask me for recommendations all the time. Right now I'd tell them to avoid you. Your move on the missing order.",
  ),
  m(
    'en',
    ['review_threat'],
    "the lamp came shattered, i sent pics, you said you'd replace it, that was 10 days ago. im done waiting. 1 star goes up tonight unless i get a tracking number",
  ),
  m(
    'en',
    ['legal_threat'],
    'Consider this formal notice: the laptop was sold as new and it is refurbished. If I do not receive a full refund within 14 days I will file in small claims court.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Not refunding a damaged item is against your own policy and against Etsy's. I'm opening a case with Etsy and reporting the shop if this isn't sorted by end of day.",
  ),
  m(
    'en',
    ['extortion'],
    "Give me a full refund AND let me keep the item AND a $50 voucher for my trouble and I'll remove the review. Simple.",
  ),
  m(
    'en',
    ['review_threat'],
    "So the coffee machine leaks all over the counter, support told me to descale it (I did, twice) and now they've stopped replying. Fine. Trustpilot it is, and I'll make sure it's the first thing people see.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "I've screenshotted every message. If the replacement isn't shipped by Wednesday I'm disputing the charge with Amex.",
  ),
  m(
    'en',
    ['review_threat'],
    "You sold me a 'genuine leather' belt that peeled in a week. Keep stalling and I'll let every buyer on this listing know what they're really getting.",
  ),
  m(
    'en',
    ['legal_threat'],
    'Cancelled my order a month ago, still charged. Next message you get will be from my solicitor.',
  ),
  // --- en, hard negatives
  m(
    'en',
    [],
    "I left a 2-star review last year because the first one broke, but your replacement has been perfect so I've updated it to 5 stars.",
  ),
  m(
    'en',
    [],
    'A guy in my Facebook group threatened to sue a seller over a late parcel, which was ridiculous. Anyway, just wanted to ask when mine ships.',
  ),
  m(
    'en',
    [],
    "I was reading Amazon's A-to-Z guarantee page and I'm a bit confused. Do I need to contact you first before I can return it?",
  ),
  m(
    'en',
    [],
    "Don't worry, I'm not going to leave a bad review over a late delivery. Stuff happens. Just let me know when it's out for delivery.",
  ),
  m(
    'en',
    [],
    'People on reddit recommended your store and they were right, the kettle is great. Telling all my friends.',
  ),
  m(
    'en',
    [],
    'You have 24 hours left on the sale, right? I want to add two more to my order before it ends.',
  ),
  m(
    'en',
    [],
    'My bank flagged the payment as suspicious but I confirmed it was me, so it should go through now. Sorry for the delay.',
  ),
  m(
    'en',
    [],
    "Honestly so frustrated, it's the third time the courier has missed me. Not your fault, I know. Can I pick it up from the depot?",
  ),
  m(
    'en',
    [],
    "My sister is a lawyer and she loved the planner I got her, so I'm buying another for her colleague.",
  ),
  m(
    'en',
    [],
    "How do chargebacks work on your end? I accidentally paid twice and my bank asked whether I'd talked to the merchant first.",
  ),
  m(
    'en',
    [],
    "Will you be at the craft fair this weekend? I'll tell everyone in my knitting circle to come say hi.",
  ),
  m(
    'en',
    [],
    "The review I wrote said the colour was off, but that was my monitor. I've edited it. Sorry about that!",
  ),
  m(
    'en',
    [],
    'Is it normal for the box to be dented? The item inside looks ok, just checking before I throw the packaging away.',
  ),
  m(
    'en',
    [],
    'I saw a news story about a seller who got sued for fake reviews, which made me think of leaving you a real one. Five stars, well deserved.',
  ),
  // --- mixed, threats
  m(
    'mixed',
    ['review_threat'],
    '收到的 hoodie 尺码完全不对 M 发成 XS 找客服三天没回 今天再不 reply 我就直接给 1 star 然后把聊天记录全贴上去',
  ),
  m(
    'mixed',
    ['platform_complaint'],
    '你们这个 refund 拖了两个礼拜了 我已经跟 credit card company 打过电话了 明天还没退我就 dispute',
  ),
  m('mixed', ['extortion'], '给我 500 块 compensation 我就把 bad review 删掉 not negotiable'),
  m(
    'mixed',
    ['platform_complaint'],
    '包裹 lost 了你們還說不關你們的事 ok 那我 IG 跟 threads 都發一下 讓大家評評理',
  ),
  m('mixed', ['legal_threat'], 'this is 詐騙 ok 你們不退錢 我會找 lawyer 處理'),
  // --- mixed, hard negatives
  m('mixed', [], '东西很好 already 给了 5 star 还推荐给 colleague 了 thanks'),
  m('mixed', [], '請問 return policy 是幾天？我朋友說要 chargeback 很麻煩 所以想先問清楚'),
];
