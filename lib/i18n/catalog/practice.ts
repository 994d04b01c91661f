// UI strings of practice mode, in the three UI languages. Keys are
// 'practice.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const practice = defineMessages({
  en: {
    'practice.open': 'Practice',
    'practice.title': 'Practice mode',
    'practice.intro':
      'Walk through typical cases on Defuse’s bundled copies of the seller-centre pages. Practice cases are marked and kept out of real statistics and exports.',
    'practice.toggle': 'Mark the cases I open as practice',
    'practice.on': 'Practice mode: cases you open are marked as practice.',
    'practice.scenarios': 'Scenarios',
    'practice.pages': 'All practice pages',
    'practice.openPage': 'Open the practice page',
    'practice.openPageFor': 'Open the practice page for “{name}”',
    'practice.notYet': 'Arrives with this marketplace’s practice pages.',
    'practice.where':
      'Practice pages open at their seller-centre address. In the practice browser (npm start) Defuse serves its bundled copy there, so nothing reaches the marketplace.',
    'practice.badge': 'Practice',
    'practice.s.quality': 'Quality: a lid that cracked on first use',
    'practice.s.quality.goal':
      'Apologise, ask for a photo, offer a replacement or refund; never ask for the review.',
    'practice.s.logistics': 'Logistics: arrived nine days late',
    'practice.s.logistics.goal':
      'Own the delay, explain what you changed, offer something for the wait.',
    'practice.s.extortion': 'Extortion: “refund or I leave 1 star”',
    'practice.s.extortion.goal':
      'Fix the real problem, keep the evidence, never pay for a review, consider an appeal.',
    'practice.s.safety': 'Safety: a buyer cut by broken glass',
    'practice.s.safety.goal':
      'Escalate to a manager first, keep evidence, no argument and nothing conditional.',
    'practice.s.contacted': 'A buyer you already contacted',
    'practice.s.contacted.goal': 'Read what was said before; follow up instead of starting over.',
    'practice.s.hant': 'A Traditional-Chinese buyer on Tmall',
    'practice.s.hant.goal':
      'The draft follows the buyer’s script (繁體), whatever your UI language.',
    'practice.s.ebay80': 'eBay: a reply in 80 characters',
    'practice.s.ebay80.goal': 'Say the essential in one line the feedback reply box accepts.',
  },
  'zh-CN': {
    'practice.open': '演练',
    'practice.title': '演练模式',
    'practice.intro':
      '在 Defuse 自带的卖家中心页面副本上演练典型案例。演练案例会被标记，不计入真实统计和导出。',
    'practice.toggle': '把我打开的案例标记为演练',
    'practice.on': '演练模式：您打开的案例会被标记为演练。',
    'practice.scenarios': '场景',
    'practice.pages': '全部演练页面',
    'practice.openPage': '打开演练页面',
    'practice.openPageFor': '打开“{name}”的演练页面',
    'practice.notYet': '该平台的演练页面加入后即可使用。',
    'practice.where':
      '演练页面在卖家中心的原网址打开。在演练浏览器（npm start）中，Defuse 在该网址提供自带的副本，不会访问平台。',
    'practice.badge': '演练',
    'practice.s.quality': '质量：盖子第一次用就裂了',
    'practice.s.quality.goal': '道歉、请买家拍照、提供换货或退款；绝不要求改评。',
    'practice.s.logistics': '物流：晚到九天',
    'practice.s.logistics.goal': '承认延误，说明改进，为等待做出补偿。',
    'practice.s.extortion': '敲诈：“不退款就给一星”',
    'practice.s.extortion.goal': '先解决真实问题，保留证据，绝不为评价付钱，可考虑申诉。',
    'practice.s.safety': '安全：买家被碎玻璃割伤',
    'practice.s.safety.goal': '先上报主管，保留证据，不争辩，不附加任何条件。',
    'practice.s.contacted': '已联系过的买家',
    'practice.s.contacted.goal': '先看之前说过什么，跟进而不是从头再来。',
    'practice.s.hant': '天猫上的繁体中文买家',
    'practice.s.hant.goal': '草稿跟随买家的字体（繁體），与您的界面语言无关。',
    'practice.s.ebay80': 'eBay：80 字符以内的回复',
    'practice.s.ebay80.goal': '用评价回复框接受的一行话说清要点。',
  },
  'zh-TW': {
    'practice.open': '演練',
    'practice.title': '演練模式',
    'practice.intro':
      '在 Defuse 內建的賣家中心頁面副本上演練典型案例。演練案例會被標記，不計入真實統計和匯出。',
    'practice.toggle': '把我開啟的案例標記為演練',
    'practice.on': '演練模式：您開啟的案例會被標記為演練。',
    'practice.scenarios': '情境',
    'practice.pages': '全部演練頁面',
    'practice.openPage': '開啟演練頁面',
    'practice.openPageFor': '開啟「{name}」的演練頁面',
    'practice.notYet': '該平台的演練頁面加入後即可使用。',
    'practice.where':
      '演練頁面在賣家中心的原網址開啟。在演練瀏覽器（npm start）中，Defuse 在該網址提供內建的副本，不會連到平台。',
    'practice.badge': '演練',
    'practice.s.quality': '品質：蓋子第一次用就裂了',
    'practice.s.quality.goal': '道歉、請買家拍照、提供換貨或退款；絕不要求改評。',
    'practice.s.logistics': '物流：晚到九天',
    'practice.s.logistics.goal': '承認延誤，說明改進，為等待做出補償。',
    'practice.s.extortion': '勒索：「不退款就給一星」',
    'practice.s.extortion.goal': '先解決真實問題，保留證據，絕不為評價付錢，可考慮申訴。',
    'practice.s.safety': '安全：買家被碎玻璃割傷',
    'practice.s.safety.goal': '先通報主管，保留證據，不爭辯，不附加任何條件。',
    'practice.s.contacted': '已聯絡過的買家',
    'practice.s.contacted.goal': '先看之前說過什麼，追蹤而不是從頭再來。',
    'practice.s.hant': '天貓上的繁體中文買家',
    'practice.s.hant.goal': '草稿跟隨買家的字體（繁體），與您的介面語言無關。',
    'practice.s.ebay80': 'eBay：80 字元以內的回覆',
    'practice.s.ebay80.goal': '用評價回覆框接受的一行話說清重點。',
  },
});
