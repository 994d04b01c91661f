// A fourteenth labelled set of reply drafts, written blind (helper session `lint14` of issue 8,
// 2026-12-03): from the issue text, the PLAYBOOK and ../shared/sites, with blind13's file for its
// format only, before opening lib/drafts/. Weighted to what an agent writes under pressure: long whole
// replies (4-8 sentences) where ONE sentence carries the violation in the middle. Amazon, eBay and
// Taobao; private messages and public replies; zh-Hans, zh-Hant (Taiwan, and Hong Kong Cantonese) and en.
// Kinds:
//   block  contact details or an app handle mid-paragraph (微信, 抖音 直播间, Q群, LINE, IG, Signal,
//          WhatsApp, Telegram, a Facebook group, an own web shop, 小老鼠 for @, "at ... dot"), phones
//          spelled in digits or words (一八六…, 零九三三、二四五…, "oh seven nine one one…"); an incentive
//          phrased as a courtesy (小红包表示感谢, 购物金, 追评抽好禮, a gift card "once your review reflects
//          the replacement", 30% off, a free memory card, 私下再匯兩百元); a refund tied to updating the
//          feedback / deleting the review; Amazon product-review change requests; emoji and a coupon or an
//          own site in Amazon messages; buyer personal data (address, phone, name) in a public reply; an
//          eBay feedback reply over 80 characters.
//   warn   blame woven into a kind reply (您当时应该仔细看一下的, "which obviously wasn't being done"),
//          arguing, "sorry, but", a policy as a refusal, pressure and deadlines, counting messages,
//          condescension (连小朋友都会用), other buyers held up, reproaching the review, cold auto-acks.
//   clean  long replies with hard negatives: order, tracking and model numbers, prices, dates; a
//          carrier's or warranty provider's number on Amazon; Amazon / eBay help links; 红包 / red
//          envelopes / a gift box as the product; a policy quoted in the buyer's favour; a remedy stated
//          as independent of the review; "feel free to update your feedback if you wish" on eBay after
//          resolution, Taobao's one revision within 30 days, Amazon seller feedback's neutral notice;
//          但是这不是理由 (owning the fault); a safety case handled by the PLAYBOOK.
// Labels are decided by the PLAYBOOK, not by the linter. Only its tuning half (splitOf) may guide rule
// changes; its checking half is reported apart, and eval:lint prints its lines only with --blind14-check.
//
// First run (2026-12-03 15:53 UTC, before any rule changed for it; n = block/warn/clean), TUNING HALF
// only: eval:lint hides the checking half (and the whole-set line that would reveal it) unless run
// with --blind14-check, which is run once, at the end.
//            n          block recall  warn recall  blocks on correct  alarms on clean
//   zh-Hans  13/9/9      84.6%       100.0%        0.0%               0.0%
//   zh-Hant  12/6/14    100.0%        83.3%        0.0%               7.1%
//   en       10/8/11    100.0%        62.5%        0.0%               0.0%
//   all      35/23/34    94.3%        82.6%        0.0%               2.9%
// After tuning (15:53-15:59 UTC) on the tuning half's 7 misses, by kind, with 28 fresh probes
// (lint-blind14.test.ts): a social app where the shop opened an account or live room (在抖音开了直播间);
// the review's moment (追评的时候…) or a screenshot sent to the desk, then a reward claimed; 是您的问题/责任;
// "on your end", "the address you entered was incomplete", "obviously wasn't being done"; "otherwise
// we'll assume…"; false alarm: an eBay revision after resolution said in Chinese as the item working
// now (已经可以正常使用了), the choice left to the buyer (是否修改由您决定, 服务不会因此改变). Tuning half
// 100 / 100 / 0 / 0. Then (16:00 UTC) the checking half, measured once with --blind14-check, on the
// first-run commit's rules (its first run, measured late so that it was never seen while tuning) and on
// the tuned rules (held out; its rows never printed):
//   zh-Hans  6/7/12    100.0 -> 100.0 / 71.4 -> 71.4 / 0.0 -> 0.0 / 16.7 ->  8.3
//   zh-Hant  6/10/6    100.0 -> 100.0 / 60.0 -> 60.0 / 6.3 -> 6.3 / 16.7 -> 16.7
//   en       9/9/12     88.9 ->  88.9 / 44.4 -> 44.4 / 0.0 -> 0.0 /  0.0 ->  0.0
//   all      21/26/30   95.2 ->  95.2 / 57.7 -> 57.7 / 1.8 -> 1.8 / 10.0 ->  6.7
// Whole set, first run: 56/49/64, 94.6 / 69.4 / 0.9 / 6.3. The tone kinds of the tuning half did not
// generalise: tone warns woven into kind replies stay the linter's weak spot.
// Then (16:01 UTC) the checking half was OPENED (--misses-blind-check --blind14-check) and its 14 misses
// fixed by kind, with fresh probes (lint-blind14.test.ts): responsibility disowned (责任不在我们, 不是我们能
// 控制的, 我哋冇办法负责), the label cited (洗衣标签写明), 我们必须澄清, 使用方式错误, the damage "no wonder"
// (难怪会鼓起来; 难怪您会生气 no longer blame), the buyer sent to sort it out alone (您自己去问); answers counted
// and "stop asking" in Mandarin and Cantonese (讲咗好多次, 唔好再问); "no need to take that tone"; "or we
// will have to charge you"; the review called unfair, "before even contacting us"; crowds of other buyers
// with no issue, "most customers figure it out in seconds", "can't manage it"; a remedy taken up by a
// pronoun with the review as its condition ("we'll process it as soon as you've revised…"); false alarms:
// 但 inside the misfortune (显示已送达但您没有收到), Japan Post (日本邮便) and other carriers on Amazon.
// 100 / 100 / 0 / 0 since: no longer a held-out figure. Older sets unchanged by that change.
import type { Ctx, Label, Labelled, SetLang } from './lint-set';

/** The name of this set in eval:lint's table. */
export const BLIND14_SET_NAME = 'blind14';

type Row = [Label, Ctx, string];

