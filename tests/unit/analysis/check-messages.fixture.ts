// A second set of written buyer messages (invented for this project), added after the threat and
// safety rules were written. Its first measurement was the honest estimate for new wording
// (safety R 0.42, extortion R 0.25, threat R 0.67, all at P 1.00); the misses were then fixed with
// general rules (body part + harm verb, money-then-review bargains, "send me $"), so the figure
// eval:analysis prints for it now is no longer blind. Same labels as threat-messages.fixture.ts.
import type { Flag } from '../../../lib/analysis/types';

export interface CheckMessage {
  text: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  flags: Flag[];
}

const m = (lang: CheckMessage['lang'], flags: Flag[], text: string): CheckMessage => ({
  lang,
  flags,
  text,
});

export const CHECK_MESSAGES: CheckMessage[] = [
  // --- safety
  m('zh-Hans', ['safety'], '电动牙刷充电的时候底座烧了，还闻到一股塑料烧焦的味道'),
  m('zh-Hans', ['safety'], '锅柄松了，热汤洒出来把孩子的手烫了一个大泡'),
  m('zh-Hans', ['safety'], '这批坚果吃完嗓子肿，浑身起红点，已经去看医生了'),
  m('zh-Hans', ['safety'], '插头插进去直接打火，吓死人'),
  m('zh-Hant', ['safety'], '孩子咬了一口玩具，掉下來的零件差點吞進去'),
  m('zh-Hant', ['safety'], '充電線插上後整條發燙，還有燒焦味'),
  m('zh-Hant', ['safety'], '用了你們的洗面乳，整張臉紅腫刺痛'),
  m('en', ['safety'], 'The kettle leaked boiling water and scalded my wrist.'),
  m('en', ['safety'], 'My dog and I both got sick after the jerky, vomiting all night.'),
  m(
    'en',
    ['safety'],
    'The power bank got so hot it left a burn mark on my desk and almost started a fire.',
  ),
  m('en', ['safety'], 'There was a shard of glass in the jar, my husband cut his mouth.'),
  m('en', ['safety'], 'Lights flicker and the plug sparks every time I switch it on.'),
  m('zh-Hans', [], '这个吹风机风力很大，一点都不烫头皮，推荐'),
  m('zh-Hans', [], '火爆款，很多人买，质量也不错'),
  m('zh-Hans', [], '孩子很喜欢，每天都抱着睡觉'),
  m('zh-Hans', [], '收到的时候外箱被压坏了，里面的东西倒是没事'),
  m('zh-Hant', [], '手機殼很好看，摔了幾次手機都沒事'),
  m('zh-Hant', [], '這家的麻辣燙太好吃了，辣到流眼淚'),
  m('en', [], 'This game is a killer, my son played it all weekend.'),
  m('en', [], 'The hot pink colour is gorgeous.'),
  m('en', [], 'I was worried about allergies but my skin was totally fine.'),
  m('en', [], 'The charger stays cool even after hours of use.'),
  m('en', [], 'Burning question: does it come with batteries?'),
  m('en', [], 'Blazing fast delivery, thanks!'),
  // --- threats and complaints
  m('zh-Hans', ['review_threat'], '鞋子穿了两天就开胶了，你们不给换我就去写个真实的差评'),
  m('zh-Hans', ['extortion'], '不多说，五十块红包，差评就撤'),
  m('zh-Hans', ['extortion'], '你们不给我一个满意的答复，我就每个商品都去打一星'),
  m('zh-Hans', ['platform_complaint'], '再不回复我就打12315投诉'),
  m('zh-Hans', ['legal_threat'], '我已经咨询过律师了，你们等着收律师函吧'),
  m('zh-Hant', ['extortion'], '給我補償一千元，不然我會在每個平台留負評'),
  m('zh-Hant', ['review_threat'], '杯子收到就破了，要是不退款，我就給一顆星'),
  m('zh-Hant', ['platform_complaint'], '我要去消基會檢舉你們'),
  m(
    'en',
    ['review_threat'],
    'The zipper broke the first day. If I do not get a replacement this week, I will post an honest one-star review.',
  ),
  m('en', ['extortion'], 'I will change my rating to five stars if you send me $40 via PayPal.'),
  m('en', ['platform_complaint'], "I'm filing a chargeback with Visa tomorrow."),
  m('en', ['legal_threat'], 'Expect to hear from my lawyer about this defective heater.'),
  m('zh-Hans', [], '东西坏了，麻烦给我换一个，谢谢'),
  m('zh-Hans', [], '我不会给差评的，只是想问下怎么用'),
  m('zh-Hans', [], '太差了，这家店以后再也不来了'),
  m('zh-Hant', [], '如果可以的話，請幫我換一個顏色'),
  m('zh-Hant', [], '等了很久都沒收到，請問物流到哪了？'),
  m('en', [], 'If the refund does not come through, please let me know what else I can do.'),
  m('en', [], 'I gave it one star because it arrived broken.'),
  m('en', [], 'Terrible product, would give zero stars if I could.'),
  m('en', [], 'Or else what, I wait another month? Please just ship it.'),
];
