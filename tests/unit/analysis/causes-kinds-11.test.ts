// Issue 9, blind set 11 (furniture, cosmetics, pets, car parts, fresh food, keys, tickets, books,
// baby goods): one test per kind of tuning-half miss fixed in causes.ts, cause-words.ts and
// index.ts. Sentences are invented for these tests (not rows of any set).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const top = (text: string): string | undefined => analyze(text).causes[0]?.cause;

describe('the smallest use, then a failure, is a defect', () => {
  it.each([
    ['晾衣架一掰就断了 塑料太脆'],
    ['吹风机一插电就短路了'],
    ['裤子洗了一次就缩水了 短了一截'],
    ['螺丝拧了两回就滑丝了'],
    ['充电宝用三个小时就没电了'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
});

describe('a state found broken, a measure wrong, a code refused', () => {
  it.each([
    ['牙膏挤不出来 管口是堵的'],
    ['体重秤称得不准 同一个人差了三斤'],
    ['游戏兑换码提示已被使用'],
    ['卡密显示无效 客服让我再等等 等了两天还是无效'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it('不准退 (not allowed) is no inaccurate measure', () => {
    expect(top('说是定制的不准退 可我根本没要定制')).not.toBe('quality');
  });
});

describe('English: broken at the first use, destroyed in minutes, spoiled, a part that fails on arrival', () => {
  it.each([
    ['Pretty bag, but the strap snapped the second time I used it.'],
    ['My cat shredded this "heavy duty" scratcher in ten minutes.'],
    ['Half the lemons were rotten and the rest were slimy.'],
    ["The cabinet arrived with doors that don't close all the way."],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it('"isn\'t close" is no failure to close', () => {
    expect(top("The color isn't close to what I wanted, it's just dull.")).not.toBe('quality');
  });
});

describe('a claim of the listing, then what came', () => {
  it.each([
    ['详情页说加厚款 结果薄得能透光'],
    ['页面根本没写是试用装 收到才一点点'],
    ['收到的是单只装 页面写着一对'],
    ['留言说了要大号 结果发来一个小号'],
    ['耳机塑封是拆开的 里面还有用过的痕迹'],
    ['主图上的葡萄又紫又大 收到的又青又小'],
    ['买家秀跟你家模特照完全两回事'],
    ['實品跟商品照差超多'],
    ['件衫同網上張相唔同 顏色深好多'],
    ['收到嘅手袋貨不對辦'],
    ['Ordered the walnut finish, got a pale pine one.'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it('a promise of the delivery stays the delivery', () => {
    expect(top('说好的当日达 结果隔了三天才到')).toBe('logistics');
  });
  it('a term promised and not kept is the listing, not an expired good', () => {
    expect(top('买的是终身会员 半年就提示过期了')).toBe('not_as_described');
  });
  it('"got it" is the arrival, not a different item', () => {
    expect(top('Ordered on Monday, got it on Friday, and it stopped working a day later.')).toBe(
      'quality',
    );
  });
});

describe('the one the goods are for refusing them, the look on the buyer, not worth going', () => {
  it.each([
    ['宝宝不肯用这个吸管杯 一直推开'],
    ['我家狗狗闻都不闻这个零食'],
    ["Our puppy won't even touch these treats."],
    ['颜色是对的 就是穿上显黑'],
    ['游乐园人多到爆 还不如不去'],
    ['椅子太硬了 不是我想要的感觉'],
  ])('%s → expectation', (text) => {
    expect(top(text)).toBe('expectation');
  });
  it('hours in a queue are no delivery', () => {
    expect(top('展览门票 进场排队两个小时 体验很一般')).not.toBe('logistics');
  });
});

describe("the seller's people standing the buyer up, slow answers, a return denied", () => {
  it.each([
    ['约好上门安装 师傅爽约两次'],
    ['It took them two weeks to reply to my question about sizing.'],
    ['退货寄回去十天了 卖家说没收到'],
  ])('%s → service', (text) => {
    expect(top(text)).toBe('service');
  });
});

describe("the buyer's own mistake or a duplicate", () => {
  it.each([['自己选错了颜色 想换一个'], ['Turns out my husband already had one. Returning it.']])(
    '%s → buyer_remorse',
    (text) => {
      expect(top(text)).toBe('buyer_remorse');
    },
  );
  it("the seller's words blaming the buyer are not the buyer's own", () => {
    expect(top('客服硬说是我自己看错了 不给退')).not.toBe('buyer_remorse');
  });
});

describe('the carrier, the parcel and the cold chain', () => {
  it.each([
    ['UPS left the package in the rain and the box was soaked through.'],
    ['包裹被压扁了 里面的蛋糕全碎了'],
    ['冰袋全化了 到手的冰淇淋都成水了'],
    ['Ice packs were warm and everything frozen had thawed.'],
  ])('%s → logistics', (text) => {
    expect(top(text)).toBe('logistics');
  });
});

// Kinds fixed after blind set 11's checking half was opened (after its held-out measure).
describe('opened checking half: a fit or a figure claimed, then the goods', () => {
  it.each([
    ['页面写着适用2020款雅阁 装上去孔位对不上'],
    ['卖家说能装我这款车 结果根本装不上'],
    ['标的净重3斤 称了一下才2斤6两'],
    ['按尺码表选的 穿上短了一大截'],
    ['写加厚款 收到根本是薄款'],
    ['说是特级大果 收到的比超市的还小'],
    ['Listed as "brand new" but it came with scratches and a used filter.'],
    ['I paid for the 2-pack as listed and only one came.'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it('a claim of the cold chain or the carrier is the delivery', () => {
    expect(top('说好冷链配送 结果用普通快递 到手全化了')).toBe('logistics');
  });
});

describe('opened checking half: defects told by time or repetition, a key refused, faulty print', () => {
  it.each([
    ['放了三天 木门就翘边了'],
    ['沙发坐了不到一个月 海绵就塌了'],
    ['饼干一捏就散'],
    ['Three weeks in and the blender already lost power.'],
    ['The activation code was already redeemed when I tried it.'],
    ['The paperback has printing errors on half the pages.'],
    ['Installs fine, crashes every time I export a video.'],
    ['这个软件一打开就闪退'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
});

describe('opened checking half: the service in circles, the seller blaming the buyer, a refund rejected', () => {
  it.each([
    ['I reported the crack with photos, they answered once and then went silent.'],
    ['客服还说是我自己弄坏的 照片都发了'],
    ['退款申请又被驳回了 理由还每次都不一样'],
  ])('%s → service', (text) => {
    expect(top(text)).toBe('service');
  });
});

describe('opened checking half: hard to work out, no effect, bought too early, the wrong address', () => {
  it.each([['书架折腾了一晚上也没装好 图纸看不明白'], ['面霜用了半瓶 脸上一点变化都没有']])(
    '%s → expectation',
    (text) => {
      expect(top(text)).toBe('expectation');
    },
  );
  it('bought too early is the buyer’s own reason', () => {
    expect(top('学步车买早了 孩子还不会站')).toBe('buyer_remorse');
  });
  it.each([
    ['The driver delivered it to the wrong house two streets away.'],
    ['快递送错地址了 跑了三个小区才找到'],
  ])('%s → logistics', (text) => {
    expect(top(text)).toBe('logistics');
  });
  it('送错 alone is the wrong dish, not the place', () => {
    expect(top('菜送错了 点的是鱼香肉丝 来的是宫保鸡丁')).toBe('not_as_described');
  });
  it('wrapping torn in a story of a late delivery is the transit, not the goods', () => {
    expect(
      top(
        'This is not about the product. Tracking sat still for a week and it showed up with the box crushed.',
      ),
    ).toBe('logistics');
  });
});
