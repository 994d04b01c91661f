// A blind sentiment set written for this project (not from any dataset), labelled completely before
// its first run, by a helper that had not read lib/analysis/sentiment.ts or its lexicons. Kinds from
// issue 9 and from where the held-out check fell short (Amazon Alexa negative F1 0.62): mild
// negatives, "love it but…" whose verdict is negative, returns, "stopped working", disappointment,
// sarcasm, rhetorical questions; positives that use negative words ("no complaints", "can't go
// wrong", "not bad at all", "wish I had bought it sooner", 没什么可挑剔的); zh-Hans borderline
// verdicts (还行吧, 一般般, 差点意思, 不如, 不值, 下次不会再点, 送得慢但好吃); long reviews whose verdict
// sits at the end; a few zh-Hant and code-mixed rows.
// label = the buyer's overall verdict (the datasets' convention: 1 positive, 0 negative); there is
// no neutral row, and a neutral answer counts as wrong. kind says which trick the row carries.
// Split by partOf(text) (eval-core.ts): rules may be changed only from the tuning half's misses.
// FIRST RUN (before any rule was changed for it, n=158): acc 88.6%, macro-F1 88.5%, negF1 89.7%,
// no neutral answer; en 84.9% acc (n=86), zh-Hans 93.5% (62), zh-Hant 87.5% (8), mixed 2/2. By kind
// (acc): negwords 77.1% (35, all positive), sarcasm 66.7% (6), long 80.0% (10), comparison 84.6%
// (13), borderline 87.5% (8), mild 92.3% (13), contrast 94.4% (18), concession 94.4% (18), plain,
// return, rhetorical and stopped 100%. Tuning half (n=74): acc 87.8%, macro-F1 87.8%, negF1 88.3%.
// Checking half (n=84): acc 89.3%, macro-F1 89.0%, negF1 90.7%.
// AFTER TUNING FIXES (rules changed by kind from this set's tuning half, the datasets' tuning rows
// and probes written for the purpose; the checking half's misses never printed): tuning half 100%
// (74/74); checking half, measured once, acc 91.7% (77/84), macro-F1 91.5%, negF1 92.8% (the
// held-out figure); all 95.6%, en 94.2%, zh-Hans 98.4%, zh-Hant 87.5%. The checking half has not
// been opened.
import { partOf } from './eval-core';

export type SentimentKind =
  | 'plain'
  | 'mild'
  | 'contrast'
  | 'concession'
  | 'return'
  | 'stopped'
  | 'sarcasm'
  | 'rhetorical'
  | 'negwords'
  | 'comparison'
  | 'borderline'
  | 'long';

export interface SentimentCase {
  text: string;
  lang: 'en' | 'zh-Hans' | 'zh-Hant' | 'mixed';
  label: 0 | 1;
  kind: SentimentKind;
}

const s = (
  lang: SentimentCase['lang'],
  label: 0 | 1,
  kind: SentimentKind,
  text: string,
): SentimentCase => ({ lang, label, kind, text });

