// One test per kind fixed from the tuning halves of case-facts-blind / safety-blind, on sentences
// written for these tests (none of them is a row of either set).
import { describe, expect, it } from 'vitest';
import { analyze, readCase, type ThreadMessage } from '../../../lib/analysis';

const WED = '2026-12-02T12:00:00Z'; // a Wednesday
const buyer = (text: string, at = WED): ThreadMessage => ({ from: 'buyer', text, at });
const seller = (text: string, at = WED): ThreadMessage => ({ from: 'seller', text, at });
const platform = (text: string, at = WED): ThreadMessage => ({ from: 'platform', text, at });
const one = (text: string): ReturnType<typeof readCase> => readCase([buyer(text)]);

describe('case facts by kind', () => {
  it('evidence: the noun first and a completed send after it, 把, "in the earlier message"', () => {
    for (const t of [
      '图片我刚发给客服了',
      '录像已经传到你们后台',
      '我把开箱视频发到旺旺上了',
      '實拍已經貼在下面',
      'The pictures are above, please check.',
    ])
      expect(one(t).evidenceSent, t).toBe(true);
  });

  it('evidence: a future send, an offer or a question, a failed upload are not evidence', () => {
    for (const t of [
      '待会把照片发给你',
      '明天拍个视频给你们',
      '要不要我拍照片给你？',
      '照片发不出去，一直转圈',
      "I'll attach the pictures tomorrow.",
      'Should I send a video?',
      'The photos failed to upload.',
    ])
      expect(one(t).evidenceSent, t).toBe(false);
  });

  it('evidence: a bare confirmation answers a photo request, not any message', () => {
    expect(
      readCase([buyer('Strap broke.'), seller('Could you send us a picture?'), buyer('Done!')])
        .evidenceSent,
    ).toBe(true);
    expect(readCase([buyer('Strap broke.'), buyer('Done!')]).evidenceSent).toBe(false);
    expect(
      readCase([buyer('表带断了'), seller('麻烦拍张照片'), buyer('上传了')]).evidenceSent,
    ).toBe(true);
  });

  it('seller asks: an acknowledging clause names the evidence without asking for it', () => {
    expect(
      readCase([buyer('杯子碎了'), seller('您好，图片已查看，请问收货地址是否有变？')]).sellerAsked,
    ).toEqual(['address']);
    expect(
      readCase([buyer('Cup broke'), seller('Thanks for the pictures, what is your order number?')])
        .sellerAsked,
    ).toEqual(['order']);
  });

  it('granted: a commitment of the seller, refused ones not; 补偿 makes it partial', () => {
    const g = (s: string): string[] => readCase([buyer('少了一个'), seller(s)]).remedyGranted;
    expect(g('好的，我们明天帮您重新发一份')).toEqual(['reship']);
    expect(g('亲，寄回来以后为您换新')).toEqual(['replacement']);
    expect(g('这边为您退款15元，作为补偿')).toEqual(['partial_refund']);
    expect(g('抱歉，这个无法给您退款')).toEqual([]);
    const e = (s: string): string[] => readCase([buyer('Broken'), seller(s)]).remedyGranted;
    expect(e("No problem, we'll ship you a new one today.")).toEqual(['replacement']);
    expect(e('Your return is accepted, label to follow.')).toEqual(['return']);
    expect(e('Would you like a refund or a replacement?')).toEqual([]);
  });

  it("granted: a platform notice of the buyer's own request is a request", () => {
    const f = readCase([
      buyer('一直没到'),
      platform('系统消息：买家已发起退货退款，请商家及时处理'),
    ]);
    expect(f.remedyGranted).toEqual([]);
    expect(f.remedyAsked).toEqual(expect.arrayContaining(['refund', 'return']));
    const e = readCase([buyer('Never came.'), platform('The buyer requested a refund.')]);
    expect(e.remedyGranted).toEqual([]);
    expect(e.remedyAsked).toEqual(['refund']);
  });

  it('remedies: declined ones (不…了, "do not …") out, conditions (不退款我就…) in', () => {
    expect(one('不退了，给我补发一个新的滤网').remedyAsked).not.toContain('refund');
    expect(one('不退款我就去投诉').remedyAsked).toEqual(['refund']);
    expect(one("Don't replace it, just refund me.").remedyAsked).toEqual(['refund']);
    expect(one("If you don't refund me I will open a case.").remedyAsked).toEqual(['refund']);
  });

  it('remedies: a return requested as a noun; 换/发 with a classifier and 新的', () => {
    expect(one('I have opened a return for this.').remedyAsked).toEqual(['return']);
    expect(one("I'd like to return the jacket.").remedyAsked).toEqual(['return']);
    expect(one('鞋子开胶了，给我换一双').remedyAsked).toEqual(['replacement']);
    expect(one('能不能寄一台新的过来').remedyAsked).toEqual(['replacement']);
    expect(one('I just want the missing screws shipped.').remedyAsked).toEqual(['reship']);
  });

  it('deadlines: a time of day, m/d, 今天就…, a possessive event, need … today, EOD tomorrow', () => {
    const d = (t: string): string | undefined => one(t).deadline?.iso;
    expect(d('后天下午3点前必须到')).toBe('2026-12-04');
    expect(d('12/24以前寄到，谢谢')).toBe('2026-12-24');
    expect(d('今天就寄出来可以吗')).toBe('2026-12-02');
    expect(d('I need it before our party on Saturday.')).toBe('2026-12-05');
    expect(d('We need an answer today.')).toBe('2026-12-02');
    expect(d('Reply by end of day tomorrow, please.')).toBe('2026-12-03');
  });

  it('deadlines: a date someone promised, reported by the buyer, is not the buyer’s', () => {
    expect(one('The listing says delivery by Friday, still nothing.').deadline).toBeUndefined();
    expect(one('客服说好明天之前发货，结果没发').deadline).toBeUndefined();
    expect(one('你们承诺周五前到，结果没到，周日之前给我答复').deadline?.iso).toBe('2026-12-06');
  });

  it('urgency: hurry and near-time marks, dependence, health devices; a free gift is none', () => {
    expect(one('下周一要去旅游，帽子尺寸不对，加急换').urgency?.reason).toBe('travel');
    expect(one('My dad relies on this glucose meter, it shows errors.').urgency?.reason).toBe(
      'health',
    );
    expect(one('The gift box came dented.').urgency).toBeUndefined();
    expect(one('赠品的杯子碎了').urgency).toBeUndefined();
    expect(one('My son plays with it and the wheel fell off.').urgency).toBeUndefined();
    expect(one('宝宝今天用了一下就坏了').urgency).toBeUndefined();
    expect(one('孩子明天要穿的鞋，鞋带断了').urgency?.reason).toBe('child');
  });

  it('fault: a stated failure describes it, vague words alone do not', () => {
    for (const t of ['风扇开关按不下去，转不动了', 'The zipper is stuck halfway.', '衣服缩水了'])
      expect(one(t).faultDescribed, t).toBe(true);
    for (const t of ['东西有点问题', 'There is a problem with the item.', '商品有瑕疵，怎么办'])
      expect(one(t).faultDescribed, t).toBe(false);
  });
});