const HANS: Row[] = [
  // block: off-platform contact, incentives, Amazon review requests, personal data in public
  [
    'block',
    'T-m',
    '亲，您好！收到您反馈的电饭煲内胆涂层脱落，真的很抱歉让您遇到这种情况。我们已经核对了订单，这一批确实有个别内胆有问题。为了方便跟进，您可以加一下我们售后主管的微信 zhang_rice2026，她会一对一帮您处理。新的内胆明天就能从杭州仓发出，顺丰包邮。再次跟您说声抱歉，有任何问题随时找我们。',
  ],
  [
    'block',
    'T-m',
    '亲，这款蓝牙音箱充不进电的问题我们已经记录了。麻烦您先按住电源键十秒重置一下试试。如果还是不行，我们直接给您换新的，不需要您寄回旧的。另外我们店铺最近在抖音开了直播间，搜“声悦旗舰”关注一下，后续售后在那边回复更快。给您添麻烦了，祝您生活愉快。',
  ],
  [
    'block',
    'T-m',
    '亲，真的很抱歉包裹在路上压坏了。我们已经给您补寄了一套新的杯子，单号是 SF1423987765021，预计后天送到。收到新杯子以后，如果您愿意把评价改成好评，我们这边会给您发一个二十元的小红包表示感谢。辛苦您了，有问题随时联系。',
  ],
  [
    'block',
    'T-m',
    '亲，关于台灯闪烁的问题，我们这边已经跟厂家确认过了。您说得对，是驱动板的问题。退款我们可以给您全额退，不过需要您先把追评更新一下，系统这边才好走流程。麻烦您了，新款下个月上市也欢迎再来看看。',
  ],
  [
    'block',
    'T-rp',
    '感谢您的反馈。关于您说的快递未送达的问题，我们查询了物流，包裹已于11月28日送到北京市朝阳区望京街道花家地小区7号楼的快递柜，并且已经给您发过取件短信。如仍未取到，请联系我们旺旺客服，我们会全力协助。',
  ],
  [
    'block',
    'A-m',
    '您好，非常感谢您联系我们。关于您购买的空气净化器（订单号 114-5582931-7720143）噪音偏大的问题，我们深表歉意。这可能是滤网安装时没有完全卡紧导致的。为了更直观地指导您，您可以在 WhatsApp 上发一段视频给我们：+86 138 2255 7190。我们看到后会第一时间回复。如果调整后仍有问题，我们可以为您安排免费更换。',
  ],
  [
    'block',
    'A-m',
    '您好，很抱歉您收到的充电器外壳有裂痕。我们已经为您安排了替换件，会通过亚马逊物流发出。如果方便的话，请把裂痕的照片发到我们的售后邮箱 support_cn (at) voltbox (dot) net，我们需要提交给质检部门。给您添麻烦了，谢谢您的理解。',
  ],
  [
    'block',
    'A-r',
    '感谢您的评价，也很抱歉这款保温杯没有达到您的预期。我们已经通过消息为您安排了全额退款。问题解决后，希望您能考虑修改一下这条评价，这对我们小店很重要。我们也在改进杯盖的密封圈设计。',
  ],
  [
    'block',
    'E-m',
    '您好，非常抱歉您的耳机晚到了一周，这次是清关出了问题。我们已经退还了您的运费。另外，作为一点心意，如果您方便把中评改成好评，我们会再送您一副同款耳机套。再次感谢您的耐心，祝您一切顺利。',
  ],
  [
    'block',
    'T-m',
    '亲，您说的扫地机器人不回充的问题，一般是充电座位置的原因，建议放在靠墙、前方一米内没有障碍物的地方。如果这样还不行，您可以直接打我们技术师傅的电话一八六 七七二三 九九零一，他下午都在。我们也可以给您换一个新的充电座，您看哪种方式方便。',
  ],
  [
    'block',
    'T-m',
    '亲，真的很不好意思，发错了颜色。我们这边马上给您补发正确的灰色款，错发的那件您留着就行，不用退回。以后有什么需要可以加我们的会员Q群 775 302 118，群里有专属客服。再次向您道歉。',
  ],
  [
    'block',
    'T-m',
    '亲，感谢您一直支持我们家。这次的包装破损确实是我们的问题，已经跟快递那边反映了。给您补发的新品今天下午就能发出。另外您追评的时候带上三张实拍图，截图发给客服就能领取一张无门槛十元券，算是我们的一点补偿。祝您用得开心。',
  ],
  [
    'block',
    'T-m',
    '亲，退货的事情我们已经同意了，您放心寄回就好。退回的运费我们这边承担，只要您把之前的差评删一下，我们就把运费险之外的邮费一起打给您。给您添麻烦了，谢谢亲的理解。',
  ],
  [
    'block',
    'T-rp',
    '感谢您的评价。我们已于12月1日致电您留的号码 13566120987 沟通，并为您办理了补发。对于这次给您带来的不便，我们深表歉意，后续也会加强发货前的检查。',
  ],
  [
    'block',
    'E-m',
    '您好，很抱歉您买的茶具少了一个杯子。我们已经从仓库补寄了，追踪号是 LX203948576CN。以后如果您还想买我们的其他茶具，可以直接在我们的官网 www.chayunju.com 下单，价格比 eBay 便宜一些。谢谢您的耐心。',
  ],
  [
    'block',
    'T-m',
    '亲，这次的问题我们真的很重视，您的退款已经原路退回，请注意查收。另外我们有个小活动：改 好 评 截 图 给 客 服 返 五 元，不参加也没关系哈。再次抱歉给您带来的不便。',
  ],
  [
    'block',
    'A-m',
    '您好，关于您反馈的体重秤读数不准的问题，我们非常抱歉。请先更换一下电池，并确保放在坚硬平整的地面上。如果还是不准，我们会为您免费换一台。我们的技术同事也可以通过 LINE 视频指导您，ID 是 scale_help88。感谢您的耐心。',
  ],
  [
    'block',
    'A-m',
    '您好，感谢您耐心等待！您的替换件已经发出，预计周五送达😊 如果收到后还有任何问题，请直接在这里回复我们，我们会在24小时内处理。祝您生活愉快。',
  ],
  [
    'block',
    'T-m',
    '亲，给您带来这么大的麻烦真的很过意不去。破损的花瓶我们全额退款，钱已经退到您的账户了。麻烦您看到这条消息后，把评价改一改，改完跟我说一声，我再给您的支付宝转十块钱当作补偿。谢谢亲，祝您周末愉快。',
  ],
  // warn: tone problems woven into otherwise kind replies
  [
    'warn',
    'T-m',
    '亲，非常抱歉让您等了这么久。我们查了一下，衣服是按照您下单时选的尺码发的，详情页上也写得很清楚要参考尺码表，您当时应该仔细看一下的。不过没关系，我们可以给您换一个大一码，来回运费我们承担。您看这样可以吗？',
  ],
  [
    'warn',
    'T-m',
    '亲，真的很抱歉给您带来不好的体验，但是这个价位的产品确实不能和大牌比，做工上有些小瑕疵是正常的。我们这边可以给您补偿五元，您看可以吗？祝您生活愉快。',
  ],
  [
    'warn',
    'T-m',
    '亲，退款已经给您处理好了，预计1-3个工作日到账。今天之内请您务必回复一下确认收到，不然我们这边没法结单。谢谢配合。',
  ],
  [
    'warn',
    'T-m',
    '亲，您好，收到您的留言了。您反馈的问题已登记，请耐心等待，相关人员会尽快处理。感谢您的理解与支持。',
  ],
  [
    'warn',
    'T-m',
    '亲，首先非常感谢您的购买。关于您说的漏水问题，我们每一个水壶出厂前都经过检测，不可能是我们的质量问题，可能是您使用时盖子没拧紧。我们这边可以给您寄一个新的密封圈，您试试看。有问题随时找我们哦。',
  ],
  [
    'warn',
    'A-m',
    '您好，感谢您的来信。我们理解您的心情，但我们之前已经回复过您两次了，这款耳机不支持无线充电，页面上也写得很清楚。如果您需要退货，可以在订单页面申请，我们会尽快处理。',
  ],
  [
    'warn',
    'T-m',
    '亲，您说的色差问题我们也很理解。不过每个人的显示器不一样，这个是没办法避免的，其他买家都没有反映过这个问题。如果您实在不喜欢，可以申请七天无理由退货。谢谢。',
  ],
  [
    'warn',
    'E-m',
    '您好，非常抱歉包裹还没到。我们已经查过了，物流显示是在您当地的派送站滞留，这不是我们这边能控制的，您需要自己联系当地邮局。如果十天后还没收到，我们再给您重发。谢谢您的耐心。',
  ],
  [
    'warn',
    'T-m',
    '亲，补发的配件已经签收了哦。麻烦您尽快确认收货，最迟明天中午之前，过了时间我们这边就不好处理后续问题了。有任何问题再联系我。',
  ],
  [
    'warn',
    'T-m',
    '亲，我们理解您着急的心情。但是您一直催也没有用，仓库那边就是这个速度，我们也没办法。一有消息我们会第一时间通知您的，请您耐心一点。',
  ],
  [
    'warn',
    'T-rp',
    '感谢您的评价。需要说明的是，本店所有商品均为正品，您说的“假货”纯属误解，请不要随意评价。如对商品有疑问，欢迎联系客服核实。',
  ],
  [
    'warn',
    'A-m',
    '您好，很抱歉您对这款电动牙刷不满意，但是您购买已经超过30天了，按照规定我们无法退货。您可以联系亚马逊客服看看有没有其他办法。祝您生活愉快。',
  ],
  [
    'warn',
    'T-m',
    '亲，这个很简单的，说明书第一页就写了，按住两个键三秒就能配对。您再认真看一下说明书就会了。还有问题的话再问我。',
  ],
  [
    'warn',
    'T-m',
    '亲，包裹显示已经签收了，是您家小区门卫代收的，您自己去问一下门卫吧。我们这边已经按时发货了，责任不在我们。祝您生活愉快。',
  ],
  [
    'warn',
    'T-m',
    '亲，谢谢您耐心等了这几天。新的滤芯已经给您寄出去了，单号稍后发您。说实话，这种滤芯正常用三个月就该换了，您用了半年才换，出问题也很正常。以后记得按时更换哦，有问题随时找我们。',
  ],
  [
    'warn',
    'T-m',
    '亲，非常感谢您的耐心。您反映的抽屉滑轨卡顿，我们会给您寄一套新的滑轨。不过说句实话，安装视频我们早就发给您了，您要是照着装就不会这样。新滑轨到了您再按视频装一遍就行。',
  ],
  // clean: long replies with hard negatives
  [
    'clean',
    'T-m',
    '亲，您好！您的订单 3819204576632918 我们已经查到了。您买的是 299 元的 K12 款空气炸锅，因为我们发货时包装不够结实，导致外壳有凹痕，真的非常抱歉。我们已经给您补发一台全新的，中通单号 75318842960271，预计12月6日送达。旧的那台您留着就好，不用寄回。您觉得这样可以吗？有任何问题随时在旺旺找我。',
  ],
  [
    'clean',
    'T-m',
    '亲，退款 86 元已经原路退回了，请您留意一下支付宝的到账信息。这次让您失望了，我们已经把这批袜子下架重新质检。无论您最后怎么评价，这笔退款都不会变。如果问题解决后您愿意的话，淘宝允许在30天内修改一次评价，改不改完全由您决定。谢谢亲给我们改进的机会。',
  ],
  [
    'clean',
    'T-m',
    '亲，您买的这款烫金红包我们查了，确实有几个印歪了，非常抱歉。我们马上给您补寄一包新的（50个装），今天就能发出。春节前一定能到，不会耽误您使用。您看这样可以吗？',
  ],
  [
    'clean',
    'A-m',
    '您好，非常抱歉您的包裹显示已送达但您没有收到。这一单是由顺丰国际派送的，您可以拨打顺丰客服热线 95338 查询具体的投递位置。同时我们也已经在亚马逊为您申请了调查，如果三个工作日内还找不到，我们会直接为您补发或退款，由您选择。给您添麻烦了。',
  ],
  [
    'clean',
    'A-m',
    '您好，非常抱歉这台咖啡机不合您的心意。退货可以直接在亚马逊的“您的订单”页面发起，具体步骤可以参考亚马逊帮助页面：https://www.amazon.cn/gp/help/customer/display.html?nodeId=201819200。退货运费由我们承担，收到退货后两天内为您退款。如果您更想换一台，也可以告诉我们。',
  ],
  [
    'clean',
    'T-m',
    '亲，您买的 XR-2200 型号路由器和您家的宽带不兼容，非常抱歉我们客服之前没有提醒清楚。我们可以给您换成 XR-3300 型号，差价 40 元我们来补，运费也由我们出。您看这样是否可行？',
  ],
  [
    'clean',
    'T-m',
    '亲，按照淘宝的七天无理由退货规则，您的订单还在退货期内，完全可以退。您直接在订单页点击“申请退货”就行，我们会第一时间同意。给您带来不便，真的很抱歉。',
  ],
  [
    'clean',
    'T-rp',
    '非常感谢您的评价，也很抱歉这款围巾掉毛的问题影响了您的使用体验。我们已经联系您办理了退换，并且从这批货开始增加了一道去浮毛工序。欢迎您和其他买家继续监督我们，有任何问题都可以在旺旺联系我们。',
  ],
  [
    'clean',
    'T-m',
    '亲，您好！我是店铺售后小林。您在12月2日下单的两件毛衣，其中一件袖口开线，真的很抱歉。我们已经给您补发了一件同款同色，快递单号 YT8839201745566。后续有问题就在旺旺里直接找我，我每天都在。谢谢您的耐心。',
  ],
  [
    'clean',
    'E-m',
    '您好，很高兴听说替换的镜头已经正常使用了。这次的延误确实是我们的问题，再次向您道歉。如果您愿意，可以在 eBay 上修改评价，我们会发送一次修改请求，接受与否完全由您决定，不会影响任何售后服务。祝您拍出好照片。',
  ],
  [
    'clean',
    'A-m',
    '您好，关于您的扫地机电池不耐用的问题，非常抱歉。这款产品享有两年质保，您可以直接联系品牌的授权保修服务商，保修热线 400-820-1122，他们会安排上门检测。如果您更倾向于直接更换，也可以告诉我们，我们在亚马逊上为您安排。',
  ],
  [
    'clean',
    'T-m',
    '亲，我们核对了一下，您11月11日付款的是 128 元，今天这个价格是 99 元，差价 29 元我们已经按照价保规则给您退回了。这不是您的问题，是活动调整没有及时通知，抱歉。如果还有其他疑问，随时联系我。',
  ],
  [
    'clean',
    'T-m',
    '亲，非常理解您想尽快收到的心情。这款台灯目前确实缺货，最快要到12月10日才能发出，很抱歉没能早点告诉您。如果您不想等，我们可以马上为您全额退款；如果愿意等，我们送您一个备用灯泡作为补偿，您看哪种更合适？',
  ],
  [
    'clean',
    'E-m',
    '您好，非常抱歉您等了这么久。我们查到您的包裹（追踪号 RB556102938CN）目前在法兰克福转运中心，预计还需要5-7天。如果12月20日前还没收到，我们会直接全额退款，不需要您做任何操作。谢谢您的理解。',
  ],
  [
    'clean',
    'T-m',
    '亲，这次发货慢了三天，确实是我们的问题，真的很抱歉。仓库这周人手不够，但是这不是理由，我们已经给您的订单加急，今天下午一定发出。另外给您补偿一张五元无门槛券，下次购物可以用。',
  ],
  [
    'clean',
    'A-fp',
    '非常抱歉您的订单晚到了。我们已经更换了物流合作方，并为您退还了运费。感谢您的反馈，帮助我们做得更好。',
  ],
  [
    'clean',
    'T-m',
    '亲，上周给您换的新手机壳用着还合适吗？如果还有哪里不满意，随时告诉我们，我们一定负责到底。',
  ],
  [
    'clean',
    'A-f',
    '您好，很高兴问题已经解决，退款也已到账。如果您愿意，可以更新您留下的卖家反馈，这完全由您决定。感谢您给我们改进的机会。',
  ],
  [
    'clean',
    'T-m',
    '亲，麻烦您在旺旺里发一张破损处的照片给我们，方便我们向快递公司索赔。不管索赔结果如何，补发都会今天安排，您不用担心。',
  ],
  [
    'clean',
    'T-m',
    '亲，您说得对，说明书上的接线图确实印错了，这是我们的失误，非常抱歉。正确的接线方法是红线接 L、蓝线接 N、黄绿线接地线，我们已经把更正后的说明书做成图片发在这个对话里了。新批次的说明书也已经改过来。如果安装时还有不确定的地方，您随时问我，我陪您一步一步来。',
  ],
  [
    'clean',
    'T-m',
    '亲，关于您问的发票，我们已经在订单里上传了电子发票，抬头是您填写的公司名称，税号也核对过了。您在“我的订单”里点开这笔订单就能下载。之前让您催了两次才处理，真的很抱歉。',
  ],
];

