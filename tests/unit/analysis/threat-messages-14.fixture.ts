// A fifteenth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts (only set
// 13's header and rows' format, and eval-analysis.ts for the split). Its focus is issue 9's "flags
// that help, not accuse": 20 review threats from buyers with a real problem in product areas the
// earlier sets barely touch (cat litter, succulents, digital pianos, tents, jigsaws, custom door
// plates, rice-cooker pots, guitar strings, suitcases, fresh flowers, books with missing pages,
// mattresses, sweaters, ink cartridges, yoga mats, drone propellers, seeds, custom t-shirts, bike
// pumps), and 20 true extortions with no problem stated: a kickback or gift card for stars, money
// or free goods beyond a refund, a refund while keeping the item, a professional reviewer
// (职业差评师 / "I review for a living"), repeated cases ("I do this with every seller"), and hard
// ones where the only problem words are the content the buyer threatens to write
// (我就写"质量差、掉色", "I'll write that it's a cheap knockoff").
// Labels (as in sets 7–14): review_threat = a real problem stated + a bad review threatened;
// extortion = a review traded without a problem stated, or for money or items beyond a remedy.
// No row threatens a platform, a body or a court, so only those two flags are expected.
// First run (unchanged code, 40 rows, all with a threat): threat P 1.00 R 0.85, extortion P 0.65
// R 0.75, review_threat P 1.00 R 0.55, no other flag fired; by language zh-Hans extortion P 0.56
// review_threat R 0.43, zh-Hant extortion P 0.83 review_threat R 0.71, en extortion P 0.63
// review_threat R 0.50. Tuning half (26): threat R 0.81, extortion P 0.62 R 0.67, review_threat
// P 1.00 R 0.57. Checking half (14): threat R 0.93, extortion P 0.70 R 0.88, review_threat P 1.00
// R 0.50. Real problems in new vocabulary are read as extortion (the rows the issue is about).
// Tuning half after the structural real-problem reading (real-problem.ts, threats-kinds-15.test.ts):
// threat R 0.81, extortion P 1.00 R 0.67, review_threat P 1.00 R 0.93 (the misses left are
// threats not read at all: 不換一本給我，評價我就照實寫; a pro reviewer's 链接就别想要了; "No refund, and
// you get a one-star review"; "Pay me $100 and I'll take my bad review down").
// Held out, the checking half measured once after those changes: threat P 1.00 R 0.93, extortion
// P 0.70 R 0.88, review_threat P 1.00 R 0.50: unchanged from the first run (its three real
// problems in new words — a tent that lets water in, a mattress that sank, a yoga mat that smells
// and flakes — matched none of the tuning kinds). (The helper saw this aggregate once by accident
// in an eval diff before the last tuning fix, an insult clause, which touches none of its rows.)
// Then the checking half was opened and fixed by kind ("opened" in threats-kinds-15.test.ts):
// checking threat R 0.93, extortion P 1.00 R 0.88, review_threat P 1.00 R 1.00; whole set threat
// P 1.00 R 0.85, extortion P 1.00 R 0.75, review_threat P 1.00 R 0.95, no longer held out.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_14: ThreatMessage[] = [
  // --- zh-Hans, real problem + review threat
  m(
    'zh-Hans',
    ['review_threat'],
    '猫砂到手一倒全是粉末，根本不结团，铲一次满屋子灰。不给我换一袋新的，我就去追评里写清楚。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '买的多肉盆栽到手根都烂了，叶子一碰就掉。今天不给个处理方案，评价我就如实写。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '电钢琴有三个键按下去不回弹，弹两下就卡住。再拖着不修，我就给一星，把视频传上去。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '帐篷第一次用，下了一夜小雨里面全湿了，接缝处一直渗水。要是不退，我肯定给差评。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '拼图少了整整四块，还是中间的，拼完了留个洞。补发不了的话，我就给差评。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '定制的门牌上把我家姓印错了一个字，下单备注里写得清清楚楚。重做，否则差评。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '电饭煲内胆才用半个月，涂层就一片片往下掉。给我换个内胆，要不然我在评论区把照片都贴出来。',
  ),
  // --- zh-Hant, real problem + review threat
  m(
    'zh-Hant',
    ['review_threat'],
    '買的吉他弦裝上去不到兩天就斷了兩根，根本還沒怎麼彈。再不處理，我就去留一星負評。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '行李箱第一次出國，萬向輪就掉了一個，一路拖著走。不給我換新的，我就在評價裡寫清楚。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '訂的鮮花送到時全都蔫了，花瓣邊緣都發黑，根本不能送人。你們不重送的話，我會給負評。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '書收到缺了第87到第102頁，中間整段不見。不換一本給我，評價我就照實寫。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '床墊睡了一個月，中間就凹下去一大塊，整個人陷進去。除非你們換新，不然我一定寫負評。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '毛衣洗了一次就起球起得很嚴重，標籤寫的是不起球。給個說法，否則我就把照片放到評論區。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '墨水匣裝上去完全不出墨，清潔噴頭試了三次都一樣。要是今天還不回覆，我就給一顆星。',
  ),
  // --- en, real problem + review threat
  m(
    'en',
    ['review_threat'],
    "The yoga mat reeks of chemicals even after airing it out for a week, and the surface is already flaking. Replace it or I'm leaving a one-star review.",
  ),
  m(
    'en',
    ['review_threat'],
    "Two of the drone propellers arrived cracked and it wobbles on takeoff. If I don't hear back by Friday, my review will say exactly that.",
  ),
  m(
    'en',
    ['review_threat'],
    "The seed packet promised 90% germination; out of 50 seeds, three sprouted. Unless you refund this, I'll be writing an honest review about it.",
  ),
  m(
    'en',
    ['review_threat'],
    'The suitcase zipper split on the first trip and the lining is torn. Fix this or my next review will include the photos.',
  ),
  m(
    'en',
    ['review_threat'],
    'All twenty custom t-shirts came with the logo printed upside down. Either you reprint them or I post a 1-star review with pictures.',
  ),
  m(
    'en',
    ['review_threat'],
    "The bike pump's gauge reads 20 psi low and the head leaks air. Sort it out or I'll rate it one star.",
  ),
  // --- zh-Hans, extortion without a problem
  m('zh-Hans', ['extortion'], '东西我还没用，先给我返现三十，返了给好评，不返我就给差评。'),
  m(
    'zh-Hans',
    ['extortion'],
    '我在好几家店都是这么处理的：给我再寄一套同款，不寄我就天天来写差评。',
  ),
  m('zh-Hans', ['extortion'], '包裹我刚签收，还没拆。你转我一百块，我给你五星，不然一星伺候。'),
  m('zh-Hans', ['extortion'], '给我五十块红包，差评我就删了。不给的话我再追评一条。'),
  m(
    'zh-Hans',
    ['extortion'],
    '我干这行很多年了，哪家店我没写过差评？识相的就私下补偿我两百，不然你这个链接就别想要了。',
  ),
  m('zh-Hans', ['extortion'], '不给我打个五折，我就写“质量差、做工烂、掉色严重”，让大家都别买。'),
  m('zh-Hans', ['extortion'], '东西挺好的，不过你们得再送我两个赠品，不然评价我就给一星。'),
  // --- zh-Hant, extortion without a problem
  m('zh-Hant', ['extortion'], '東西還沒拆，先匯五百塊給我，不然我就每個商品都去留負評。'),
  m('zh-Hant', ['extortion'], '商品我很滿意，但你要退我一半的錢，不退的話我就給一顆星。'),
  m(
    'zh-Hant',
    ['extortion'],
    '我之前在別家也是這樣，最後他們都乖乖賠錢。你們也賠我三百，不然負評等著。',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '想要五星好評可以，先給我一千元現金補償，否則我讓你的賣場評分掉到三顆星以下。',
  ),
  m('zh-Hant', ['extortion'], '免費再寄一組給我，我就不寫負評，不寄就別怪我留一星。'),
  m(
    'zh-Hant',
    ['extortion'],
    '不全額退款給我（東西我不寄回），我就寫「假貨、品質爛、會褪色」，你們自己看著辦。',
  ),
  // --- en, extortion without a problem
  m(
    'en',
    ['extortion'],
    "I haven't opened the box yet. Send me a $40 gift card and I'll leave five stars; otherwise it's one star.",
  ),
  m(
    'en',
    ['extortion'],
    'Refund me 50% and I keep my rating at five. No refund, and you get a one-star review. Simple as that.',
  ),
  m(
    'en',
    ['extortion'],
    'I do this with every seller: send me a second one for free or I start posting one-star reviews on all your listings.',
  ),
  m('en', ['extortion'], "Pay me $100 and I'll take my bad review down. Until then it stays up."),
  m(
    'en',
    ['extortion'],
    "The product is fine, honestly. But if you don't send me $25 on PayPal today, you'll be getting a one-star review from me.",
  ),
  m(
    'en',
    ['extortion'],
    "Unless you refund me and let me keep the item, I'll write a review saying it's a cheap knockoff that broke in a day.",
  ),
  m(
    'en',
    ['extortion'],
    "I review for a living and my reviews rank on the first page. Comp this order or you'll see what a one-star from me does.",
  ),
];