describe('safety by kind', () => {
  const flagged = (t: string): boolean => analyze(t).flags.includes('safety');
  it.each([
    ['洗发水用完额头又痒又红', true],
    ['地垫太滑，我妈在浴室滑倒了', true],
    ['拖鞋太滑，孩子差点摔倒', true],
    ['磕到桌角，膝盖磕破了', true],
    ['燃气热水器有燃气味，吓得不敢洗澡', true],
    ['自行车刹车失灵，下坡的时候很危险', true],
    ['充电头插上没几分钟就变黑了', true],
    ['平板充电的时候烫手', true],
    ['我擦了擦屏幕，还是有印子', false],
    ['充电的时候有点烫手，还能接受', false],
    ['电脑中毒了跟你们无关', false],
    ['笔记本电脑烫到没法用，风扇狂转', true],
    ['手机摔了一下屏幕碎了', false],
  ])('%s → %s', (text, want) => {
    expect(flagged(text)).toBe(want);
  });
});

// Kinds fixed after the checking halves were opened (after their held-out figures), on new sentences.
describe('case facts by kind, from the opened checking half', () => {
  it('order after 订单 with a long digit run; a waived return is not an ask', () => {
    expect(one('订单 48213377120056，盖子裂了').orderGiven).toBe(true);
    expect(
      readCase([buyer('裙子脱线'), seller('给您退款了，衣服无需寄回，抱歉')]).sellerAsked,
    ).toEqual([]);
    expect(
      readCase([buyer('Torn'), seller('Refunded. No need to return it, keep it.')]).sellerAsked,
    ).toEqual([]);
  });

  it('remedies: 补寄, 退点差价, "the right colour"; a wider window for long negations', () => {
    expect(one('螺丝少了两颗，帮忙补寄一下').remedyAsked).toEqual(['reship']);
    expect(one('有点小划痕，退些差价就行').remedyAsked).toEqual(['partial_refund']);
    expect(one('Wrong shade, please send the correct colour.').remedyAsked).toEqual([
      'replacement',
    ]);
    expect(one("To be clear, I'm not asking for a refund here.").remedyAsked).toEqual([]);
  });

  it('granted: status words (退款成功, "refund of $x has been issued"), 马上补寄', () => {
    const g = (m: ThreadMessage): string[] => readCase([buyer('没收到'), m]).remedyGranted;
    expect(g(platform('售后进度：退款完成'))).toEqual(['refund']);
    expect(g(platform('Your refund of $12.50 has been issued.'))).toEqual(['refund']);
    expect(g(seller('抱歉亲，我们立刻给您补寄'))).toEqual(['reship']);
  });

  it('urgency: a birthday party is an event, a birthday a present', () => {
    expect(one('女儿的生日派对要穿的，拉链坏了').urgency?.reason).toBe('event');
    expect(one("It's for my wife's birthday and it came scratched.").urgency?.reason).toBe('gift');
  });

  it('fault: short shipments, chips and cracks, a not-yet-shipped order, skin reactions', () => {
    for (const t of [
      '说是一盒十个，只到了七个',
      '盘子边上有个缺角',
      '下单一周还没出货',
      '戴了一天手腕就发痒',
      'There is a chip on the rim.',
      'Only received one of the two lamps.',
      'The ring turned my finger black.',
    ])
      expect(one(t).faultDescribed, t).toBe(true);
    expect(one('客服态度好，心疼你们').faultDescribed).toBe(false);
  });
});

