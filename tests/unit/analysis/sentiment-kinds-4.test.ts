// Sentences invented for these tests (not from any dataset or written set): fresh wordings per
// kind of rule added for the fourth blind sentiment set's tuning half (sentiment-blind4.fixture.ts),
// with hard negatives of the other polarity beside each kind, so a rule that only learned a row's
// words fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const sent = (t: string): string => analyze(t).sentiment;
const cases = (rows: [string, string][]): void => {
  it.each(rows)('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
};

describe('a mock opener: praise alone, then only a fault that recurs, fails or is the punchline', () => {
  cases([
    ['Marvellous. It forgets the wifi password every time the router restarts.', 'negative'],
    ['Excellent engineering: the lid snapped off on day two.', 'negative'],
    ['Wow, it only took me six attempts to pair it. Very modern.', 'negative'],
    ['Perfect... the charger died again.', 'negative'],
    // Hard negatives: praise then a real reservation, or praise throughout.
    ['Excellent. A little quiet for the garden.', 'positive'],
    ['Great, but the cable is a bit short.', 'positive'],
    ['Fantastic. Clear sound and a sturdy base.', 'positive'],
    ['Brilliant: set up in two minutes and it sounds lovely.', 'positive'],
  ]);
});

describe('"oh good/lovely, another …" sarcasm', () => {
  cases([
    ['Oh lovely, another update that reset my alarms.', 'negative'],
    ['Oh nice, more adverts on the home screen.', 'negative'],
    ['Good, another one for the bedroom arrived and it works perfectly.', 'positive'],
  ]);
});

describe('admiring how fast it failed', () => {
  cases([
    ['Truly amazed at how fast the screen cracked.', 'negative'],
    ['Impressive how soon it stopped charging.', 'negative'],
    ['Impressed by how quickly it set up.', 'positive'],
  ]);
});

describe('praise "if you enjoy" a chore, not a taste', () => {
  cases([
    ['Great little lamp, if you enjoy getting up to reset it every night.', 'negative'],
    ['Lovely radio if you like rebooting it twice a day.', 'negative'],
    ['Great if you like loud music.', 'positive'],
    ['Perfect if you love podcasts, the voice is clear.', 'positive'],
  ]);
});

describe('praise that holds only "when it works"', () => {
  cases([
    ['Brilliant, when it works.', 'negative'],
    ['Lovely speaker, when it decides to connect.', 'negative'],
    ['It works every time and sounds brilliant.', 'positive'],
  ]);
});

describe('stars held up to a counterfactual', () => {
  cases([
    ['Would have given it five stars if the battery lasted more than a day.', 'negative'],
    ["Would be a 4 out of 5 if the app weren't so slow.", 'negative'],
    ['Four stars, would buy again.', 'positive'],
  ]);
});

describe('the old model praised against this one', () => {
  cases([
    ['My previous Kindle was far better than this one.', 'negative'],
    ['Our old speaker sounded much clearer, this one is muffled.', 'negative'],
    ['Much better than my old one.', 'positive'],
    ['The old one was good, and this is even better.', 'positive'],
  ]);
});

describe('positive rhetorical questions', () => {
  cases([
    ['What more could you ask for at this price?', 'positive'],
    ['Who would have thought a tiny cube could fill the room?', 'positive'],
    ['How is this supposed to be a premium product?', 'negative'],
    ['Why does it keep disconnecting?', 'negative'],
  ]);
});

describe('a sceptic won over', () => {
  cases([
    ['My dad was sceptical at first, now he asks it for the football scores daily.', 'positive'],
    ['I was against buying one, now I have three.', 'positive'],
    ['I was sceptical, and now it has stopped working I know why.', 'negative'],
  ]);
});

describe('"that said" turns like a "but"', () => {
  cases([
    ['The box was battered and the manual is thin. That said, it works perfectly.', 'positive'],
    ['Sound is rich and the screen is sharp. Having said that, it crashes daily.', 'negative'],
  ]);
});

describe('"I\'m afraid" is polite, not a fear', () => {
  cases([
    ["I'm afraid it didn't work for us, the mic is too weak.", 'negative'],
    ['I was afraid it would be hard to set up, but it was easy.', 'positive'],
  ]);
});

describe('product class "smart speaker/features" is not praise', () => {
  cases([
    ['The smart features are a waste of time, I only use it for radio.', 'negative'],
    ['Smart and responsive, answers everything I ask.', 'positive'],
  ]);
});

describe('British/Australian verdicts, misspelt praise, sarcasm emoji', () => {
  cases([
    ['Total rubbish, it packed in within a fortnight.', 'negative'],
    ['A real downgrade from the last model.', 'negative'],
    ['Sound is ok but honestly it feels like a paperweight now.', 'negative'],
    ['amazng little speaker, recomend it', 'positive'],
    ['Battery lasts a day 🙄', 'negative'],
    ['Not rubbish at all, really solid.', 'positive'],
  ]);
});

describe('低期待被推翻 / 以为…结果', () => {
  cases([
    ['本来没抱什么希望，没想到这家的包子皮薄馅大。', 'positive'],
    ['原以为质量上乘，结果用了两天就起球。', 'negative'],
    ['本以为会很难吃，结果很好吃。', 'positive'],
  ]);
});

describe('说是/号称 … 实际: a claim set against what came', () => {
  cases([
    ['号称纯棉，实际摸起来全是化纤。', 'negative'],
    ['说是新鲜现摘，到手明显是放了好几天的。', 'negative'],
    ['说是三天到，结果第二天就到了，很快。', 'positive'],
  ]);
});

describe('an earlier work praised against this one', () => {
  cases([
    ['这个牌子以前的面膜好用多了，现在这款很一般。', 'negative'],
    ['作者之前的作品更好，这本有点敷衍。', 'negative'],
    ['比上一代好多了，续航很给力。', 'positive'],
  ]);
});

describe("other buyers' bad reviews named", () => {
  cases([
    ['那些差评的是不是运气不好？我的用着挺好的。', 'positive'],
    ['看了差评还是买了，果然有异味，后悔。', 'negative'],
  ]);
});

describe('sarcastic thanks: 谢谢…让我等了', () => {
  cases([
    ['谢谢卖家让我等了整整十天，真是高效。', 'negative'],
    ['谢谢卖家，东西很好，包装也仔细。', 'positive'],
  ]);
});

describe('remedy withheld, make-up that oxidises, 明显是', () => {
  cases([
    ['房间漏水，也没有任何补偿。', 'negative'],
    ['粉底持妆还行，就是容易氧化。', 'negative'],
    ['送来的水果明显是隔夜的。', 'negative'],
    ['效果明显，皮肤好多了。', 'positive'],
  ]);
});

// Kinds fixed after the checking half was opened (its held-out figure was recorded first).
describe('indispensable and faultless: "wouldn\'t be without it", "hard to fault", "a keeper"', () => {
  cases([
    ["We'd be lost without it in the kitchen.", 'positive'],
    ['Difficult to fault for the money.', 'positive'],
    ['A few niggles, otherwise definitely a keeper.', 'positive'],
    ['Lost the remote within a week, it is tiny and slips down the sofa.', 'negative'],
  ]);
});

describe('the purpose failed, a shame, going back, driven mad', () => {
  cases([
    ['Looks smart on the shelf; shame it will not turn on.', 'negative'],
    ['Fine as a clock, useless for the one thing I bought it for.', 'negative'],
    ['The constant chirping drives me nuts. It is going back.', 'negative'],
    ['Going back for a second one, we love it.', 'positive'],
  ]);
});

describe('praise that lasted a few weeks, "then …"', () => {
  cases([
    ['Loved it for the first two months. Then the speaker began to crackle.', 'negative'],
    ['Used it for a few days, then bought two more because it is so good.', 'positive'],
  ]);
});

describe('"works, but only if you …"', () => {
  cases([
    ['It connects, but only if you hold the phone right next to it.', 'negative'],
    ['Only works if I shout at it.', 'negative'],
    ['Works well if you place it in the middle of the room.', 'positive'],
  ]);
});