export const SENTIMENT_BLIND: SentimentCase[] = [
  // --- English, smart speakers and electronics: negative verdicts
  s(
    'en',
    0,
    'mild',
    "It's okay I guess, but the sound is thin and Alexa mishears me half the time. Expected more.",
  ),
  s(
    'en',
    0,
    'contrast',
    'Love the design, but it disconnects from wifi every other day. Sending it back.',
  ),
  s(
    'en',
    0,
    'stopped',
    'Worked great for two months, then it just stopped working. No lights, nothing.',
  ),
  s('en', 0, 'return', 'Returned it. The bass was muddy and the app kept crashing.'),
  s(
    'en',
    0,
    'mild',
    "Pretty disappointed. The screen is smaller than I thought and it's slow to respond.",
  ),
  s(
    'en',
    0,
    'sarcasm',
    'Oh great, another speaker that only understands me when I shout. Just what I needed.',
  ),
  s('en', 0, 'comparison', 'Not worth the money. My old speaker sounds better.'),
  s(
    'en',
    0,
    'contrast',
    'I really wanted to like this one, but after a week of fighting with setup I gave up.',
  ),
  s(
    'en',
    0,
    'contrast',
    "It's fine for timers, but for music it's a letdown. Would not buy again.",
  ),
  s(
    'en',
    0,
    'mild',
    'Meh. Does the basics, nothing more, and the microphone picks up everything but my voice.',
  ),
  s(
    'en',
    0,
    'stopped',
    'Stopped responding to the wake word after the last update. Very frustrating.',
  ),
  s(
    'en',
    0,
    'plain',
    'Would not recommend. Customer support just told me to unplug it and plug it back in.',
  ),
  s('en', 0, 'sarcasm', 'Wow, five whole days before it died. Impressive engineering.'),
  s(
    'en',
    0,
    'contrast',
    'Great price, but you get what you pay for: crackling sound at any volume above half.',
  ),
  s(
    'en',
    0,
    'stopped',
    "The kids liked it at first, but now it won't connect to anything and we've stopped using it.",
  ),
  s(
    'en',
    0,
    'comparison',
    'Not as good as the previous generation. The speaker sounds tinny and the buttons feel cheap.',
  ),
  s(
    'en',
    0,
    'mild',
    'I expected a lot more for the price. Setup took an hour and it still drops the Bluetooth.',
  ),
  s(
    'en',
    0,
    'return',
    'Sadly had to return this one. It kept turning on by itself in the middle of the night.',
  ),
  s('en', 0, 'plain', 'Waste of money. Half the smart home features need a subscription.'),
  s(
    'en',
    0,
    'stopped',
    'The charger stopped working after three weeks and the replacement did the same.',
  ),
  s('en', 0, 'mild', 'Honestly not impressed. It works, sort of, but I regret buying it.'),
  s(
    'en',
    0,
    'mild',
    'It was a gift and it arrived with a cracked screen. Not a great first impression.',
  ),
  s(
    'en',
    0,
    'contrast',
    "Alexa is smart but this device is not: it can't hold a connection for more than an hour.",
  ),
  s('en', 0, 'sarcasm', "Sure, it's cheap. It's also unusable without constant resets."),
  s(
    'en',
    0,
    'concession',
    "Speaker is loud, I'll give it that. Everything else about it is a disappointment.",
  ),
  s('en', 0, 'return', "Thought it would replace my radio. It didn't. Back in the box it goes."),
  s(
    'en',
    0,
    'concession',
    'Two stars because the sound is decent, but the app is a nightmare and it forgets my settings.',
  ),
  s(
    'en',
    0,
    'sarcasm',
    "Fine, if all you want is the weather. Anything else and it says it doesn't know that one.",
  ),
  s(
    'en',
    0,
    'plain',
    "Doesn't work with my TV even though the listing says it does. Disappointed.",
  ),
  s(
    'en',
    0,
    'stopped',
    "I'm on my second one and it has the same buzzing noise. Giving up on this model.",
  ),
  s(
    'en',
    0,
    'contrast',
    'I love Alexa but this Echo is the worst one I have owned. The mic barely works.',
  ),
  s('en', 0, 'mild', 'Good idea, poor execution.'),
  s('en', 0, 'mild', "It's alright. Not great. I probably wouldn't buy it again."),
  s(
    'en',
    0,
    'contrast',
    'Love the look of it but the sound is so muffled that I never use it anymore.',
  ),
  // --- English, smart speakers and electronics: positive verdicts (many with negative words)
  s(
    'en',
    1,
    'negwords',
    'No complaints at all. Set up in five minutes and the sound fills the room.',
  ),
  s('en', 1, 'negwords', "You can't go wrong with this for the price."),
  s('en', 1, 'negwords', 'Not bad at all! Better than I expected from such a small speaker.'),
  s('en', 1, 'negwords', 'Wish I had bought it sooner. I use it every morning for news and music.'),
  s('en', 1, 'concession', 'I was worried it would be hard to set up, but it was dead simple.'),
  s('en', 1, 'negwords', 'Nothing to dislike. Does exactly what it says.'),
  s('en', 1, 'negwords', 'My mom is not tech savvy at all and she had no trouble using it.'),
  s('en', 1, 'negwords', 'Never had a problem with it in a year of daily use.'),
  s('en', 1, 'concession', "The only downside is the short cable, otherwise it's perfect."),
  s(
    'en',
    1,
    'negwords',
    "Didn't think I'd need a screen, but now I can't imagine the kitchen without it.",
  ),
  s('en', 1, 'negwords', 'Bought a second one for the bedroom. No regrets.'),
  s(
    'en',
    1,
    'negwords',
    "Can't beat it. Great sound, easy setup, and it works with all my lights.",
  ),
  s('en', 1, 'negwords', 'Not a single issue since I got it. Highly recommend.'),
  s(
    'en',
    1,
    'concession',
    "It's not perfect, the bass could be deeper, but for the money I'm very happy.",
  ),
  s(
    'en',
    1,
    'concession',
    'I had doubts after reading some bad reviews, but mine works flawlessly.',
  ),
  s(
    'en',
    1,
    'concession',
    'Took a while to figure out the routines, but now it runs my whole morning. Love it.',
  ),
  s('en', 1, 'negwords', "Don't hesitate, just buy it."),
  s('en', 1, 'negwords', 'Hard to find anything wrong with it. Five stars.'),
  s(
    'en',
    1,
    'return',
    'Returned my first one because of a dead pixel, the replacement is perfect and I love it.',
  ),
  s('en', 1, 'plain', 'Love it!'),
  s('en', 1, 'plain', 'Works great, the kids ask it for jokes all day.'),
  s('en', 1, 'plain', 'Sound is amazing for such a little thing.'),
  s('en', 1, 'negwords', 'Easy to use and my husband, who hates gadgets, actually likes it.'),
  s('en', 1, 'negwords', 'Excellent product, no problems, fast delivery.'),
  s(
    'en',
    1,
    'concession',
    'Great little device. Not loud enough for parties but perfect for my desk.',
  ),
  s('en', 1, 'negwords', "I don't usually write reviews, but this deserves one. Fantastic."),
  s('en', 1, 'negwords', "It never fails to wake me up on time. Couldn't be happier."),
  s('en', 1, 'negwords', "Didn't disappoint."),
  s('en', 1, 'negwords', 'Not sure why people complain, mine has been rock solid.'),
  s('en', 1, 'comparison', 'Much better than the cheap knockoff I had before.'),
  // --- zh-Hans, shopping and takeaway: negative verdicts
  s('zh-Hans', 0, 'borderline', '还行吧，就是味道一般，不会再点了。'),
  s('zh-Hans', 0, 'comparison', '不如上次买的那家，布料薄了很多。'),
  s('zh-Hans', 0, 'borderline', '差点意思，图片上看着挺好，实物一般。'),
  s('zh-Hans', 0, 'plain', '下次不会再点了，面都坨了。'),
  s('zh-Hans', 0, 'borderline', '一般般吧，没有宣传的那么好用。'),
  s('zh-Hans', 0, 'contrast', '价格不便宜，效果却很一般，有点后悔。'),
  s('zh-Hans', 0, 'contrast', '包装挺好的，但是东西用了两天就坏了。'),
  s('zh-Hans', 0, 'comparison', '不值这个价，同样的钱可以买更好的。'),
  s('zh-Hans', 0, 'mild', '说是两人份，其实一个人都吃不饱。'),
  s('zh-Hans', 0, 'plain', '送来的时候汤都洒了，饭也是凉的。'),
  s('zh-Hans', 0, 'contrast', '味道还凑合，就是太咸了，吃到一半就吃不下去了。'),
  s('zh-Hans', 0, 'contrast', '客服态度倒是挺好，可问题一直没解决。'),
  s('zh-Hans', 0, 'rhetorical', '难道你们家的新鲜水果就是这种烂了一半的吗？'),
  s('zh-Hans', 0, 'sarcasm', '真是好质量啊，穿一次就起球了。'),
  s('zh-Hans', 0, 'comparison', '没想到这么小，跟图片差太远了。'),
  s('zh-Hans', 0, 'mild', '用了一个星期，感觉也就那样，没什么效果。'),
  s('zh-Hans', 0, 'contrast', '外卖小哥很辛苦，但是这家店的菜真的不好吃。'),
  s('zh-Hans', 0, 'comparison', '还不如楼下超市买的，贵了一倍。'),
  s('zh-Hans', 0, 'mild', '分量少得可怜，二十多块就这么一点。'),
  s('zh-Hans', 0, 'plain', '充电特别慢，续航也不行，失望。'),
  s('zh-Hans', 0, 'plain', '第一次买就踩雷了，鸡肉全是肥的。'),
  s('zh-Hans', 0, 'borderline', '凑合能用吧，反正我不会推荐给朋友。'),
  s('zh-Hans', 0, 'plain', '等了一个半小时，饭到了都凉透了。'),
  s('zh-Hans', 0, 'mild', '颜色跟描述的不一样，懒得退了，将就穿吧。'),
  s('zh-Hans', 0, 'sarcasm', '宣传说防水，结果洗个手就进水了。'),
  s('zh-Hans', 0, 'borderline', '一般般，不难吃也不好吃，估计不会回购。'),
  s('zh-Hans', 0, 'borderline', '还行吧，也就那样。'),
  // --- zh-Hans, shopping and takeaway: positive verdicts
  s('zh-Hans', 1, 'concession', '送得慢了点，但是很好吃，还会再点。'),
  s('zh-Hans', 1, 'concession', '虽然贵了一点，但是一分钱一分货，值得。'),
  s('zh-Hans', 1, 'negwords', '没有想象中的难用，老人也会操作。'),
  s('zh-Hans', 1, 'negwords', '一点都不油腻，分量也足，好评。'),
  s('zh-Hans', 1, 'negwords', '没什么可挑剔的，和描述的一样。'),
  s('zh-Hans', 1, 'concession', '物流有点慢，不过东西真的不错。'),
  s('zh-Hans', 1, 'plain', '第二次买了，一如既往的好。'),
  s('zh-Hans', 1, 'negwords', '本来没抱什么希望，结果出乎意料的好吃。'),
  s('zh-Hans', 1, 'plain', '不错不错，下次还来。'),
  s('zh-Hans', 1, 'negwords', '质量没问题，孩子很喜欢。'),
  s('zh-Hans', 1, 'negwords', '没有异味，穿着也舒服。'),
  s('zh-Hans', 1, 'negwords', '不贵，还好用，推荐。'),
  s('zh-Hans', 1, 'borderline', '还行，挺好吃的，就是辣了一点点。'),
  s('zh-Hans', 1, 'negwords', '一直在这家点，从来没失望过。'),
  s('zh-Hans', 1, 'comparison', '味道不输大饭店。'),
  s('zh-Hans', 1, 'negwords', '刚开始担心是假货，用了一段时间完全放心了。'),
  s('zh-Hans', 1, 'comparison', '比实体店便宜多了，质量也不差。'),
  s('zh-Hans', 1, 'negwords', '性价比很高，没有踩雷。'),
  s('zh-Hans', 1, 'concession', '除了包装简陋点，其他都很满意。'),
  s('zh-Hans', 1, 'plain', '五星好评，送餐小哥态度超好。'),
  s('zh-Hans', 1, 'plain', '好吃！米饭也是热的。'),
  s('zh-Hans', 1, 'plain', '很满意，买给爸妈的，他们说好用。'),
  s('zh-Hans', 1, 'negwords', '不用犹豫了，买就对了。'),
  s('zh-Hans', 1, 'negwords', '没想到这个价钱能买到这么好的东西。'),
  s('zh-Hans', 1, 'negwords', '挺好的，没毛病。'),
  // --- mixed: long reviews with the verdict at the end, other categories, zh-Hant, code-mixed
  s(
    'en',
    0,
    'long',
    "The box was beautiful and setup was quick. The screen is bright and the colours are nice. Then I tried to use it for video calls and the camera kept freezing, the sound cut out, and support had no answer. I'm returning it.",
  ),
  s(
    'en',
    1,
    'long',
    "I'll be honest, the first day I almost sent it back because the app wouldn't find the device. After a firmware update everything clicked and now it's the best gadget in the house.",
  ),
  s(
    'en',
    0,
    'long',
    'Hotel was in a good location and the staff were friendly at check-in. However the room smelled of smoke, the air conditioning rattled all night and breakfast was cold. I would not stay here again.',
  ),
  s(
    'en',
    1,
    'long',
    'The plot starts slowly and a few chapters drag, but the ending more than makes up for it. One of my favourite reads this year.',
  ),
  s(
    'en',
    1,
    'concession',
    "The book arrived with a bent cover. Annoying, but the story itself is wonderful and I couldn't put it down.",
  ),
  s(
    'en',
    0,
    'long',
    "Headphones are comfortable and light. Battery is decent. Noise cancelling, though, is barely noticeable, and that's why I bought them. Disappointed overall.",
  ),
  s(
    'en',
    0,
    'contrast',
    'Phone case fits well. Looks cheap though, and after a week the edges started peeling.',
  ),
  s(
    'en',
    0,
    'mild',
    "Charger works. That's all I can say for it; it gets very hot and takes ages.",
  ),
  s(
    'en',
    0,
    'long',
    'The laptop is fast and the keyboard is nice, but the fan is loud all the time and the battery lasts three hours. For this price I expected better.',
  ),
  s(
    'en',
    1,
    'negwords',
    'I had low expectations for a budget tablet, but it handles everything I throw at it.',
  ),
  s(
    'zh-Hans',
    0,
    'long',
    '酒店位置不错，离地铁很近，前台也很热情。但是房间隔音太差，半夜一直听到隔壁说话，床单还有污渍。总的来说不推荐。',
  ),
  s(
    'zh-Hans',
    1,
    'long',
    '这本书前半部分有点枯燥，看了好几次才坚持下去，不过后面越来越精彩，值得一读。',
  ),
  s(
    'zh-Hans',
    0,
    'long',
    '手机外观很漂亮，拍照也清楚，但是电池太不耐用了，一天要充三次，发热也严重，后悔买了。',
  ),
  s(
    'zh-Hans',
    1,
    'long',
    '刚收到的时候有点担心，盒子压坏了一个角，打开一看东西完好无损，用起来也很顺手，满意。',
  ),
  s('zh-Hans', 0, 'contrast', '衣服面料还可以，款式也好看，就是尺码偏小，穿着太紧，只能送人了。'),
  s(
    'zh-Hans',
    1,
    'concession',
    '热水器安装师傅很专业，加热速度也快，就是说明书写得不太清楚，总体很满意。',
  ),
  s('zh-Hans', 0, 'contrast', '快递很快，包装也好，可惜收到的苹果一半都是坏的，很失望。'),
  s('zh-Hans', 0, 'contrast', '洗发水味道很好闻，但是洗完头发特别干，还掉了很多头发，不敢再用了。'),
  s('zh-Hant', 1, 'concession', '東西還不錯，就是出貨有點慢，整體滿意。'),
  s('zh-Hant', 0, 'stopped', '品質很差，用了三天就壞了，不會再買。'),
  s('zh-Hant', 0, 'plain', '外送送到的時候湯都冷了，味道也普普通通。'),
  s('zh-Hant', 1, 'comparison', '價格實惠，效果比想像中好，會回購。'),
  s('zh-Hant', 1, 'plain', '客服回覆很快，問題也解決了，謝謝。'),
  s('zh-Hant', 0, 'comparison', '跟圖片差很多，有點失望。'),
  s('zh-Hant', 0, 'borderline', '沒有想像中的好用，但也不算太差。'),
  s('zh-Hant', 1, 'plain', '包裝很用心，孩子收到很開心。'),
  s('mixed', 1, 'concession', '音质很好，Alexa 反应也快，就是 WiFi 偶尔断一下，总体 ok。'),
  s('mixed', 0, 'plain', '质量真的不行，quality 太差了，refund 吧。'),
  s('en', 1, 'plain', 'Great product 👍'),
  s('en', 0, 'plain', 'Terrible. Just terrible.'),
  s('en', 0, 'rhetorical', 'Is this a joke? It broke the first time I plugged it in.'),
  s(
    'en',
    0,
    'rhetorical',
    'How is this acceptable for a product at this price? The stitching came apart in a day.',
  ),
  s('en', 1, 'plain', 'Arrived on time, well packed, exactly as pictured. Happy.'),
  s('en', 0, 'comparison', 'Not what I expected. Much thinner fabric than in the photos.'),
  s(
    'en',
    0,
    'contrast',
    'The shoes are nice but two sizes too small, and the return costs more than the shoes.',
  ),
  s('en', 1, 'negwords', "I can't say enough good things about this seller."),
  s('en', 0, 'negwords', "Couldn't be more disappointed."),
  s('en', 1, 'concession', 'Nothing special, but it does the job and the price is right.'),
  s(
    'en',
    0,
    'contrast',
    "The restaurant got my order wrong twice in a row. Food was fine, but I'll order elsewhere.",
  ),
  s('en', 1, 'plain', "Gave it to my dad for his birthday and he hasn't stopped talking about it."),
  s('zh-Hans', 0, 'comparison', '这次的外卖比平时差远了，不知道是不是换厨师了。'),
  s('zh-Hans', 1, 'concession', '虽然不是什么大牌，但是用着一点也不比大牌差。'),
];

export const SENTIMENT_BLIND_TUNING = SENTIMENT_BLIND.filter((c) => partOf(c.text) === 'tuning');
export const SENTIMENT_BLIND_CHECKING = SENTIMENT_BLIND.filter(
  (c) => partOf(c.text) === 'checking',
);
