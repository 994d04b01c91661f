// Buyer messages written for this project (not from any dataset) for the `safety` flag, written
// before the safety rules: injuries, burns, shocks, fire/smoke, overheating, allergic reactions,
// choking, a child harmed, food poisoning — in Simplified, Traditional and English — and as many
// hard negatives (negated harm, "killer feature", fire-red colour, spicy "burn", hot weather…).
export interface SafetyMessage {
  text: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  flags: 'safety'[];
}

const yes = (lang: SafetyMessage['lang'], text: string): SafetyMessage => ({
  lang,
  flags: ['safety'],
  text,
});
const no = (lang: SafetyMessage['lang'], text: string): SafetyMessage => ({
  lang,
  flags: [],
  text,
});

export const SAFETY_MESSAGES: SafetyMessage[] = [
  // --- zh-Hans, safety
  yes('zh-Hans', '充电宝充着充着就冒烟了，差点起火，太吓人了'),
  yes('zh-Hans', '刀片边缘有毛刺，我手被划伤了，流了好多血'),
  yes('zh-Hans', '电热水壶把手漏电，我老婆被电了一下'),
  yes('zh-Hans', '用了这个面霜脸上过敏，起了一片红疹'),
  yes('zh-Hans', '孩子玩的时候小零件掉下来差点吞下去，太危险了'),
  yes('zh-Hans', '吃了你们家的外卖全家拉肚子，怀疑食物中毒'),
  yes('zh-Hans', '吹风机用了十分钟外壳烫得吓人，还有焦味'),
  yes('zh-Hans', '暖手宝漏液把我手烫伤了'),
  yes('zh-Hans', '手机电池鼓包了，发烫得厉害'),
  yes('zh-Hans', '插上电源插座就噼啪一声着火了'),
  yes('zh-Hans', '宝宝用了这个奶瓶嘴唇肿了，去医院说是过敏'),
  yes('zh-Hans', '椅子腿突然断了，我摔下来腰受伤了'),
  // --- zh-Hans, hard negatives
  no('zh-Hans', '这个颜色是火红色的，很好看'),
  no('zh-Hans', '包装有点破损，还好没有人受伤'),
  no('zh-Hans', '用了一个月，皮肤没有过敏，很温和'),
  no('zh-Hans', '这款辣椒酱辣得过瘾，吃得嘴巴冒火'),
  no('zh-Hans', '最近天气太热了，快递小哥辛苦了'),
  no('zh-Hans', '这本书讲的是消防员救火的故事，很感人'),
  no('zh-Hans', '物流太慢了，等得我都要冒烟了'),
  no('zh-Hans', '客服说不会漏电，我用了也确实没问题'),
  no('zh-Hans', '手机玩游戏稍微有点热，正常范围'),
  no('zh-Hans', '这个杀毒软件很好用，中毒的电脑都救回来了'),
  no('zh-Hans', '火锅底料很香，推荐'),
  no('zh-Hans', '衣服尺码偏大，颜色也不对，要求退货'),
  // --- zh-Hant, safety
  yes('zh-Hant', '延長線插上去就冒煙，還燒焦了一塊'),
  yes('zh-Hant', '小孩被玩具的尖角割傷了，流血'),
  yes('zh-Hant', '擦了這個乳液皮膚過敏，又紅又癢'),
  yes('zh-Hant', '熨斗的電線破皮，我被電到了'),
  yes('zh-Hant', '吃完便當整晚上吐下瀉，應該是食物中毒'),
  yes('zh-Hant', '電暖器過熱，差點燒起來'),
  yes('zh-Hant', '熱水袋破了，把我燙傷'),
  yes('zh-Hant', '孩子差點被氣球的碎片噎到'),
  yes('zh-Hant', '行動電源膨脹變形，拿起來燙手'),
  yes('zh-Hant', '嬰兒床的欄杆太寬，寶寶的頭卡住了'),
  // --- zh-Hant, hard negatives
  no('zh-Hant', '這個口紅是火焰紅，很顯白'),
  no('zh-Hant', '箱子壓壞了，幸好沒有人受傷'),
  no('zh-Hant', '我是敏感肌，用了完全不會過敏'),
  no('zh-Hant', '天氣很熱，飲料送到還是冰的，讚'),
  no('zh-Hant', '等了兩個禮拜還沒到，氣到冒煙'),
  no('zh-Hant', '這部電影的火災場面拍得很震撼'),
  no('zh-Hant', '電池很耐用，完全不會發燙'),
  no('zh-Hant', '麻辣鍋超辣，吃得很過癮'),
  no('zh-Hant', '客服態度很差，問三次都不回'),
  // --- en, safety
  yes('en', 'The charger started smoking and melted the outlet cover.'),
  yes('en', 'My daughter cut her finger on the sharp edge of the lid.'),
  yes('en', 'I got an electric shock when I touched the metal casing.'),
  yes('en', 'Broke out in hives after one use of this cream, had to take antihistamines.'),
  yes('en', 'The battery swelled up and got too hot to touch.'),
  yes('en', 'A small piece broke off and my toddler almost choked on it.'),
  yes('en', 'The heater caught fire in our living room.'),
  yes('en', 'We all got food poisoning after eating the chicken.'),
  yes('en', 'The handle got so hot it burned my hand.'),
  yes('en', 'The ladder collapsed and I was injured, I went to the ER.'),
  yes('en', 'My son had an allergic reaction, his face swelled up.'),
  // --- en, hard negatives
  no('en', 'The killer feature is the battery life, it lasts for days.'),
  no('en', 'The box was damaged but no one was hurt and the item works.'),
  no('en', 'This hot sauce has a nice burn, love it.'),
  no('en', 'Fire-engine red colour looks great on the shelf.'),
  no('en', 'I have sensitive skin and had no allergic reaction at all.'),
  no('en', 'Shipping was painfully slow, it hurt my plans for the weekend.'),
  no('en', 'This smoke detector works perfectly, it chirped right away.'),
  no('en', 'The cake was a hit at the party, to die for.'),
  no('en', 'Burned a CD with it, works fine.'),
  no('en', 'It gets slightly warm while charging, which is normal.'),
  no('en', 'My kid loves it, he plays with it all day.'),
  no('en', 'The movie about the fire brigade was thrilling.'),
];