const HANT: Row[] = [
  // block
  [
    'block',
    'T-m',
    '親，您好！很抱歉讓您收到有刮痕的手機殼。我們已經幫您安排補寄一個新的，今天就會出貨。如果之後還有問題，也可以直接加我們的 LINE：@caseshop_tw，客服回得比較快。再次跟您說聲不好意思，祝您有美好的一天。',
  ],
  [
    'block',
    'A-m',
    '您好，非常抱歉您訂購的藍牙耳機右耳沒有聲音。請您先將耳機放回充電盒重置一次。若仍無法改善，我們的技術人員可以直接在電話裡跟您說明，請撥 0912-345-678 找陳先生，平日早上十點到晚上六點都在。造成您的不便，真的很抱歉。',
  ],
  [
    'block',
    'E-m',
    '您好，十分抱歉您收到的電飯煲內膽有凹痕。我們已安排寄出新的內膽，追蹤號碼是 RR123456789HK。如有需要，您亦可以 WhatsApp 我哋香港同事 9123 4567，佢會跟進。多謝您的耐心。',
  ],
  [
    'block',
    'T-m',
    '親，這次出貨延誤真的很不好意思，新的已經用黑貓寄出了。小小心意：如果您願意把評價改成五星，我們會回饋您一百元購物金，下次購物可以直接折抵。謝謝您一直以來的支持！',
  ],
  [
    'block',
    'T-m',
    '親，退款的部分我們已經跟主管申請了，沒問題的。只是麻煩您先把負評刪掉，主管才會核准退款，系統是這樣規定的。造成您的困擾，真的很抱歉。',
  ],
  [
    'block',
    'T-rp',
    '感謝您的評價。經查詢，您的包裹已於12月2日送達台北市大安區復興南路一段390號，由管理員簽收。若您仍未取得，請透過旺旺與我們聯繫，我們會立即協助處理。',
  ],
  [
    'block',
    'A-r',
    '感謝您的評論，對於這台電風扇的噪音問題我們深感抱歉。我們已透過訊息為您安排更換新品。收到新品後，若您滿意，懇請您將這則評論改為正面的評價，這對我們非常重要。',
  ],
  [
    'block',
    'A-m',
    '您好，很抱歉您的咖啡豆包裝破損。為了向供應商反映，能否請您將照片寄到 help 小老鼠 beanhouse 點 com.tw？我們已經先幫您安排了補寄，這不會影響補寄的進度。謝謝您的協助。',
  ],
  [
    'block',
    'T-m',
    '親，真的很抱歉尺寸跟您想的不一樣。我們可以幫您換成 M 號，來回運費我們出。之後有新品上架，也歡迎追蹤我們的 IG：@linen.daily.tw，私訊我們會有專人回覆。再次謝謝您的耐心。',
  ],
  [
    'block',
    'E-m',
    '您好，非常抱歉您的檯燈在運送途中損壞。我們已經全額退款給您了。另外，如果您願意將負評修改為正評，我們可以免費再寄一盞同款檯燈給您，當作我們的心意。祝您一切順利。',
  ],
  [
    'block',
    'T-m',
    '親，補寄的零件已經送達了，辛苦您等候。本店現在有「追評抽好禮」活動，只要追加五星評價並附上照片，就有機會抽中藍牙喇叭。不參加也完全沒關係喔。再次說聲抱歉。',
  ],
  [
    'block',
    'A-m',
    '您好，很抱歉您收到的書本封面有摺痕。我們已經安排換貨，新書會在三天內寄達。為了表達歉意，下次您在我們的官網購物時輸入折扣碼 SORRY20 可以享有八折優惠。謝謝您的體諒。',
  ],
  [
    'block',
    'T-m',
    '親，電話裡說比較清楚，您可以打零九三三、二四五、六七八找我，我是客服小美，晚上九點前都可以。新的吹風機我們已經幫您寄出了。',
  ],
  [
    'block',
    'T-m',
    '親，很抱歉讓您久等了。由於這個問題需要傳影片，旺旺檔案太大傳不了，麻煩您加一下我們的微信：tw_fix168，我們會用視頻一步一步教您。謝謝您。',
  ],
  [
    'block',
    'T-rp',
    '謝謝您的評價，也很抱歉保溫瓶漏水讓您困擾。我們已經聯絡了訂購人林美惠小姐，手機 0988-776-554，並於今天寄出新品。我們也已經要求工廠檢查這一批的瓶蓋，歡迎大家繼續給我們指教。',
  ],
  [
    'block',
    'E-m',
    '您好，收到您的訊息。關於錶帶斷裂的問題，我們同意退款，不過要等您把評價修改為正面之後才會處理退款，請您理解。有其他問題請隨時聯絡我們。',
  ],
  [
    'block',
    'T-m',
    '你好，真係唔好意思，個電熱水壺寄錯咗型號。我哋已經安排寄返正確嘅型號俾你，聽日應該到。之後有咩問題，你可以直接 Signal 我哋，號碼係 6234 8890，會快過喺呢度等。再次講聲對唔住。',
  ],
  [
    'block',
    'T-m',
    '親，非常感謝您願意給我們機會處理。瑕疵的抱枕我們會全額退款，另外如果您幫忙把一星改成五星，我們私下再匯兩百元到您的帳戶，當作小小的補償。造成您的不便，真的很抱歉。',
  ],
  // warn
  [
    'warn',
    'T-m',
    '親，謝謝您的留言。我們查了一下，這件外套的尺寸表在商品頁寫得很清楚，是您自己沒有看清楚才選錯的。不過沒關係，我們還是可以幫您換貨，運費要請您自付喔。有問題再跟我們說。',
  ],
  [
    'warn',
    'T-m',
    '親，真的很抱歉讓您不開心，但是這個價格本來就不可能用到真皮，您期待太高了。如果您真的不滿意，可以申請退貨。',
  ],
  ['warn', 'A-m', '您好，我們已收到您的訊息，客服人員將於稍後回覆，請耐心等候。謝謝。'],
  [
    'warn',
    'T-m',
    '親，您好。我們出貨前都有逐件檢查，絕對不可能寄出有破洞的衣服，應該是您收到後自己不小心勾到的。不過我們可以送您一個小小的補丁貼，您看看。謝謝您的支持。',
  ],
  [
    'warn',
    'T-m',
    '親，補寄的商品已經送達了喔。請您今天之內一定要回覆確認，不然我們就當作您已經沒問題了，後續的問題就不再處理了。謝謝。',
  ],
  [
    'warn',
    'E-m',
    '您好，很抱歉包裹延誤。不過國際運送本來就會比較慢，下單前頁面上都有寫，這點希望您能理解。我們會持續追蹤，有消息再通知您。',
  ],
  [
    'warn',
    'T-m',
    '你好，我哋已經講咗好多次，呢款係冇得退嘅，請你唔好再問。如果有其他問題可以再聯絡我哋。',
  ],
  [
    'warn',
    'T-m',
    '親，這已經是您第五次傳訊息來問了，我們真的已經盡力在處理，請您不要一直催促。包裹一到我們就會通知您。',
  ],
  [
    'warn',
    'T-rp',
    '感謝您的評價。不過我們必須澄清，本商品的說明頁面已明確標示「不適用於洗碗機」，是您使用方式錯誤才導致變形，並非品質問題。敬請其他買家參考。',
  ],
  [
    'warn',
    'A-m',
    '您好，我們很理解您的心情。但根據我們的規定，已拆封的商品一律不接受退貨，這是沒辦法改變的。謝謝您的理解。',
  ],
  [
    'warn',
    'T-m',
    '親，這個很簡單啊，插上電源按開關就好了，連小朋友都會用。您再試一次看看吧，應該不會有問題的。',
  ],
  [
    'warn',
    'T-m',
    '親，物流顯示您填的地址少了門牌號碼，所以包裹才會被退回，這部分是您的問題喔。我們可以幫您重新寄出，但運費要請您負擔。',
  ],
  ['warn', 'T-m', '親您好，您的問題已經登記，請耐心等待，我們會依序處理。'],
  [
    'warn',
    'E-m',
    '您好，您的退款已經處理完成。既然問題已經解決，請您馬上去修改評價，越快越好。謝謝。',
  ],
  [
    'warn',
    'T-m',
    '親，謝謝您的耐心等候，新的電池已經幫您寄出了，應該後天會到。順便提醒一下，這款電池本來就不能放在車上曝曬，說明書上有寫，您之前那樣放難怪會鼓起來。收到新的之後請您多注意。',
  ],
  [
    'warn',
    'T-m',
    '你好，多謝你嘅留言。件衫縮水我哋都明白你唔開心，不過洗衣標籤寫明要手洗，你用洗衣機洗咗，咁我哋都冇辦法負責。如果你想買多件，我哋可以俾個九折你。',
  ],
  // clean
  [
    'clean',
    'T-m',
    '親，您好！您訂單編號 2749301856627 的電熱毯我們已經查到了，確實是溫控器故障，非常抱歉。我們已經用黑貓宅急便寄出新的一件，託運單號 9083 5521 7746，預計12月5日送達。舊的那件不用寄回，直接處理掉就好。請問這樣安排您方便嗎？',
  ],
  [
    'clean',
    'A-m',
    '您好，很抱歉您的包裹顯示已送達卻沒收到。這筆訂單是由日本郵便配送，您可以撥打日本郵便的客服專線 0570-046-666 查詢投遞紀錄。同時我們也在亞馬遜替您開立了調查，三個工作天內沒有結果的話，我們會直接補寄或退款，由您決定。',
  ],
  [
    'clean',
    'T-m',
    '親，您買的紅包袋有幾個燙金掉色，真的很抱歉。我們今天就補寄一整包新的給您，過年前一定送到。您看這樣可以嗎？',
  ],
  [
    'clean',
    'E-m',
    '您好，很高興新的變壓器已經可以正常使用了。這次的問題是我們出貨前檢查不夠仔細，真的很抱歉。若您願意，可以考慮修改先前的評價，是否修改完全由您決定，我們的售後服務都不會因此改變。祝您使用愉快。',
  ],
  [
    'clean',
    'T-m',
    '親，依照七天鑑賞期的規定，您的訂單還在退貨期限內，可以直接申請退貨，我們會立刻同意。來回運費都由我們吸收。造成您的不便，真的很抱歉。',
  ],
  [
    'clean',
    'T-rp',
    '謝謝您的評價，也很抱歉這組餐具有缺角。我們已經為您補寄新品，並且改用加厚的氣泡紙包裝。如果還有任何問題，歡迎透過旺旺與我們聯繫。',
  ],
  [
    'clean',
    'A-m',
    '您好，很抱歉這台吸塵器不符合您的期待。您可以直接在亞馬遜的訂單頁面申請退貨，詳細步驟請參考亞馬遜說明頁：https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201819090。我們會在收到退貨後兩天內退款。',
  ],
  [
    'clean',
    'T-m',
    '親，您問的 HX-580 和 HX-680 差別在於馬力，580 是 1200W，680 是 1500W。您買的是 NT$2,490 的 580，如果想換 680，補差價 NT$500 就可以，運費我們出。不換也完全沒問題，看您的需求。',
  ],
  [
    'clean',
    'T-m',
    '親，退款 NT$350 已經退回您的信用卡了，約三到五個工作天入帳。不管您的評價怎麼寫，這筆退款都不會受影響。謝謝您讓我們知道這個問題，我們已經請倉庫重新檢查同批商品。',
  ],
  [
    'clean',
    'T-m',
    '親，很理解您希望今天就收到的心情。很抱歉這款目前要從倉庫調貨，最快明天才能出貨。如果您不方便等，我們可以立刻幫您取消並全額退款；如果您願意等，我們會附上一份小贈品表達歉意，您覺得哪個比較好呢？',
  ],
  ['clean', 'E-fp', '很抱歉延誤到貨，已全額退款並更換物流，感謝您的回饋。'],
  [
    'clean',
    'A-f',
    '您好，很高興退款已經入帳。如果您願意，可以更新您留下的賣家評價，這完全由您決定。再次感謝您的耐心。',
  ],
  [
    'clean',
    'T-m',
    '你好，真係好抱歉，個風筒寄嚟嘅時候已經有裂痕。我哋今日已經幫你寄出一部新嘅，順豐單號 SF1098776543210，聽日應該會到。舊嗰部唔使寄返，你處理咗就得。有咩問題隨時喺度搵我哋。',
  ],
  [
    'clean',
    'T-m',
    '親，這次真的是我們出錯了，寄成了錯的顏色，很抱歉。雖然倉庫這週比較忙，但是這不是理由，我們今天就會把正確的顏色寄出，錯寄的那件您留著就好。',
  ],
  [
    'clean',
    'A-m',
    '您好，很抱歉您的電動牙刷充電座故障。這款產品有一年原廠保固，您可以撥打原廠保固服務專線 0800-012-345 申請更換，或者告訴我們，我們也可以直接在亞馬遜為您安排退換。',
  ],
  [
    'clean',
    'T-m',
    '親，上次幫您換的新床單，用起來還習慣嗎？如果還有任何不滿意的地方，隨時跟我們說。',
  ],
  [
    'clean',
    'T-m',
    '親，您的訂單在11月30日已經出貨，物流顯示目前在桃園轉運中心，預計12月4日送達。延誤了兩天，真的很抱歉，我們會持續追蹤。',
  ],
  [
    'clean',
    'T-m',
    '親，麻煩您在旺旺傳一張外箱破損的照片給我們，我們要向物流公司申請理賠。無論理賠結果如何，新品今天都會幫您寄出。',
  ],
  [
    'clean',
    'T-m',
    '親，謝謝您把問題說得這麼清楚。您說的沒錯，商品頁寫的是 500ml，實際只有 450ml，是我們標示錯誤，非常抱歉。我們已經把商品頁更正，也會退給您 NT$60 的差額，另外補寄一個同款的杯蓋給您。您看這樣可以嗎？',
  ],
  [
    'clean',
    'T-m',
    '親，您好，關於這次的過敏反應，真的非常抱歉，請問您現在身體還好嗎？這筆訂單我們已經全額退款，不需要寄回商品，也不需要提供任何照片。我們已經把同批號的乳液先下架，並通報主管與原廠檢驗。若您需要就醫相關的協助，請隨時告訴我們。',
  ],
];