describe('safety by kind, from the opened checking half', () => {
  const flagged = (t: string): boolean => analyze(t).flags.includes('safety');
  it.each([
    ['药片太大，老人吞的时候卡在喉咙了', true],
    ['洗完脸火辣辣的疼', true],
    ['孩子的腿卡在栏杆缝里了', true],
    ['摔了一下之后手腕一直还疼', true],
    ['玻璃杯放着放着自己碎了', true],
    ['面包里吃出一根钢丝', true],
    ['热水把手烫红了一大片', true],
    ['This kettle is a bestseller, 销量爆炸', false],
    ['人气爆炸的一款，好评', false],
    ['A flame-retardant cover, good quality.', false],
    ['My son swallowed the button battery that fell out of the remote.', true],
    ["The cat's paw got stuck in the door of the pet carrier.", false],
    ["My daughter's finger got trapped in the hinge.", true],
  ])('%s → %s', (text, want) => {
    expect(flagged(text)).toBe(want);
  });
});

describe('deadlines that are not for the seller (probes written after both halves were opened)', () => {
  const d = (t: string): string | undefined => one(t).deadline?.iso;
  it('the buyer away, a sale ending, a past arrival, a promise named after the date', () => {
    expect(d('I will be out of town until Friday.')).toBeUndefined();
    expect(d('我下周一之前都不在家，晚点发')).toBeUndefined();
    expect(d('The coupon expires by Sunday so I ordered early.')).toBeUndefined();
    expect(d('优惠券周五前到期，所以下单了')).toBeUndefined();
    expect(d('It shipped within 24 hours, but broken.')).toBeUndefined();
    expect(d('两天内就到了，但是坏了')).toBeUndefined();
    expect(d('24小时内发货的保证呢？')).toBeUndefined();
    expect(d('Please refund within 3 days.')).toBe('2026-12-05');
  });
});

describe('safety precision probes (written after both halves were opened)', () => {
  const flagged = (t: string): boolean => analyze(t).flags.includes('safety');
  it.each([
    ['这件事真是个烫手山芋', false],
    ['扫地机器人滑倒在地毯边上了', false],
    ['显示器上全是红点，坏点太多', false],
    ['My toddler puts everything in his mouth, so I love that this is one solid piece.', false],
    ['爷爷在楼梯上滑倒了，就是这双鞋', true],
    ['用完手上起了一片红点', true],
  ])('%s → %s', (text, want) => {
    expect(flagged(text)).toBe(want);
  });
});
