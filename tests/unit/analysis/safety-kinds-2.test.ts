// The kinds added to the safety flag from the tuning half of safety-blind2.fixture.ts, each with
// new sentences (none is a row of any set) and the figures of speech or harmless readings that
// the same words have, which must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagged = (t: string): boolean => analyze(t).flags.includes('safety');

const cases: [kind: string, yes: string[], no: string[]][] = [
  [
    'a wound told as a gash (口子), Cantonese 损 after the verb',
    [
      '拆快递的时候被包装上的铁皮把手背划了一道口子',
      '削皮器太锋利了，我手指割了个小口子',
      '個刨刀好利，手指割損咗',
      '开罐头的时候舌头刮损了',
    ],
    ['裤子被钉子划了一道口子', '书包侧面割了个口子，质量不行', '我跌損咗部電話，螢幕花咗'],
  ],
  [
    'a fracture or stitches (not 骨折价 or sewing)',
    ['梯子突然折了，我爸摔下来小腿骨折', '菜刀把手松了，额头缝了三针', '被锈钉扎到，去打了破伤风'],
    [
      '今天这个价格简直是骨折价',
      '价格打到骨折了，赶紧囤',
      '裤子开线了，自己缝了两针就好',
      '纯手缝的包，做工精致',
    ],
  ],
  [
    'gastroenteritis and a gripping belly ache',
    ['吃了这家的凉皮，第二天就得了肠胃炎', '喝完这瓶酸奶肚子绞痛了一下午'],
    ['肠胃不好的人也能放心吃', '这本关于肠胃炎饮食的书写得很清楚', '暖宫贴能缓解腹痛，冬天必备'],
  ],
  [
    'a whole person thrown by a fall',
    ['平衡车突然加速，我整个人摔了出去', '踏板断了，我奶奶整个人往后跌倒'],
    ['这首歌一响我整个人都飞起来了', '整个人都放松了，睡得很香'],
  ],
  [
    'a body part pinched, a nail gone black',
    ['抽屉滑轨没有缓冲，女儿的手被夹住了', '门夹到手，指甲盖都发紫了'],
    ['用手夹住纸条就可以了', '这款指甲油的紫色很显白', '夹子很紧，能把被子夹住'],
  ],
  [
    'hot water or oil splashed onto someone, a scald by its size',
    ['炸锅的热油溅到我胳膊上', '咖啡机的蒸汽喷到手上，烫红了一大片'],
    ['热水出水很快，泡面很方便', '开水壶烧水快，也不会溅出来'],
  ],
  [
    'fumes: a symptom after a smell or after use',
    [
      '衣柜一打开就是刺鼻的胶水味，在房间待一会就头晕',
      '这个地垫味道太重了，放在卧室我一晚上嗓子疼',
      '喷了这个杀虫剂以后我一直胸闷',
      'The smell from this foam mattress left me dizzy for two days.',
      'Strong chemical odor, my wife had trouble breathing in the room.',
    ],
    [
      '味道很淡，放在卧室也不会头疼',
      '这个软件用起来太复杂了，看得我头晕',
      '物流这么慢真让人头疼',
      'Smells like fresh lemons, no headaches like with the old brand.',
      'This order has been a headache from start to finish.',
    ],
  ],
  [
    'a recall or a test over a safety limit',
    [
      '这款电热水壶上了召回名单，我们家一直在用',
      '检测报告显示这批儿童水杯塑化剂超标',
      'The stroller I bought was recalled for a faulty brake.',
      'Got a safety recall email about this space heater today.',
    ],
    [
      '如果我没记错的话，上次也是这个颜色',
      "I don't recall ordering the blue one.",
      '甲醛检测合格，没有超标',
    ],
  ],
  [
    'a cut told with another verb',
    [
      'The mandoline slicer nicked my thumb on the first use.',
      'A staple in the box pierced my finger.',
    ],
    [
      'I sliced the bread with it, works great.',
      'It nicked the paint on my car door when I dropped it.',
    ],
  ],
  [
    'something lodged in a throat, an emergency visit',
    [
      'A piece of the chew toy got stuck in her throat and she was gagging.',
      'Ended up in urgent care after the hair dryer sparked onto my hand.',
      'We had to take our puppy to the emergency vet after he ate the filling.',
    ],
    [
      'The vet recommended this brand and my dog loves it.',
      'The lid was stuck, had to use a knife to open the jar.',
    ],
  ],
  [
    'a small part in a small child’s mouth',
    ['One of the beads came off the rattle and my son had it in his mouth.'],
    ['My daughter put it in her backpack and took it to school.'],
  ],
  // Kinds found once the checking half had been measured (held out) and opened.
  [
    'a loose small part near a small child, or put in a child’s mouth',
    [
      '小熊的鼻子一扯就掉，宝宝才八个月，太危险了',
      '磁珠很容易掉，我家两岁的孩子差点吃进去',
      '珠子脱落了好几颗，宝宝直接往嘴里放',
    ],
    ['衣服的纽扣掉了一颗，自己缝上了', '薯片太好吃了，一片接一片往嘴里塞'],
  ],
  [
    'heat scorching the home, a heater that stays on when tipped, a near fire',
    [
      '电熨斗放在桌上，把桌布烧出一个洞',
      '油汀倒了都不断电，吓死人',
      '烤箱一开火苗突然蹿出来',
      '台灯灯罩太靠近灯泡，差点烧起来',
    ],
    ['蜡烛很好点，一下就把灯芯点着了', '倒了会自动断电，很安全'],
  ],
  [
    'mould in what a baby drinks from, Cantonese diarrhoea',
    ['水杯的吸管用了两周就发霉了，孩子天天用', '食完佢哋嘅外賣，成家人肚屙'],
    ['奶瓶用了半年都很干净，没有发霉', '这个霉干菜扣肉很好吃'],
  ],
  [
    'a time phrase is not a negation (没多久就, 不到一周就)',
    ['电热毯用了没多久就冒烟了', '充电宝买了不到一周就鼓包了'],
    ['充电器用了很久都没发烫', '根本感觉不到发烫，散热很好'],
  ],
  [
    'zapped, a pad turning scorching hot, marks left on the skin',
    [
      'The lamp switch zapped me twice this week.',
      'The foot warmer turned scorching hot within minutes.',
      'The massager left red welts on my neck.',
    ],
    [
      'The summer here is brutal, glad the fan works.',
      'The strap left no marks at all, very comfy.',
    ],
  ],
  // Readings of the new kinds' words that are no harm, found by probing after the fixes.
  [
    'discounts, teethers, griping, relief, winning customers back, fireworks, warnings',
    ['燃气灶火苗突然窜起来', '梯子折了，我爸小腿骨折'],
    [
      '双十一价格直接骨折，太划算了',
      '宝宝很喜欢往嘴里塞这个牙胶，很安全',
      '我一闻到这个香味就想吐槽包装',
      '闻了这个香薰，头疼都缓解了',
      '这款面霜能缓解红肿',
      '召回了几个老客户',
      '烟花很漂亮，火焰窜得很高',
      'Smells amazing, cured my headache.',
      'I found it in her mouth after she grabbed the pacifier, she loves it.',
      'Be careful, it gets scorching hot.',
    ],
  ],
];

describe('safety kinds from the second blind set', () => {
  for (const [kind, yes, no] of cases) {
    it(kind, () => {
      for (const t of yes) expect(flagged(t), t).toBe(true);
      for (const t of no) expect(flagged(t), t).toBe(false);
    });
  }
});
