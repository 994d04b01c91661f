// The kinds added to the safety flag from the tuning half of safety-blind3.fixture.ts, each with
// new sentences (none is a row of any set) and the figures of speech or harmless readings that
// the same words have, which must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagged = (t: string): boolean => analyze(t).flags.includes('safety');

const cases: [kind: string, yes: string[], no: string[]][] = [
  [
    'skin that stings or burns once a product is on it, a ruined face, red skin peeling',
    [
      '防晒霜涂上去就灼热发红，洗掉了还疼',
      '这瓶爽肤水拍完脸就烂脸了',
      '面霜擦完整个额头又痒又脱皮',
      '用咗個面膜塊面刺刺痛痛',
    ],
    [
      '这个精华涂上去很清爽，一点都不刺痛',
      '冬天皮肤干容易脱皮，这款保湿很好',
      '火辣辣的川味，正宗',
    ],
  ],
  [
    'a swelling still there, swelling in Cantonese (not 臃肿)',
    ['被夹到以后手现在还是肿的', '用完眼霜眼皮一直肿', '食完啲蝦隻手肿晒'],
    ['这个软件越更新越臃肿', '羽绒服穿起来有点臃肿，不显瘦'],
  ],
  [
    'a rash or blisters on a body part',
    [
      '戴了这个手表脸上没事，手腕上起了一片小红点',
      '洗完衣服手上长了好多疙瘩',
      '穿了两天脚上都起泡了',
    ],
    ['手机壳上起泡了，贴得不好', '墙上起了几个泡，是油漆问题'],
  ],
  [
    'something that snaps or flies back onto a body part',
    ['拉力器的弹簧断了，直接崩到我脸上', '绳子断了，铁扣甩在他手上'],
    [
      '弹幕飞到屏幕上挡住了字',
      '这首歌一下就打到我心里',
      '年会抽到手机一台，开心',
      '快递三天就飞到手上了',
    ],
  ],
  [
    'cutting tools that take flesh',
    ['擦丝器太利，削到手指好大一块皮', '新菜刀太快了，一不小心切到手'],
    ['这把刀切菜很顺手', '削皮刀不好用，削到一半就卡住', '视频卡了就切到手机上看'],
  ],
  [
    'treatment told instead of the harm',
    [
      '用了这个卷发棒，最后去诊所缝了两针',
      '吃了这款零食浑身发痒，去医院开了点药',
      '手被蒸汽熏到，涂了药一个礼拜才好',
      '饮完呢支茶要食敏感药',
      '用了这个染发剂头皮又痒又疼，去看了皮肤科',
    ],
    [
      '医生推荐的牌子，所以买了',
      '看医生推荐的视频才买的',
      '这个药膏擦了药三天就好了，很管用',
      '诊所缝纫机的线质量好',
    ],
  ],
  [
    'symptoms after something taken (intake first)',
    ['这款减肥茶喝完心慌手抖', '吃了这个保健品以后胃痛了一整天', '饮咗呢隻酵素之後肚痛到唔識郁'],
    ['看到价格心跳加速，太便宜了', '笑到我肚子疼，客服太逗了', '喝完这个茶睡得很香'],
  ],
  [
    'heat marks on the home, an electrical part gone black',
    [
      '卷发棒放在梳妆台上，烫出了一个黑印',
      '插座那边已经烧黑了，吓人',
      '排插用了一个月，插孔全黑了',
    ],
    ['桌子上有个黑色的圈是设计', '充电器是黑色的，很好看', '用了一年插头都没黑，质量好'],
  ],
  [
    'a breaker tripped at once or with a bang',
    ['烤箱一插上就跳闸，全屋停电', '电热毯一开就啪的一声跳闸'],
    ['插线板带过载保护，超负荷会自动跳闸，很安心', '家里空调开多了跳闸，跟这个没关系'],
  ],
  [
    'a limb caught, said in Cantonese',
    ['個女隻手卡咗喺門縫度', '隻腳卡喺樓梯欄杆'],
    ['部手机卡咗成日', '张卡咗喺部机入面'],
  ],
  [
    'a child restraint that lets go',
    ['餐椅的安全带扣一拉就弹开了，孩子差点掉下来', '腰凳用了一周卡扣就松脱'],
    ['安全座椅卡扣很牢，拉都拉不开', '推车的遮阳篷能轻松拆开'],
  ],
  [
    'an injury given as the reason for a delay is not harm from the product',
    ['这个梯子踩上去断了，摔伤了腿'],
    [
      '我自己打球扭伤了脚，暂时没法去寄回，能延长几天吗',
      'I sprained my ankle at the gym so I cannot ship it back this week.',
    ],
  ],
  [
    'a hospital ward as the workplace',
    ['宝宝吃了这个辅食起疹子，去看急诊'],
    ['我在儿科急诊上班，这个保温杯每天带', '我喺急症室做嘢，对鞋好好着'],
  ],
  [
    'skin sensations paired in English',
    ['This serum burns and itches on contact.', 'After one use my cheeks were red and flaking.'],
    ['This hot sauce burns so good.', 'Red and white colour scheme, looks great.'],
  ],
  [
    'a person sick told as a state',
    [
      'We were all sick the next morning after the chicken.',
      'My daughter was violently sick after eating two of these.',
    ],
    [
      'I was sick of waiting for the parcel.',
      'These beats are sick.',
      'The graphics is sick for the price.',
    ],
  ],
  [
    'a bad reaction to something taken, and help called',
    [
      'The pre-workout gave me palpitations for hours.',
      'My heart was racing after one capsule.',
      'We had to call poison control after he drank some.',
      'My wife ended up in the hospital after using this spray.',
    ],
    [
      'This movie had my heart racing!',
      'The nurse recommended this brand.',
      'I ended up in the hospital car park waiting for the courier.',
    ],
  ],
  [
    'allergy medicine needed',
    [
      'Had to take Benadryl after the first spoonful.',
      'My son needed an EpiPen after eating this bar.',
    ],
    ['I keep Benadryl in my bag just in case, this bag has a great pocket for it.'],
  ],
  [
    'a bruised or cracked body part, a landing on one',
    [
      'I chipped a tooth on a stone in the rice.',
      'The ladder folded and I landed on my elbow.',
      'Bruised my ribs when the bench tipped over.',
    ],
    [
      'The doll arrived with a cracked leg.',
      'The chair has a broken arm rest.',
      'The parcel landed on my doorstep in two days.',
    ],
  ],
  [
    'a child restraint that lets go, in English',
    [
      'The high chair harness came undone while she was eating.',
      'The booster buckle pops open by itself.',
    ],
    [
      'The car seat buckle is stiff but holds firmly.',
      'The stroller basket strap came off, annoying.',
    ],
  ],
  [
    'electrical damage to the home',
    [
      'The power strip is scorched around one socket.',
      'Found the adapter pins blackened after one night.',
      'The fuse blew with a loud pop the moment I switched it on.',
    ],
    [
      'The charger stopped working and smells like burning plastic.',
      'Blackened salmon seasoning, tastes great.',
      'The box warns to unplug it when not in use.',
    ],
  ],
  // Kinds from the checking half, opened after its held-out measure.
  [
    'brakes that do not grip, a pram rolling away with the baby in it',
    [
      '电动车的刹车不灵，下坡差点撞墙',
      'The scooter brakes failed on the hill.',
      'The pram rolled down the ramp with our son in it.',
    ],
    ['刹车很灵敏，停得很稳', "The brakes don't squeak any more after the adjustment, great."],
  ],
  [
    'a child restraint broken, a head or face hitting something',
    ['餐椅的安全带扣坏了，宝宝滑下去了', '折叠凳突然收起来，我额头撞到桌角'],
    ['安全座椅的扣很紧，一次都没坏', '我头撞墙也想不明白为什么还没发货'],
  ],
  [
    "a dangerous small thing in a child's mouth",
    [
      '发现宝宝嘴里含着一颗磁珠',
      '個女口入面含住粒螺絲',
      'Caught my son with a coin battery from the toy in his mouth.',
    ],
    [
      '宝宝嘴里含着奶嘴睡着了',
      '孩子嘴里含着棒棒糖，很开心',
      'Would it be a problem if my baby puts it in her mouth?',
    ],
  ],
  [
    'wire in food further from the verb, a Cantonese wound before the body part',
    ['食到第三啖先發現有條鐵線', '啲魚骨刮損個喉嚨'],
    ['吃到最后发现少了一包酱料', '個袋刮損咗少少'],
  ],
  [
    'a power bank swollen, told across clauses',
    ['移動電源放在車上一個下午，拿回來已經脹起'],
    ['移动电源用了一年，一点都没鼓起'],
  ],
  [
    "a hazard told of someone else's item is a fear, not a case",
    ['看到新闻说这款奶粉被召回了，我家孩子正在喝'],
    [
      '网友的电热毯起火了，我这个用着还好',
      "Someone's heater in the reviews melted, mine works fine.",
    ],
  ],
  [
    'a question with a condition before the harm',
    ['My kettle sparked last night. What should I do?'],
    ['如果孩子把零件吞下去会怎样？', 'What happens if the battery overheats?'],
  ],
];

describe('safety kinds from the third blind set', () => {
  for (const [kind, yes, no] of cases) {
    it(kind, () => {
      for (const t of yes) expect(flagged(t), t).toBe(true);
      for (const t of no) expect(flagged(t), t).toBe(false);
    });
  }
});
