// Sentences below are invented for these tests (not taken from any dataset).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const top = (text: string): string | undefined => analyze(text).causes[0]?.cause;
const ids = (text: string): string[] => analyze(text).causes.map((c) => c.cause);

describe('a dead or defective device is quality and outweighs a lateness remark', () => {
  it.each([
    ['今天才到，打开一试完全没有声音'],
    ['昨天才收到，插上电源指示灯不亮'],
    ['等了五天才到，结果开不了机'],
    ['快递今天才到，充不进电'],
    ['今天才到，完全沒有聲音'],
    ['昨天才收到，指示燈不亮'],
    ['It came a day late and it won’t turn on.'],
    ['Arrived late, and there is no sound at all.'],
    ['Shipping took a while, then it stopped working after two days.'],
    ['Dead on arrival, and delivery was late too.'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });

  it('keeps logistics first when the text is mainly about delivery', () => {
    expect(top('快递太慢了，等了一个星期才到，物流太差，东西还行')).toBe('logistics');
    expect(top('Took three weeks to arrive, the tracking was stuck, shipping was slow.')).toBe(
      'logistics',
    );
  });
});

describe('a refund is what the buyer wants, not a service complaint by itself', () => {
  it.each([
    ['收到就坏了，申请退款', 'quality'],
    ['收到就壞了，我要退款', 'quality'],
    ['The screen cracked the first week, I want a refund.', 'quality'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });

  it('does not list service for a plain refund wish', () => {
    expect(ids('东西坏了，退款吧')).not.toContain('service');
    expect(ids('It broke, I returned it for a refund.')).not.toContain('service');
  });

  it('still reads refused refunds and after-sales handling as service', () => {
    expect(top('申请退货，客服迟迟不给办理')).toBe('service');
    expect(top('申請退貨，客服遲遲不給辦理')).toBe('service');
    expect(top('I sent it in for repair twice and they still refused to replace it.')).toBe(
      'service',
    );
    expect(
      top('Spent three hours on the phone with support and nobody answered my question.'),
    ).toBe('service');
  });
});

describe('wrong item, flavour or ignored note → not_as_described', () => {
  it.each([
    ['口味搞错了，我点的是原味'],
    ['口味搞錯了，我點的是原味'],
    ['备注了不要葱，商家不看备注'],
    ['说好有赠品，结果赠品也没有'],
    ['The unit came with the wrong plug for my country.'],
    ['They sent the wrong cable, not what I asked for.'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
});

describe('food: taste and freshness are quality, cold food after a long wait is logistics', () => {
  it.each([
    ['菜太难吃了，不会再点', 'quality'],
    ['肉有点咸，米饭也不太好吃', 'quality'],
    ['菜有點鹹，米飯也不太好吃', 'quality'],
    ['The soup tasted stale and the bread was soggy.', 'quality'],
    ['送了两个小时，饭菜都凉透了', 'logistics'],
    ['送了兩個小時，飯菜都涼透了', 'logistics'],
    ['Food arrived cold after an hour and a half.', 'logistics'],
    ['付款了但是没吃到，骑手一直没送来', 'logistics'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('performance below hopes or hard to set up → expectation', () => {
  it.each([
    ['屏幕分辨率太低，看着很累'],
    ['用了以后头皮屑更多了'],
    ['用了以後頭皮屑更多了'],
    ['I can’t figure out how to set it up, too complicated.'],
    ['The speaker is way too quiet and it never understands me, not smart at all.'],
    ['Battery life is short and it lags all the time.'],
  ])('%s → expectation', (text) => {
    expect(top(text)).toBe('expectation');
  });
});

describe('price dropped after purchase or own mistake → buyer_remorse', () => {
  it.each([
    ['刚买就降价了，买完就降，心塞'],
    ['剛買就降價了，心塞'],
    ['忘记说不要辣了，辣得吃不下'],
    ['A week after I bought it the price dropped by 30 dollars.'],
  ])('%s → buyer_remorse', (text) => {
    expect(top(text)).toBe('buyer_remorse');
  });
});

describe('complaint terms inside longer terms keep their cause', () => {
  it('reads a negated positive food word as a taste complaint', () => {
    expect(top('太难吃了')).toBe('quality');
    expect(top('不怎么好吃')).toBe('quality');
  });
  it('reads "deliver faster" as a delivery complaint', () => {
    expect(top('送餐快点就更好了')).toBe('logistics');
  });
  it('does not add causes to a positive review', () => {
    expect(analyze('味道淡淡的，很清爽，很喜欢').causes).toEqual([]);
    expect(analyze('Ease of use is great, love it.').causes).toEqual([]);
  });
});

describe('a bare verdict names no cause', () => {
  it.each([
    'Totally disappointed.',
    '真的太失望了！',
    'I regret it, I hate this thing.',
    '垃圾，别买',
  ])('"%s" is negative without a cause', (text) => {
    const a = analyze(text);
    expect(a.sentiment).toBe('negative');
    expect(a.causes).toEqual([]);
  });

  it.each([
    ['Disappointed, the speaker sounds muffled.', 'expectation'],
    ['太失望了，用了两天就坏了', 'quality'],
  ])('"%s" keeps the cause it names', (text, cause) => {
    expect(analyze(text).causes[0]?.cause).toBe(cause);
  });
});

describe('a failed function is a defect, a hope unmet is expectation', () => {
  it.each([
    ['Two weeks in and it will not stream anything, keeps buffering.', 'quality'],
    ['Haven’t had it a month and already it cannot connect to the wifi.', 'quality'],
    ['The remote feels cheap and looks cheap.', 'quality'],
    ['插上以后用不了，试了几次都一样', 'quality'],
    ['Alexa does not understand half of what I say.', 'expectation'],
  ])('"%s" → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('cue families for the listing, missing pieces and transit', () => {
  it.each([
    ['S号小了，换了M还是小', 'not_as_described'],
    ['我点的是牛肉面，给我拿的是鸡蛋面', 'not_as_described'],
    ['套餐里没有给饮料', 'quality'],
    ['衬衫线头也没处理，到处都是', 'quality'],
    ['东西还行，就是包裹有折损', 'logistics'],
  ])('"%s" → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });

  it.each(['浪费钱，建议大家别买', 'How stupid is that?'])('"%s" is a bare verdict', (text) => {
    expect(analyze(text).causes).toEqual([]);
  });
});

describe('food that tastes worse than before or than hoped is bad-tasting food (quality)', () => {
  it.each(['这家的面没有以前好吃了', '一点都不好吃，还很贵', '没有想象中好吃'])(
    '"%s" → quality',
    (text) => {
      expect(top(text)).toBe('quality');
    },
  );
});

describe('value verdicts and unused purchases', () => {
  it('"worthless to me" is not a defect claim', () => {
    expect(top('No Spotify support, so it is worthless to me.')).not.toBe('quality');
  });
  it('a buyer who never uses it regrets the purchase', () => {
    expect(top('Works fine, but honestly I don’t need this and never really used it.')).toBe(
      'buyer_remorse',
    );
  });
});

describe('the listing set against what came is a mismatch, whatever the words for the difference', () => {
  it.each([
    ['鞋面颜色跟详情页差太多'],
    ['实物比主图暗很多'],
    ['和模特身上的完全两样'],
    ['号称真皮，其实是人造革'],
    ['买的是L码，寄来的是S码'],
    ['要的是原味，给我发成了辣味'],
    ['I already sent photos: the colour is wrong.'],
    ['The sizing was way off.'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });

  it('reads 发黑色的 as the colour sent, not as a part gone black', () => {
    expect(ids('叫的是蓝色，发黑色的过来')).toEqual(['not_as_described']);
  });

  it('does not read a repair story ("说是…但是") as a listing mismatch', () => {
    expect(ids('送去维修，说是主板的问题，但是要等一个月')).not.toContain('not_as_described');
  });
});

describe('a short portion is short measure (quality), a late courier is logistics', () => {
  it.each([['米饭分量太少，吃不饱'], ['菜量少得可怜'], ['饭量真的有点少'], ['不怎么好吃']])(
    '%s → quality',
    (text) => {
      expect(top(text)).toBe('quality');
    },
  );
  it('才送过来 is a late delivery', () => {
    expect(top('两个小时才送过来，饭都凉了')).toBe('logistics');
  });
});

describe('other quantities are not a portion', () => {
  it.each([['音量有点小'], ['电量太少了'], ['流量太少']])('%s → not quality', (text) => {
    expect(top(text)).not.toBe('quality');
  });
});

describe('oily or dry: cooking for food, feel in use for skin care', () => {
  it.each([
    ['防晒霜涂上脸有点油', 'expectation'],
    ['这个乳液偏油', 'expectation'],
    ['炒饭有点油', 'quality'],
    ['这家的菜偏油', 'quality'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('a person of the seller judged is the service', () => {
  it.each([['The rep was useless.'], ['Tech support was no help at all.'], ['客服一点用都没有']])(
    '%s → service',
    (text) => {
      expect(top(text)).toBe('service');
    },
  );
  it('leaves a family member alone (the device was bought for her)', () => {
    expect(top('Bought it for my mom, she finds it too hard to use.')).toBe('expectation');
  });
});

describe('a complaint term praised right after it names the topic judged', () => {
  it.each([['送餐员态度好，菜也好吃'], ['送货上门又及时，水果新鲜']])('%s → no cause', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('what the buyer compares with: the listing, the order note, or their own hopes', () => {
  it.each([
    ['说是支持快充，到手才发现根本充不快', 'not_as_described'],
    ['说海景房，其实什么都看不到', 'not_as_described'],
    ['备注了加辣也没加', 'not_as_described'],
    ['我说多带两包醋也不给带', 'not_as_described'],
    ['说好开发票，到现在也没寄', 'not_as_described'],
    ['The seller said it was compatible with my car, it is not.', 'not_as_described'],
    ['我以为是精装版，结果是薄薄一本', 'expectation'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('whose speed: the delivery beside a delivery word, the device otherwise', () => {
  it.each([
    ['这次发货速度慢得离谱', 'logistics'],
    ['平板运行速度太慢，打开软件要半天', 'expectation'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('a fault that comes and goes, or a caller who cannot hear, is a defect', () => {
  it.each([
    ['耳机声音一会大一会小'],
    ['信号时好时坏'],
    ['Callers can barely hear me on this headset.'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
});

describe('a sigh or a brand insult names no cause', () => {
  it.each([['唉…何必呢'], ['无良企业，抵制！']])('%s → none', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a limit of what the goods do is the expectation gap', () => {
  it.each([
    ['It will not play anything but its own format.'],
    ['There is no way to mount it on a bike.'],
  ])('%s → expectation', (text) => {
    expect(top(text)).toBe('expectation');
  });
});

describe('an A-not-A question (给不给换) asks, it does not complain of the service', () => {
  it('reads the defect, not a refusal', () => {
    expect(top('瓶子裂了，不知道卖家给不给换')).toBe('quality');
  });
});

describe('a "new" item that arrives used is the listing, not nothing', () => {
  it.each([
    ['收到却有使用痕迹，明明买的是新品'],
    ['Sold as new, but it had signs of use all over the case.'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
});

describe('what the buyer compares with decides: function, hopes or the listing (seventh round)', () => {
  it.each([
    ['说好送的数据线，拆开什么都没有', 'not_as_described'],
    ['号称续航十小时，实际根本达不到', 'not_as_described'],
    ['买的黄心猕猴桃，切开是绿心', 'not_as_described'],
    ['店家能不能看备注，又放了香菜', 'not_as_described'],
    ['送的赠品做工很差，跟没送一样', 'expectation'],
    ['送的赠品很难看，根本用不上', 'expectation'],
    ['说好的赠品没有收到', 'not_as_described'],
    ['手表刚开始走得挺准，过了一个月以后就慢了', 'quality'],
    ['这个平板刚开始还挺快，用了一个月后来就很卡', 'quality'],
    ['这台音箱声音太小了', 'expectation'],
    ['系统太难用了，装软件都麻烦', 'expectation'],
    ['It will not sync with my calendar account at all.', 'expectation'],
    ['None of the buttons work, total junk.', 'quality'],
    ['The picture could be better for the price.', 'expectation'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('whose failure it is: the delivery, the goods or the seller (seventh round)', () => {
  it.each([
    ['晚上六点半下的单，八点才送到', 'logistics'],
    ['送餐速度慢，汤也凉了', 'logistics'],
    ['骑手把汤全洒在袋子里了', 'logistics'],
    ['快递送来的时候箱子被压坏了', 'logistics'],
    ['找了半天也找不到驱动，装系统太麻烦了', 'expectation'],
    ['这本词典纸张一股味道太大了，打开就头晕', 'quality'],
    ['土豆丝没炒熟，硬的', 'quality'],
    ['喝了这个奶茶肚子不舒服一晚上', 'quality'],
    ['这个耳机总是坏，已经修了两次', 'quality'],
    ['面条太咸了', 'quality'],
    ['售后的客服非常渣，问什么都不知道', 'service'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });

  it('a side or a surface (表面, 面积) is no dish', () => {
    expect(ids('这本书里面的内容很无聊')).toEqual(['expectation']);
    expect(ids('手机表面很容易花')).toContain('quality');
  });

  it('a lost thing without a delivery is not the courier', () => {
    expect(ids('说明书上的功能找不到在哪里，不会用')).not.toContain('logistics');
  });
});

describe('giving up, a missing gift, a sour dish, a dropping link (seventh round, third draw)', () => {
  it.each([
    ['外卖等太久了，不要了', 'logistics'],
    ['不想要了，想退', 'buyer_remorse'],
    ['东西挺好，什么赠品都没', 'not_as_described'],
    ['这个凉拌菜居然是酸的，放坏了吧', 'quality'],
    ['The earbuds kept disconnecting from my phone.', 'quality'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});
