// A sixteenth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts nor
// real-problem.ts nor the threat tests (only set 14's header and format, the headers of sets
// 10–13 for the label conventions, and eval-analysis.ts for the split). Its focus is issue 9's
// line between review_threat, extortion and a plain complaint, in new vocabulary: real problems
// in product areas the earlier sets barely touch (aquarium filters, standing desks, fountain pens,
// projectors, wallpaper batches, wigs, 3D printers, dashcams, fishing reels, sewing machines,
// e-readers, skateboard bearings, grow lights, custom cabinet doors), complaint channels beyond
// the known ones (小红书 / 抖音 / 微博 / 知乎, 黑猫投诉, 12315, 12345, 市场监管, 消委會, 消基會, 行政院消保處,
// 1950, Dcard / PTT / Threads / IG, small claims / 小额诉讼 / 小額錢債審裁處, 律师函 / 存證信函, Reddit,
// TikTok, Facebook groups, Trustpilot, Google 評論, the BBB, Trading Standards, the card issuer,
// Amazon A-to-z, eBay Money Back Guarantee, PayPal), every conditional form (if / unless /
// otherwise / or else / either…or / "or I'll", 不…就, 否则, 要不然, 再不…就, 除非, 看着办, 不然的话,
// 到时候别怪我, 唔…就, a deadline as the condition: "You've got 48 hours", 明天之前, 這週內). Extortion
// here: money or goods beyond a remedy (精神损失费, "$300 for my trouble", keep the item and get
// the refund), professional reviewers and sellers of coverage (职业差评师, 手上二十多个号, "I review for
// a living"), repeated cases ("I do this with every seller", 这个月五家店), threats with no problem,
// and threats to write a made-up problem ("I'll write that it gave me a rash"); a small real
// problem with a demand far beyond its remedy is extortion. About 43% are hard negatives built
// from the same parts: a buyer describing what they already did (a case filed, a past review),
// asking how to complain, quoting a threat someone else made, a promise of a good review if it
// is fixed, polite notices of a return or refund request through the platform, a threat withdrawn,
// plain complaints with nothing threatened, and conditionals and deadlines that threaten nothing
// (请在周五之前发货，否则就赶不上生日了; "If it's not here by Friday, I'll cancel the order"; 到时候别怪我
// 没提醒 about an address; 颜色你们看着办).
// Labels (as in sets 7–14): review_threat = a real problem stated + a bad review threatened (on
// the marketplace or a review site: Trustpilot, Google 評論, 蝦皮 評價); extortion = a review or a
// complaint traded without a problem stated, for money or items beyond a remedy, by a
// professional reviewer, or as a repeated practice (then not also review_threat);
// platform_complaint = any body, regulator, bank/card, platform claim or public exposure (social
// networks, forums, groups) threatened; legal_threat = lawyers, courts, legal letters.
// First run (unchanged code, 153 rows, 66 with a threat flag, 87 with any flag): threat P 0.98
// R 0.83, extortion P 0.79 R 0.70, review_threat P 1.00 R 0.76, legal_threat P 0.86 R 1.00,
// platform_complaint P 0.72 R 0.79, safety fp 2; by language zh-Hans threat R 0.83, extortion
// P 0.86 R 0.67, review_threat R 0.83, platform_complaint P 0.73 R 0.89; zh-Hant threat R 0.86,
// extortion P 1.00 R 0.78, review_threat R 0.90, platform_complaint P 0.64 R 0.70; en threat
// P 0.95 R 0.82, extortion P 0.60 R 0.67, review_threat R 0.55, legal_threat P 0.67,
// platform_complaint P 0.80 R 0.80. Tuning half (74): threat P 1.00 R 0.79, extortion P 0.73
// R 0.53, review_threat P 1.00 R 0.81, legal_threat P 1.00 R 1.00, platform_complaint P 0.77
// R 0.71, safety fp 2. Checking half (79): threat P 0.97 R 0.88, extortion P 0.85 R 0.92,
// review_threat P 1.00 R 0.71, legal_threat P 0.80 R 1.00, platform_complaint P 0.68 R 0.87.
// Tuning half after its fixes by kind (threats-kinds-16.test.ts): every flag P 1.00 R 1.00 except
// safety fp 2 (made-up symptoms the buyer threatens to write, 用了会过敏 / "a rash": the safety
// reader is not this helper's to change). While tuning, one eval diff showed the checking half's
// platform_complaint aggregate once by accident (P 0.72 R 0.87); no checking row was printed.
// Held out, the checking half measured once after those fixes: threat P 0.97 R 0.88, extortion
// P 0.85 R 0.92, review_threat P 1.00 R 0.71, legal_threat P 0.80 R 1.00, platform_complaint
// P 0.72 R 0.87 (only platform_complaint P moved, 0.68 -> 0.72: one fp fewer); by language
// zh-Hans review_threat R 0.60, platform_complaint P 0.67; zh-Hant review_threat R 0.83,
// platform_complaint P 0.60 R 0.75; en threat P 0.92, extortion P 0.83 R 0.83, review_threat
// R 0.67, legal_threat P 0.50. The tuning kinds carried over little.
// Then the checking half was opened and fixed by kind ("opened" in threats-kinds-16.test.ts: a
// third person's threat with a pronoun after 说, a subreddit r/… as Reddit, a clog 堵死 as a
// fault): checking threat P 0.97 R 0.88, extortion P 0.92 R 0.92, review_threat P 1.00 R 0.76,
// legal_threat P 0.80 R 1.00, platform_complaint P 0.82 R 0.93, no longer held out; whole set
// threat P 0.98 R 0.94, extortion P 0.96 R 0.96, review_threat P 1.00 R 0.88, legal_threat P 0.86,
// platform_complaint P 0.90 R 0.97, safety fp 2. Not fixed: three rows of a step already taken
// (我已经在黑猫投诉提交了, 已經向消保處提出申訴了, "I already opened an A-to-z claim") are labelled
// hard negatives here as the task asked, but the repo's older tests flag a complaint already made
// as platform_complaint (我已经打了12345热线), so that kind was tried and reverted.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_15: ThreatMessage[] = [
  // --- zh-Hans, real problem + review threat
  m(
    'zh-Hans',
    ['review_threat'],
    '鱼缸过滤器装上第二天就不转了，水全浑了。三天内不给我寄个新的，我就追评一星，把浑水视频挂上去。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '升降桌左边电机一点反应都没有，桌面一高一低。不给修也不给换，别怪我评价里写得难听。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '钢笔一吸墨就从笔杆缝里往外漏，手上全是墨水。要么换支新的，要么我就给差评，你们选。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '投影仪画面正中间有一排坏点，一开机就看得到。再不处理，我的评价就是“坏点机，千万别买”。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '墙纸两卷颜色明显不一样，贴上去一块深一块浅。除非给我补同一批次的，否则我追评把对比图发出来。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '扫地机器人每天都卡在同一个地方报错，重置了好几次也没用。你们要是还让我等，我就去评论区好好说说你们的售后。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '电动牙刷充了一晚上电还是开不了机。你们先给个说法，不然的话这单评价我只能打一星。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '假发到手一梳就大把掉毛，戴一天秃一块。今天之内给答复，到时候别怪我在追评里把图全放出来。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '积木少了一整包零件，说明书第十二步就拼不下去了。补件还要等一个月？那我直接差评。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '3D打印机喷头第一次用就堵死了，客服只会让我自己通。要不然你们派人来修，要不然等着看我的评价。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '办公椅气杆坐着坐着就往下沉，一天要调好几次。明天之前不回复，我就给你们店铺打最低分。',
  ),
  // --- zh-Hans, real problem + a channel (platform, body, social media) or a court
  m(
    'zh-Hans',
    ['platform_complaint'],
    '下单的是正品耳机，到手一听就是山寨货，序列号官网根本查不到。不给退，我就发小红书和抖音曝光你们店。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '茶叶收到的时候已经受潮结块了，罐子封口也是破的。不给个合理的处理，我直接打12315举报。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '装修用的瓷砖一半都有裂纹，物流说是你们包装的问题。你们再这样推来推去，我就去黑猫投诉。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '说好的七天无理由退货，现在又说拆封了不能退。那行，我打12345热线反映，看看到底谁有理。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '智能手表的表扣第二天就断了。你们不处理的话，我就在微博上艾特你们官方，让大家都看看。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '羽绒服标着白鸭绒含绒量百分之九十，拆开一看全是碎毛。再拖着，我就在知乎写一篇详细的帖子，再去市场监管局举报。',
  ),
  m(
    'zh-Hans',
    ['platform_complaint', 'review_threat'],
    '行车记录仪三天两头提示存储卡错误，换了卡也一样。这个月内不解决，我就申请平台介入，顺便给个差评。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '定做的窗帘短了二十厘米，尺寸是你们客服确认过的。不给重做，我就去法院申请小额诉讼，聊天记录我都留着。',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '沙发买回来一周就塌了一边，你们一直拖着不管。再不给处理，我就让律师给你们发律师函。',
  ),
  // --- zh-Hans, extortion
  m(
    'zh-Hans',
    ['extortion'],
    '我是职业差评师，你们这个链接我已经盯上了。转我两百，这事就算了，不然每天一条差评。',
  ),
  m('zh-Hans', ['extortion'], '东西没毛病，但你们得再补我三百块，不给我就追评一星。'),
  m(
    'zh-Hans',
    ['extortion'],
    '我手上有二十多个号，开个价吧，不然这个商品的评分我让它掉到三分以下。',
  ),
  m(
    'zh-Hans',
    ['extortion', 'platform_complaint'],
    '这单我不退货，钱你们全退给我，东西我留着。不同意的话我就去小红书发帖说你们卖假货。',
  ),
  m('zh-Hans', ['extortion'], '我每家店都是这么处理的：给我返五十，我给好评；不返，差评。'),
  m('zh-Hans', ['extortion'], '还没收到货呢，先说好，不送我一套赠品，收到货我就打一星。'),
  m(
    'zh-Hans',
    ['extortion', 'platform_complaint'],
    '耳机是有一点点杂音，但我要你们赔我一千块精神损失费，不然我就去黑猫投诉，再发抖音曝光。',
  ),
  m('zh-Hans', ['extortion'], '你们要是不给我免单，我就在评论区写吃出虫子了，反正你们也说不清。'),
  m(
    'zh-Hans',
    ['extortion'],
    '上个月我在三家店都拿到了补偿，你们也别例外，发我一百块红包，差评我就不写了。',
  ),
  // --- zh-Hans, hard negatives
  m('zh-Hans', [], '我已经在黑猫投诉提交了，单号也发给你们了，麻烦尽快联系我处理。'),
  m('zh-Hans', [], '请问如果要打12315投诉，需要准备哪些材料？我只是先了解一下。'),
  m('zh-Hans', [], '楼下邻居说他要去小红书曝光你们，我劝他先等等，我觉得你们会处理好的。'),
  m('zh-Hans', [], '只要给我换个新的，我一定给五星好评，还会追评夸你们的售后。'),
  m('zh-Hans', [], '我已经在平台上提交了退货申请，原因选的是尺码不合适，麻烦帮忙审核一下。'),
  m('zh-Hans', [], '保温杯根本不保温，倒进去的热水两个小时就凉了，太失望了。'),
  m('zh-Hans', [], '如果尺码不合适的话，我就申请换一个大一号的，可以吧？'),
  m('zh-Hans', [], '请在周五之前发货，否则就赶不上我妈的生日了，拜托了。'),
  m('zh-Hans', [], '颜色你们看着办吧，灰色蓝色都行，我不挑。'),
  m('zh-Hans', [], '之前说要去12345投诉，是我太着急了，现在已经给我换好了，就不投诉了。'),
  m('zh-Hans', [], '上次那家店不给退，我给了差评还打了12315，你们这次处理得很快，谢谢。'),
  m('zh-Hans', [], '要不然这样吧，你们先补发一个配件，其余的我自己装。'),
  m('zh-Hans', [], '再不发货我就不要了，直接取消订单退款吧。'),
  m('zh-Hans', [], '除非你们有黑色的现货，不然我就先不买了。'),
  m('zh-Hans', [], '看了抖音上的测评才买的，到手确实不错，已经推荐给朋友了。'),
  m('zh-Hans', [], '我朋友是律师，他说这种情况七天无理由是可以退的，对吧？'),
  m('zh-Hans', [], '评价我等用一段时间再写，放心，不会乱写的。'),
  m('zh-Hans', [], '电风扇声音有点大，不过还能接受，就是跟你们说一声。'),
  m('zh-Hans', [], '知乎上有人问你们家的质量怎么样，我回答说还不错。'),
  m('zh-Hans', [], '到时候别怪我没提醒，你们快递单上的地址写错了一个字，麻烦改一下。'),
  m('zh-Hans', [], '我申请了仅退款，因为物流显示签收了但我没收到，麻烦帮忙核实一下。'),
  m('zh-Hans', [], '你们要是有优惠券的话发我一张呗，没有也没关系。'),
  // --- zh-Hant, real problem + review threat
  m(
    'zh-Hant',
    ['review_threat'],
    '縫紉機才用第二次就跳線，車出來的線全是鬆的。不幫我換一台，我就在賣場留一星評價。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '耳環的耳針收到就是彎的，根本戴不進去。要不然重寄一副，要不然我就照實寫評價。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '捲線器轉起來一直有沙沙的摩擦聲，才釣兩次而已。再不回我訊息，評價就別怪我寫得很難看。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '相機鏡頭裡面有霉斑，賣場上明明寫全新。除非今天給我退貨單號，否則我就把照片放在評論區。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '部無線路由器成日斷線，打電話畀你哋又冇人聽。唔換就唔好怪我喺評價度鬧爆你哋。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '條褲嘅尺碼同相片差一大截，著唔落。聽日之前唔回覆，我就即刻畀一星。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '按摩槍按不到五分鐘就自己停，充電也充不滿。請盡快處理，不然的話這筆訂單的評價我只能給最低分。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '充氣泳池灌好水一個晚上就漏光了，底部有個破洞。今天沒有回覆，到時候別怪我在蝦皮評價放影片。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '手帳裡面的日期印錯了，三月直接跳到五月。再拖下去，我就去Google評論給你們店一顆星。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '喇叭音量一開大就破音，明明是新買的。給個說法，不然我就寫一篇長長的負評。',
  ),
  // --- zh-Hant, real problem + a channel or a court
  m(
    'zh-Hant',
    ['platform_complaint'],
    '網購的吸塵器吸力超弱，跟廣告說的完全不一樣。你們再不處理，我就去行政院消保處申訴。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '訂金付了，等了兩個月還沒出貨，也不退錢。這週內沒有下文，我就找消基會，順便打1950。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '部相機收到嘅時候已經有花痕，你哋話係正常。再唔處理，我就去消委會投訴。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '網店話包退，而家又話過咗期。唔退錢，我就喺Facebook群組公開你哋間舖。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '保養品收到已經過期三個月了。不退款的話，我就上Dcard和PTT發文，讓大家看看你們怎麼做生意。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '用信用卡付的款，東西一直沒寄出。星期五前還沒出貨，我就打給發卡銀行申請爭議款。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '部機有壞，你哋又唔肯換，信用卡公司嗰邊我會做 chargeback，唔好話我冇講過。',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '燈管一直閃個不停，換了插座也一樣。不處理就別怪我在IG限動和Threads上分享這次的經驗。',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '訂做的西裝尺寸完全錯，跟量身的數字差很多。再不退款，我就寄存證信函，然後去小額訴訟。',
  ),
  m(
    'zh-Hant',
    ['legal_threat'],
    '張梳化送到嘅時候已經爛咗，公司又唔認。唔賠錢，我就入小額錢債審裁處告你哋。',
  ),
  // --- zh-Hant, extortion
  m(
    'zh-Hant',
    ['extortion'],
    '我是專門寫評價的，粉絲有好幾萬。你們匯三千給我，這篇負評就不會出現。',
  ),
  m('zh-Hant', ['extortion'], '商品沒問題啦，但我要你們再退我三百，不退的話，一星評價馬上就上去。'),
  m('zh-Hant', ['extortion'], '俾五百蚊我，我就唔留差評，唔俾？你哋自己諗。'),
  m(
    'zh-Hant',
    ['extortion', 'platform_complaint'],
    '東西我留著，錢你們全退，不然我就說你們賣假貨，評論區和Dcard都寫。',
  ),
  m('zh-Hant', ['extortion'], '我每一家店都這樣：送我一個贈品換五星，不送就一星，你們自己選。'),
  m('zh-Hant', ['extortion'], '包裹都未拆，先俾張禮券我，唔係我就喺Google評論寫你哋啲嘢好差。'),
  m(
    'zh-Hant',
    ['extortion', 'platform_complaint'],
    '杯子是有一點小刮痕，但我要求賠償兩千元精神損失，不然就消保官見。',
  ),
  m('zh-Hant', ['extortion'], '這個月我已經在五家店拿到補償了，你們也一樣，給我五百，負評就刪。'),
  m('zh-Hant', ['extortion'], '你們不免費再寄一組給我，我就寫說用了會過敏，反正你們也查不到。'),
  // --- zh-Hant, hard negatives
  m('zh-Hant', [], '我已經向消保處提出申訴了，案件編號寄到你們的信箱，請儘快回覆。'),
  m('zh-Hant', [], '請問喺香港如果要去消委會投訴，需要準備收據嗎？'),
  m('zh-Hant', [], '我同事說他要去PTT爆料你們，我覺得先等你們回覆比較好。'),
  m('zh-Hant', [], '只要幫我換一個新的，我一定給五顆星，還會推薦給朋友。'),
  m('zh-Hant', [], '我已經在蝦皮按了申請退貨退款，理由是顏色不對，麻煩幫我確認。'),
  m('zh-Hant', [], '件衫洗一次就縮晒水，真係好失望。'),
  m('zh-Hant', [], '如果尺寸不合的話，我再申請換貨就好，不用擔心。'),
  m('zh-Hant', [], '請在星期四前寄出，否則我出國就收不到了，謝謝。'),
  m('zh-Hant', [], '顏色你們看著辦，白色或米色都可以。'),
  m('zh-Hant', [], '之前說要打1950，是我太衝動了，問題解決了就不打了，謝謝你們。'),
  m('zh-Hant', [], '上次別家不退，我給了負評也申訴了消基會，你們這次處理很快，感謝。'),
  m('zh-Hant', [], '要不然這樣好了，先寄一個替換的零件給我，其他我自己處理。'),
  m('zh-Hant', [], '再不出貨的話，我就取消訂單了，直接退款給我就好。'),
  m('zh-Hant', [], '除非有藍色的，不然我這次先不買。'),
  m('zh-Hant', [], '睇咗YouTube開箱先買，用落真係唔錯，已經介紹咗畀朋友。'),
  m('zh-Hant', [], '我姊姊是律師，她說七天鑑賞期內可以退，對嗎？'),
  m('zh-Hant', [], '評價我會用一陣子再寫，放心，會寫得很公道。'),
  m('zh-Hant', [], '到時候別怪我沒提醒你們，這個地址要寫到樓層，不然快遞會送錯。'),
  m('zh-Hant', [], '我用信用卡分期付款，請問發票可以開公司抬頭嗎？'),
  m('zh-Hant', [], '收到的書角有點壓到，不影響閱讀，跟你們說一聲而已。'),
  m('zh-Hant', [], '你哋唔使驚，我唔會留差評，只係想換返件新嘅。'),
  m('zh-Hant', [], 'Dcard上有人問你們家的東西好不好，我回說還不錯。'),
  // --- en, real problem + review threat
  m(
    'en',
    ['review_threat'],
    "The stand mixer's bowl wobbles and the dough hook scrapes the bottom. Replace it or I'm leaving a one-star review with the video.",
  ),
  m(
    'en',
    ['review_threat'],
    "My hiking boots split at the sole seam after two walks. Unless I hear back by Friday, the review goes up and it won't be kind.",
  ),
  m(
    'en',
    ['review_threat'],
    "The projector has a cluster of dead pixels right in the middle. Fix this, otherwise I'll be writing an honest review about it.",
  ),
  m(
    'en',
    ['review_threat'],
    'Three of the twelve wine glasses arrived shattered. Send replacements, or else my feedback will say exactly how they were packed.',
  ),
  m(
    'en',
    ['review_threat'],
    "The e-reader freezes every time I turn a page. If this isn't sorted this week, I'll update my review to one star.",
  ),
  m(
    'en',
    ['review_threat'],
    'The curtains are 20 cm shorter than the listing says. Either you exchange them or I leave negative feedback.',
  ),
  m(
    'en',
    ['review_threat'],
    'The dashcam keeps saying "card error" and I\'ve tried three different cards. Keep ignoring me and see what the review says.',
  ),
  m(
    'en',
    ['review_threat'],
    "My keyboard's space bar double-types on every press. Refund me or I'll post a review on Trustpilot warning people.",
  ),
  m(
    'en',
    ['review_threat'],
    'The massage gun cuts out after a minute. You have 48 hours before my review goes live.',
  ),
  m(
    'en',
    ['review_threat'],
    "The skateboard bearings seized on the first ride. Don't make me publish the review I'm drafting right now.",
  ),
  // --- en, real problem + a channel or a court
  m(
    'en',
    ['platform_complaint'],
    "Ordered a genuine charger, got an obvious knockoff with a misspelled logo. Refund me or I'm filing an A-to-z claim.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "The item never arrived and tracking hasn't moved in three weeks. If I don't get a refund by Monday, I'm opening an eBay Money Back Guarantee case.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'Sold as "like new", arrived with a cracked screen. Sort it out or I\'ll dispute the payment with PayPal.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "The sofa cover doesn't fit the model you listed. I'll be calling my card issuer for a chargeback unless I get a return label today.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "The robot vacuum died on day four and support keeps closing my tickets. One more canned reply and I'm filing with the BBB.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'The perfume smells nothing like the real one and the batch code is fake. Refund me, or I post the comparison on r/fragrance and TikTok.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "My grow light stopped working after ten days. Keep stalling and I'll share this in every gardening Facebook group I'm in.",
  ),
  m(
    'en',
    ['platform_complaint', 'review_threat'],
    "The watch loses ten minutes a day. If you won't replace it, Trading Standards will hear about it, and so will anyone reading my one-star review.",
  ),
  m(
    'en',
    ['legal_threat'],
    "The custom cabinet doors were cut to the wrong size and you've stopped answering. Refund the $900 by the 15th or I'm filing in small claims court.",
  ),
  m(
    'en',
    ['legal_threat'],
    "The treadmill motor died in week two and you refuse the warranty. Honour it, or you'll be getting a letter from my lawyer.",
  ),
  // --- en, extortion
  m('en', ['extortion'], "Nothing's wrong with the lamp, but I want $50 back or it gets one star."),
  m(
    'en',
    ['extortion'],
    'I review products for a living and my page has 80k followers. Make it worth my while and the review stays positive.',
  ),
  m(
    'en',
    ['extortion'],
    "Haven't opened the box yet. Send me a second one free and I'll leave five stars; otherwise it's one.",
  ),
  m(
    'en',
    ['extortion', 'platform_complaint'],
    "I'm keeping the item and you refund the full amount, or I tell TikTok your shop is a scam.",
  ),
  m(
    'en',
    ['extortion'],
    'I do this with every seller: $20 to my PayPal and the review stays at five stars, nothing and it drops to one.',
  ),
  m(
    'en',
    ['extortion', 'platform_complaint'],
    "The mug has a tiny scuff. I want $300 for my trouble, or I'm posting about you on Reddit and leaving one star.",
  ),
  m(
    'en',
    ['extortion'],
    'Give me a gift card and my negative feedback disappears. Simple as that.',
  ),
  m(
    'en',
    ['extortion'],
    "You're the fourth shop this month to pay me to remove a review. Your turn: $40 and it's gone.",
  ),
  m(
    'en',
    ['extortion'],
    "Unless you comp my whole order, I'll write that it gave me a rash. Nobody can prove otherwise.",
  ),
  // --- en, hard negatives
  m(
    'en',
    [],
    'I already opened an A-to-z claim yesterday; the case number is in the message thread. Just letting you know.',
  ),
  m('en', [], 'How do I file a complaint with the BBB? Asking for my mum, not about your shop.'),
  m(
    'en',
    [],
    "Another buyer in the Facebook group said he'd report you to his card issuer. I told him to give you a chance.",
  ),
  m('en', [], "If you can swap it for a working one, I'll happily change my review to five stars."),
  m(
    'en',
    [],
    "I've submitted a return request through Amazon for the wrong size. Could you approve it when you get a chance?",
  ),
  m('en', [], 'The kettle takes forever to boil and the lid sticks. Really disappointed.'),
  m('en', [], "If it doesn't fit, I'll just request an exchange through eBay, no problem."),
  m('en', [], "Please ship by Thursday, otherwise it won't arrive before the wedding."),
  m('en', [], "Unless you have it in navy, I'll pass this time."),
  m(
    'en',
    [],
    "I said I'd go to small claims last week, but you've refunded me, so that's done. Thanks.",
  ),
  m(
    'en',
    [],
    "Last time a seller ignored me I left one star and filed a PayPal dispute. You've been great, though.",
  ),
  m('en', [], "Or else, if it's easier, just send the missing screws and I'll assemble it myself."),
  m('en', [], "If it's not here by Friday, I'll cancel the order and get a refund instead."),
  m(
    'en',
    [],
    "Saw your product on TikTok and it's even better in person. Already told my friends.",
  ),
  m(
    'en',
    [],
    "My sister's a lawyer and she says I'm entitled to a refund within 30 days. Is that right?",
  ),
  m('en', [], "I'll leave a review after I've used it for a month. Don't worry, it'll be fair."),
  m('en', [], "I won't be leaving bad feedback, I just want the strap replaced."),
  m('en', [], 'I paid with PayPal. Could you send an invoice for my records?'),
  m(
    'en',
    [],
    'My card issuer flagged the payment as suspicious; it was me, so please do not cancel the order.',
  ),
  m('en', [], 'The box was dented but the blender inside is fine. Just so you know.'),
  m('en', [], 'Someone on Reddit asked about your shop and I said the service was good.'),
  m(
    'en',
    [],
    "Don't blame me later if the parcel goes missing: the address on file is my old one, please update it.",
  ),
];