const EN: Row[] = [
  // block
  [
    'block',
    'A-m',
    "Hi Marcus, thank you for getting back to us so quickly. I'm really sorry the blender jar cracked after only two uses; that shouldn't happen. I've already arranged a free replacement jar, which should reach you by Friday. If anything else goes wrong, the quickest way to reach me is WhatsApp on +44 7700 900412, as I check it more often than these messages. Thanks again for your patience, and sorry for the trouble.",
  ],
  [
    'block',
    'A-m',
    "Hello Priya, I'm so sorry your order arrived with the lid missing. We've shipped a replacement lid through Amazon and it should arrive within three days. If you could send a photo of the box to help@kitchennest.co, it would help our warehouse team trace the issue. Again, apologies for the inconvenience.",
  ],
  [
    'block',
    'A-m',
    "Hi Tom, thanks for your patience while we looked into this. The replacement charger went out this morning with tracking 1Z999AA10123456784. As a small thank-you for your understanding, we'd love to send you a $15 gift card once your review reflects the replacement. We really appreciate customers like you.",
  ],
  [
    'block',
    'A-r',
    "We're sorry the zipper broke on your backpack, and thank you for letting us know. We've reached out through Buyer-Seller Messaging to send a replacement. Once it arrives, we'd be grateful if you could update your review to reflect the new experience.",
  ],
  [
    'block',
    'E-m',
    "Hi Diane, I completely understand your frustration with the late delivery and I'm sorry it spoiled the birthday plans. I've spoken with my manager and we can refund the full $42.50. We'll process it as soon as you've revised the negative feedback to positive, since that's how our system closes the case. Thank you for bearing with us.",
  ],
  [
    'block',
    'E-m',
    "Hi Sam, sorry about the wrong size! I've sent the correct one today. For future orders you can buy straight from our website, vintagethreads.shop, and skip the eBay fees; use code LOYAL10 at checkout. Thanks for being so understanding.",
  ],
  ['block', 'E-fp', 'Sorry for the delay, John. Reshipped to 14 Elm Road, Leeds LS6 2AB today.'],
  [
    'block',
    'A-fp',
    'We apologise for the damaged parcel. We called you on 07911 123456 and have sent a replacement; thank you for your patience.',
  ],
  [
    'block',
    'A-m',
    "Hello Ana, I'm sorry the smartwatch isn't syncing with your phone. Please try unpairing it in Bluetooth settings and restarting both devices. If that doesn't work, our engineer can walk you through it live; just message us on Telegram at @fitsync_help and mention your order number. We can also send a replacement if you prefer.",
  ],
  [
    'block',
    'A-m',
    "Hi Laura, great news, your replacement has shipped and should arrive Thursday 🎉 If anything isn't right when it arrives, just reply here and we'll sort it straight away. Thanks again for your patience.",
  ],
  [
    'block',
    'E-m',
    "Hello Mike, I'm sorry the lens cap was missing from your camera bundle. I've posted one out first class today. We'd also like to include a free 64GB memory card if you'd be kind enough to change your feedback to positive once it arrives. Thanks so much for your understanding.",
  ],
  [
    'block',
    'A-m',
    "Hi Kevin, thank you for reaching out and I'm sorry the heater stopped working. Before anything else, please unplug it and let it rest for ten minutes; the cut-out sometimes trips. If it still won't start, give our support line a call at (415) 555-0198 and ask for Jenna, she handles these. Otherwise we'll send a replacement right away.",
  ],
  [
    'block',
    'A-m',
    "Hi Olivia, so sorry the printed mug faded after washing. We'd like to see how bad it is; could you email a photo to orders at mugmakers dot com? In the meantime we've started a replacement, so you won't have to wait on us. Thanks for your patience.",
  ],
  [
    'block',
    'A-m',
    "Hi Ben, sorry the puzzle arrived with two pieces missing. We've sent a full replacement box. We'd also love for you to join our Facebook group, Puzzle Pals by JigsawHub, where we post missing-piece requests and answer questions faster. Thanks for your patience!",
  ],
  [
    'block',
    'E-m',
    "Hi Grace, thank you for the photos, and I'm so sorry the vase arrived broken. We want to make this right. If you could update your feedback first, I'll be able to release the refund straight after; I hope that works for you. Thanks again.",
  ],
  [
    'block',
    'A-m',
    "Dear Mr. Patel, thank you for your message and I'm sorry the shelf brackets were bent. A new set has been shipped at no cost to you. If you'd consider updating your review, we'd happily offer you 30% off your next purchase as our way of saying thanks. Have a lovely week.",
  ],
  [
    'block',
    'A-m',
    "Hi Chloe, I'm sorry the kettle keeps switching itself off. Our technician is happy to talk you through a quick check; he's on oh seven nine one one, two three four, five six seven. We'll also arrange a replacement or a refund, whichever you'd prefer.",
  ],
  [
    'block',
    'E-fp',
    "We're very sorry your order arrived late; we've refunded the shipping and switched to a faster courier for future orders.",
  ],
  [
    'block',
    'E-m',
    "Hi Rosa, I'm sorry the rug arrived in a different shade from the photos. I've refunded £15 of the price as a partial refund, and if you'd like to send it back instead, just let me know. P.S. customers who leave us a positive feedback get a free gift with their next order, so keep an eye out!",
  ],
  // warn
  [
    'warn',
    'A-m',
    "Hi Rachel, thanks for your message about the coffee grinder. I'm sorry you're disappointed, but the listing clearly states it's designed for coarse grinds only, so it isn't really suitable for espresso. That said, we'd be happy to accept a return within the 30-day window. Let us know how you'd like to proceed.",
  ],
  [
    'warn',
    'E-m',
    'Hi Dan, thanks for getting in touch. Looking at the photos, the damage looks like it happened because the unit was plugged into the wrong voltage, which is covered in the manual you should have read before use. We can still offer a repair at a reduced cost if that helps. Let me know.',
  ],
  [
    'warn',
    'A-m',
    'Thank you for contacting us. We have received your message and a member of our team will respond within 24-48 hours. Please do not reply to this message.',
  ],
  [
    'warn',
    'E-m',
    "Hi Steve, the replacement was delivered yesterday according to tracking. Please confirm receipt by the end of today so we can close this case; otherwise we'll assume everything is fine. Thanks.",
  ],
  [
    'warn',
    'A-m',
    "Hello, thank you for your message. We want to be clear that this is not our fault; the courier damaged the parcel after it left our warehouse, and our packaging meets every standard. We've still filed a claim on your behalf and will keep you posted. Thanks for your patience.",
  ],
  [
    'warn',
    'E-m',
    "Hi Paula, as I've already explained in my last three messages, the item was shipped on time and the delay is with Royal Mail. I understand it's frustrating, but there's nothing more we can do from our side until it's marked lost. I'll update you when I hear anything.",
  ],
  [
    'warn',
    'A-m',
    "Hi George, thanks for reaching out! The headphones are really easy to pair; honestly, most customers figure it out in seconds. Just hold the button for five seconds, which is explained on page one of the guide. Let us know if you still can't manage it.",
  ],
  [
    'warn',
    'A-fp',
    "We're sorry you feel this way, but every order is checked before dispatch and we've never had another complaint about this item. We'd encourage you to contact us before leaving feedback next time.",
  ],
  [
    'warn',
    'E-m',
    "Hi Lucy, thanks for your message. I'm sorry the dress doesn't fit as you hoped. Hundreds of other buyers have ordered this size without any issue, so it may be worth double-checking your measurements against the chart. We can accept a return if you cover the postage.",
  ],
  [
    'warn',
    'A-m',
    "Hi Mark, we've now sent the replacement. You need to send the faulty unit back within 5 days or we will have to charge you for the new one. Please make sure you do this promptly.",
  ],
  [
    'warn',
    'E-m',
    "Hi Ellie, I'm sorry to hear the boots are too tight, but our policy is no returns on worn items and the soles show signs of use. I hope you understand. Have a good day.",
  ],
  [
    'warn',
    'A-m',
    'Your request has been logged. Reference: CS-88213. Our team will review it in due course.',
  ],
  [
    'warn',
    'E-m',
    "Hi Tony, I've refunded the £12 as promised. To be honest, leaving negative feedback before even contacting us wasn't very fair, especially for a small business like ours. Anyway, the refund should show within 3-5 days.",
  ],
  [
    'warn',
    'A-m',
    "Hello Jess, the parcel came back to us because the address you entered was incomplete, so the delay was on your end. We're happy to resend it once you confirm the full address. Thanks.",
  ],
  [
    'warn',
    'E-m',
    "Hi Carl, sorry about the small scratch on the case, but it's only cosmetic and doesn't affect how the phone works. For a refurbished item at this price, that's to be expected. We can offer a £5 partial refund if you want.",
  ],
  [
    'warn',
    'A-m',
    "Hi Nora, I can see you're upset, but there's no need to take that tone with us. We're doing our best to locate your parcel and will update you as soon as we can.",
  ],
  [
    'warn',
    'A-m',
    "Hi Fred, thank you for your patience. The new filter is on its way and should arrive Tuesday. Just so you know for next time, the filter needs rinsing every two weeks, which obviously wasn't being done here, and that's why the pump clogged. Let me know if you have any other questions.",
  ],
  // clean
  [
    'clean',
    'A-m',
    "Hi Hannah, thank you for telling us about the leaking water bottle, and I'm really sorry it soaked your bag. That's not the experience we want anyone to have. I've checked order 205-7781203-4419926 and a replacement with the redesigned lid has already been dispatched; it should arrive on 7 December. There's no need to send the old one back. If the new one gives you any trouble at all, just reply here and I'll sort it out.",
  ],
  [
    'clean',
    'A-m',
    "Hello Mr. Okafor, I'm sorry your parcel shows as delivered when it hasn't reached you. It was carried by UPS, and their customer line is 1-800-742-5877 if you'd like to ask about the exact drop-off point. Meanwhile I've opened an investigation on our side, and if it isn't found within two working days we'll send a replacement or a refund, whichever you prefer.",
  ],
  [
    'clean',
    'A-m',
    "Hi Sofia, I'm sorry the blender didn't suit your kitchen. You can start a return from Your Orders; Amazon's help page walks through it step by step: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7. We'll cover the return postage and refund you within two days of it arriving.",
  ],
  [
    'clean',
    'E-m',
    "Hi Peter, I'm glad to hear the replacement amp is working well. The fault was ours, and I'm sorry it took two tries to get it right. Now that everything's sorted, feel free to update your feedback if you wish; it's entirely your choice, and it won't change anything about our support. Enjoy the music!",
  ],
  [
    'clean',
    'A-f',
    "Hi Joanna, I'm glad the refund has come through. If you'd like to, you're able to update the seller feedback you left; whether you do is completely up to you. Thank you for giving us the chance to put things right.",
  ],
  [
    'clean',
    'A-m',
    "Hi Raj, you're right that the TX-450 you received isn't the TX-540 you ordered, and I'm sorry for the mix-up. The TX-540 ($89.99) will ship tomorrow, 4 December, and a prepaid return label for the TX-450 is on its way by Amazon message. If you'd rather keep the TX-450, we can refund the $20 difference instead. Which would you prefer?",
  ],
  [
    'clean',
    'E-m',
    "Hi Maria, I'm sorry your parcel is taking so long. Tracking LY123456789GB shows it cleared customs in Chicago yesterday, so it should be with you within five working days. If it hasn't arrived by 15 December, we'll refund you in full without you needing to do anything.",
  ],
  [
    'clean',
    'E-m',
    "Hi Owen, I've refunded the full £34.99 to your PayPal account; it should appear within a few days. This refund is yours regardless of any feedback, and there's nothing more you need to do. Thank you for flagging the faulty batch; we've pulled it from sale while we check it.",
  ],
  [
    'clean',
    'A-m',
    "Hi Leo, I'm afraid we can't exchange the opened ink cartridges for a different model, as they can't be resold once the seal is broken. What I can do is send you a free cleaning kit that should fix the streaking, or help you set up a return for the unopened ones. Would either of those help?",
  ],
  [
    'clean',
    'A-fp',
    "Thank you for your feedback. We're sorry the delivery was late; we've refunded your shipping and changed couriers for this route.",
  ],
  ['clean', 'E-fp', "Sorry for the delay. Full refund sent and we've changed couriers. Thank you."],
  [
    'clean',
    'A-m',
    "Hi Amy, you're well within Amazon's return window for this order, so you can return the lamp for a full refund. Just choose 'Return or replace items' in Your Orders; we'll approve it right away and cover the postage. Sorry it didn't work out.",
  ],
  [
    'clean',
    'A-m',
    "Hi Carlos, just checking in to see how the replacement vacuum is working for you. If anything isn't right, reply here and we'll help straight away.",
  ],
  [
    'clean',
    'E-m',
    "Hi Fiona, I'm so sorry, and there's no excuse: we sent the wrong colour. The correct navy jumper is on its way today, tracking 3S12345678, and please keep the grey one with our apologies.",
  ],
  [
    'clean',
    'A-m',
    "Hi Ian, I'm sorry the drill battery has stopped holding a charge. It's covered by the manufacturer's 2-year warranty; you can reach their warranty service on 1-866-555-0142 with your order number, or, if you'd rather, we can arrange a replacement through Amazon for you.",
  ],
  [
    'clean',
    'A-m',
    "Hi Michelle, I'm so sorry some of the red envelopes in your Lunar New Year pack were torn. We've sent a fresh pack of 50 today so they'll arrive well before the holiday. Wishing you and your family a wonderful new year.",
  ],
  [
    'clean',
    'A-m',
    "Hi Sarah, I'm sorry the gift box arrived crushed, especially when it was meant as a present. A new gift set, wrapped as you asked, ships today and should arrive on Saturday. There's no need to return the damaged one.",
  ],
  [
    'clean',
    'E-m',
    "Hi Jack, thank you for your patience, and I'm sorry the part was delayed. We could have kept you better informed, and we didn't; that's on us. The part left our warehouse this morning, tracking 1Z8847X20392817465, and should arrive Monday. I've also refunded your postage, £4.95, as an apology. If there's anything else, I'm here.",
  ],
  [
    'clean',
    'A-m',
    "Hello Beth, I'm sorry the chair wobbles. When you have a moment, could you tell us which leg seems loose? There's no rush; we can also simply send a replacement if you'd prefer not to troubleshoot.",
  ],
  [
    'clean',
    'A-fp',
    "We're sorry the jacket's zip failed. We've sent a replacement and raised the issue with our supplier; thank you for helping us improve.",
  ],
  [
    'clean',
    'E-m',
    "Hi Amir, I'm sorry the headphones stopped charging after a week. You can open a return through eBay's Money Back Guarantee page at https://www.ebay.com/help/buying/returns-refunds/return-item-refund?id=4041, and I'll accept it as soon as it comes in, with free return postage. If you'd rather have a replacement pair, tell me and I'll send one today.",
  ],
  [
    'clean',
    'A-m',
    "Hi Daniel, I'm so sorry to hear your son got a burn from the hair straightener, and I hope he's okay. I've refunded your order in full straight away; there's nothing you need to send us, and no photos are needed. We've stopped selling this batch and passed your report to our safety team and to Amazon. If you're willing to keep the straightener for now, it will help the investigation, but that's entirely up to you.",
  ],
  [
    'clean',
    'E-m',
    "Hi Wendy, thank you for your patience over the past week. The replacement printer has now been delivered, and I've also refunded the £9.50 you paid for the ink you couldn't use. I know this took longer than it should have, and I'm sorry for that. If anything at all isn't working, just message me here on eBay and I'll pick it up the same day.",
  ],
];

const rows = (lang: SetLang, list: Row[]): (Labelled & { set: typeof BLIND14_SET_NAME })[] =>
  list.map(([label, ctx, text]) => ({ label, lang, ctx, text, set: BLIND14_SET_NAME }));

export const BLIND14_SET: readonly (Labelled & { set: typeof BLIND14_SET_NAME })[] = [
  ...rows('zh-Hans', HANS),
  ...rows('zh-Hant', HANT),
  ...rows('en', EN),
];
