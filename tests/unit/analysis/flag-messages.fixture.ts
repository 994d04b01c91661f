// Written buyer messages (invented for this project, not taken from any dataset), labelled with the
// risk flags they should raise. About half are angry messages that threaten nothing.
import type { Flag } from '../../../lib/analysis/types';

export interface FlagMessage {
  text: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  flags: Flag[];
}

export const FLAG_MESSAGES: FlagMessage[] = [
  // --- zh-Hans, threats
  { lang: 'zh-Hans', flags: ['extortion'], text: '不退款就给你差评，你自己看着办吧' },
  {
    lang: 'zh-Hans',
    flags: ['extortion'],
    text: '今天之内不给我全额退款的话，我就给一星，还要写长评',
  },
  { lang: 'zh-Hans', flags: ['extortion'], text: '给我补偿50元，我就把差评删了，不然一直挂着' },
  { lang: 'zh-Hans', flags: ['extortion'], text: '想让我改好评？先赔我100块钱再说' },
  { lang: 'zh-Hans', flags: ['extortion'], text: '赶紧退钱，否则差评伺候' },
  { lang: 'zh-Hans', flags: ['legal_threat'], text: '你们卖假货，我已经咨询了律师，准备起诉你们' },
  {
    lang: 'zh-Hans',
    flags: ['legal_threat', 'platform_complaint'],
    text: '再不处理我就去法院告你们，顺便打12315',
  },
  {
    lang: 'zh-Hans',
    flags: ['platform_complaint'],
    text: '东西坏了也不管，我要投诉到平台，让小二介入',
  },
  { lang: 'zh-Hans', flags: ['abusive'], text: '垃圾商家，骗子，卖的什么破玩意' },
  { lang: 'zh-Hans', flags: ['extortion', 'abusive'], text: '傻逼客服，不赔钱就等着差评吧' },
  // --- zh-Hans, angry without threat
  { lang: 'zh-Hans', flags: [], text: '气死我了！！！等了十天才到，盒子都压扁了' },
  { lang: 'zh-Hans', flags: [], text: '质量太差了，用了两天就坏了，非常失望，再也不买了' },
  { lang: 'zh-Hans', flags: [], text: '客服半天不回消息，问什么都敷衍，态度太差了' },
  { lang: 'zh-Hans', flags: [], text: '颜色和图片完全不一样，尺码也偏小，真的无语' },
  { lang: 'zh-Hans', flags: [], text: '太垃圾了，这钱白花了！！！' },
  { lang: 'zh-Hans', flags: [], text: '我要退款，东西根本不能用，麻烦尽快处理' },
  { lang: 'zh-Hans', flags: [], text: '已经给了差评，真的太失望了，外卖全凉了' },
  // --- zh-Hant, threats
  { lang: 'zh-Hant', flags: ['extortion'], text: '不退款就給你們差評，說到做到' },
  { lang: 'zh-Hant', flags: ['extortion'], text: '如果不賠償我，我就給一星，讓大家都知道' },
  { lang: 'zh-Hant', flags: ['extortion'], text: '退我一半的錢，我就把差評刪掉' },
  { lang: 'zh-Hant', flags: ['legal_threat'], text: '我已經找了律師，會循法律途徑處理這件事' },
  { lang: 'zh-Hant', flags: ['legal_threat'], text: '再拖下去我就去法院起訴你們' },
  { lang: 'zh-Hant', flags: ['platform_complaint'], text: '我會向消費者協會投訴，也會去消協' },
  { lang: 'zh-Hant', flags: ['abusive'], text: '黑心商家，騙子，賣這種垃圾' },
  // --- zh-Hant, angry without threat
  { lang: 'zh-Hant', flags: [], text: '氣死了！！！包裹寄了兩個星期還沒到' },
  { lang: 'zh-Hant', flags: [], text: '東西收到就是壞的，品質太差，非常失望' },
  { lang: 'zh-Hant', flags: [], text: '客服態度很差，問了三次都不回覆' },
  { lang: 'zh-Hant', flags: [], text: '跟描述完全不符，顏色差很多，我要退貨' },
  { lang: 'zh-Hant', flags: [], text: '這是我買過最爛的東西，浪費錢' },
  { lang: 'zh-Hant', flags: [], text: '等了一個多小時，飯菜都涼了，真的很生氣' },
  { lang: 'zh-Hant', flags: [], text: '差評！再也不會來買了！！！' },
  // --- en, threats
  {
    lang: 'en',
    flags: ['extortion'],
    text: 'Refund me now or I will leave a 1 star review on every listing you have.',
  },
  {
    lang: 'en',
    flags: ['extortion'],
    text: 'Unless you refund the full amount, I will post negative feedback today.',
  },
  {
    lang: 'en',
    flags: ['extortion'],
    text: "I'll remove my negative review once you send me a partial refund of $30.",
  },
  {
    lang: 'en',
    flags: ['extortion'],
    text: 'Give me a discount or else my review stays at one star.',
  },
  {
    lang: 'en',
    flags: ['extortion'],
    text: 'My feedback will be negative unless I get compensation for this mess.',
  },
  {
    lang: 'en',
    flags: ['legal_threat'],
    text: 'This is fraud. My lawyer will be in touch and I am prepared to sue.',
  },
  {
    lang: 'en',
    flags: ['legal_threat'],
    text: 'If this is not resolved I will take you to small claims court.',
  },
  {
    lang: 'en',
    flags: ['platform_complaint'],
    text: 'I am opening an A-to-z claim and filing a chargeback with my bank.',
  },
  {
    lang: 'en',
    flags: ['platform_complaint'],
    text: 'I will report this seller to eBay if I do not hear back today.',
  },
  { lang: 'en', flags: ['abusive'], text: 'You are scammers and idiots. What a pathetic store.' },
  {
    lang: 'en',
    flags: ['abusive', 'legal_threat'],
    text: 'You thieves will hear from my attorney.',
  },
  // --- en, angry without threat
  {
    lang: 'en',
    flags: [],
    text: 'ABSOLUTELY UNACCEPTABLE!!! The parcel arrived three weeks late and crushed.',
  },
  {
    lang: 'en',
    flags: [],
    text: 'This is the worst purchase I have ever made. It broke after two days.',
  },
  {
    lang: 'en',
    flags: [],
    text: 'I have emailed you four times and nobody replies. Terrible service.',
  },
  {
    lang: 'en',
    flags: [],
    text: 'Wrong colour, wrong size, and the box was open. Very disappointed!!',
  },
  {
    lang: 'en',
    flags: [],
    text: 'I want a refund. The charger stopped working and it smells like burning plastic.',
  },
  { lang: 'en', flags: [], text: 'Total garbage. Save your money and buy something else.' },
  {
    lang: 'en',
    flags: [],
    text: 'I already left a one star review because the item never arrived.',
  },
  {
    lang: 'en',
    flags: [],
    text: 'Why is this so hard?? I just want my money back, please process the return.',
  },
  { lang: 'en', flags: [], text: 'So angry right now, the headphones are fake and sound awful.' },
  {
    lang: 'en',
    flags: [],
    text: 'Do not order from this shop, they ignored my messages for a week!!!',
  },
];
