// Issue 9, blind set 13 (furniture, apparel, pets, appliances, digital goods; long reviews,
// concessions, comparisons, the seller's handling): one block per kind of tuning-half miss fixed in
// cause-words.ts, causes.ts and lexicon/en.ts. Sentences are invented for these tests (not rows of
// any set); each block has hard negatives that must stay where they belong.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const top = (text: string): string | undefined => analyze(text).causes[0]?.cause;

describe('a part or a material giving way is a defect', () => {
  it.each([
    ['The glue on the sole gave up after a few weeks of school runs.'],
    ['The veneer on the tabletop is already delaminating at one corner.'],
    ['Screws stripped the second time I tightened the bracket.'],
    ['The paint finish started flaking off the bike rack in a month.'],
    ["The sprayer on this bottle won't spray, just dribbles."],
    ['Lovely coat but the bobbling on the cuffs after three wears is embarrassing.'],
    ["Cupboard door won't stay shut, swings open on its own."],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it('a buyer who gave up on a confusing setup is not a part giving way', () => {
    expect(top('I gave up trying to set it up, the instructions are useless.')).toBe('expectation');
  });
});

describe('the same goods bought before set against these are the goods falling short', () => {
  it.each([
    ['My previous bag of this coffee was lovely. This bag tastes burnt and stale.'],
    ['Bought this exact same mop two years ago, still going; this one snapped at the joint.'],
    ['上次买的同款枕头很软 这次的硬邦邦还有股怪味'],
    ['跟之前买的同款毛巾比 这批一洗就掉毛'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it("another brand had before is the buyer's hopes, not the goods' former make", () => {
    expect(top('Not as good as the Bissell I had before, weaker suction, but it is cheap.')).toBe(
      'expectation',
    );
  });
});

describe('spoilage told with nouns, and the pet refusing spoiled food', () => {
  it.each([
    ['The blueberries had mould all through the punnet.'],
    ['Every peach was brown inside, not one edible.'],
    ['Opened the flour and there were weevils in it.'],
    ['狗粮一打开就一股霉味 狗狗碰都不碰'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it('a pet refusing food that is fine stays the hope unmet', () => {
    expect(top('猫咪不爱吃 闻一下就走 粮本身没什么问题')).toBe('expectation');
  });
});

describe('the effect not seen, and surprise at the terms', () => {
  it.each([
    ['Three weeks of the hair serum and no visible effect at all.'],
    ['Used the whole tube, my scar looks exactly the same.'],
    ['办了年卡才知道 没想到还要另外买课'],
  ])('%s → expectation', (text) => {
    expect(top(text)).toBe('expectation');
  });
});

describe("the defect forgiven, then the seller's handling: the service", () => {
  it.each([
    [
      'The lamp came with a broken shade, accidents happen. But the seller has ignored three emails since.',
    ],
    [
      'One agent told me to send it back, another said I should keep it, and a third closed the case.',
    ],
    ['The technician visit was booked for Tuesday and Friday and nobody came either day.'],
    ['杯子裂了可以理解 但是客服一直让我等 到现在也没处理'],
    ['灯坏了联系售后 售后让我先寄回去 寄了又说要我自己出运费 来回折腾半个月'],
  ])('%s → service', (text) => {
    expect(top(text)).toBe('service');
  });
  it("a defect alone stays the goods'", () => {
    expect(top('The lamp came with a broken shade and the switch sparks.')).toBe('quality');
  });
});

describe('the delivery crew, the depot and the parcel split in transit: the delivery', () => {
  it.each([
    ['Delivery slot was 7 to 11, they turned up at 4 and left the washer on the pavement.'],
    ['My parcel has been sitting at the depot for a fortnight.'],
    ['The bag of soil burst in transit and the box was taped up by the courier.'],
    ['Royal Mail marked it as attempted without knocking, I was in all day.'],
  ])('%s → logistics', (text) => {
    expect(top(text)).toBe('logistics');
  });
  it('the seller refusing a return is still the service', () => {
    expect(top('The seller refused to take the sofa back even though it was unused.')).toBe(
      'service',
    );
  });
});

describe('what was ordered or paid for against what came: the listing or the order', () => {
  it.each([
    ['I ordered the oak frame and received a black plastic one.'],
    ['Ordered a twin pack but what arrived is a single bottle.'],
    ['I paid extra for the engraving. It came without any engraving at all.'],
    ['There is a chip on the rim which was not mentioned in the listing.'],
    ['Says "fits up to 17 inch laptops" but my 15 inch one does not go in.'],
    ['Their product photos show a cream colour, mine is grey.'],
    ['拍的三斤装 称了一下才两斤半'],
    ['少了一袋 其他都到了 麻烦补发'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it.each([
    ['I ordered it on Monday and received it Friday, a week late for the party.', 'logistics'],
    ['I ordered a kettle and received a broken one, the spout is cracked.', 'quality'],
    ['I paid for next-day delivery but it came in a week.', 'logistics'],
  ])('%s → %s (arrival or fault, not a mismatch)', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe("promises of the seller's own work, and a pair unlike itself", () => {
  it.each([['空调安装师傅要收打孔费 说好的免费安装呢']])('%s → service', (text) => {
    expect(top(text)).toBe('service');
  });
  it.each([['两只袜子颜色深浅不一样 一看就不是一批的']])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it('a promised gift missing stays the listing', () => {
    expect(top('说好的赠品没有 页面写着买就送')).toBe('not_as_described');
  });
});

describe('cheaper elsewhere with a figure, and Hong Kong and cooling failures', () => {
  it("found for less is the buyer's own reason", () => {
    expect(top('Saw the same kettle for £15 less at Argos, I want to send this back.')).toBe(
      'buyer_remorse',
    );
  });
  it.each([
    ['部冷氣收到外殼有裂 包裝冇爛 應該係出廠已經係咁'],
    ['冰柜用了两个月就不冷了'],
    ['裤子线头很多 扣子也掉了'],
    ['The app crashes every time I open the camera tab.'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
});

// ---- Kinds from the checking half, opened after its held-out measure ----

describe('the listing set against the label or the part, the order against what came', () => {
  it.each([
    ['Title says silk. The tag inside says 100% polyester.'],
    ['Listed as having a glass lid. The lid is plastic.'],
    ['The rug is much smaller than the 200x300 in the listing.'],
    ['Supposed to include four filters per the product page, only one in the pack.'],
    ['It is not the forest green in the photos, more of an olive.'],
    ['I paid for a 4-pack and it is a 2-pack.'],
    ['Received a second-hand one, the box was resealed with tape. I bought it new.'],
    ['详情页写的真皮 标签上写的PU'],
    ['买的是蓝牙款 寄过来的是有线款'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it('a fake set against the genuine one is a defect', () => {
    expect(top('The stitching is nothing like the genuine one and the logo is blurry.')).toBe(
      'quality',
    );
  });
});

describe("the seller's handling: promises repeated, refunds chased, the fault disowned", () => {
  it.each([
    ['They promised they would send a new lid next week, three weeks in a row now.'],
    ['It took the shop a month to process my refund and I had to chase them.'],
    ['The shop says the fitter is a subcontractor and it is not their problem.'],
    ['When will my refund go through? This is my fourth message.'],
    ['售后说那是厂家的事 不归他们管'],
    ['退款申请一直在审核 都半个月了'],
  ])('%s → service', (text) => {
    expect(top(text)).toBe('service');
  });
  it('a rude delivery boy is the delivery', () => {
    expect(top('The delivery boy asked for extra money and was extremely rude to my mother.')).toBe(
      'logistics',
    );
  });
});

describe('hopes from what the buyer had in mind or had before', () => {
  it.each([
    ['Far more cleaning after each use than I had in mind.'],
    ['Only works with their own app, which I had not realised before buying.'],
    ['新买的吹风机比我以前那个重不少 举久了手酸'],
    ['书桌安装花了四个小时 说明书太简单'],
  ])('%s → expectation', (text) => {
    expect(top(text)).toBe('expectation');
  });
});

describe('finish and fit faults, spoiled cream, Hong Kong wording', () => {
  it.each([
    ['The cabinet doors are crooked and do not close flush.'],
    ['The jumper shrank a size in a cool wash.'],
    ['The dry bag filled with water on the first kayak trip.'],
    ['護手霜一打開就有油耗味'],
    ['個袋一摸就甩皮 質素好差'],
    ['保护膜贴上去就翘边'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
  it("cheaper at another shop with a return wanted is the buyer's reason", () => {
    expect(top('隔壁店同款便宜二十 想退了')).toBe('buyer_remorse');
  });
});
