import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { NEAR, RULE_IDS, RULE_TABLES, rulesFor } from '@/lib/drafts/rules';
import { LINT_SET } from './lint-set';
import { BLIND7_SET } from './lint-set-blind7';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'reviews' };
const TB_PUB: LintContext = { platform: 'taobao', channel: 'public', kind: 'reviews' };
const AMZ_R: LintContext = { platform: 'amazon', channel: 'private', kind: 'reviews' };
const AMZ_M: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };
const AMZ_F: LintContext = { platform: 'amazon', channel: 'private', kind: 'feedback' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'feedback' };
const EB_PUB: LintContext = { platform: 'ebay', channel: 'public', kind: 'feedback' };

/** [rule, ctx, text, the words the finding must cover] */
const FIRES: [string, LintContext, string, string][] = [
  // incentives (common)
  ['review-incentive', TB, '亲，好评返现5元哦', '好评返现'],
  ['review-incentive', TB, '改评返现，联系客服领取', '改评返现'],
  ['review-incentive', TB, '删评送红包', '删评送'],
  ['review-incentive', TB, '麻烦给个好评，送您一个小礼品', '好评，送您一个'],
  [
    'review-incentive',
    EB,
    'We will send you a $10 gift card for a positive review.',
    '$10 gift card for a positive review',
  ],
  [
    'review-incentive',
    EB,
    'Update your feedback and get a free gift!',
    'Update your feedback and get',
  ],
  ['review-incentive', EB, 'Cashback for every 5-star review', 'Cashback for every 5-star review'],
  // conditional remedies (common)
  [
    'remedy-conditional',
    EB,
    'Once you change your feedback we will refund you.',
    'Once you change your feedback we will refund',
  ],
  [
    'remedy-conditional',
    TB,
    'If you update your review we will refund the full amount.',
    'If you update your review we will refund',
  ],
  [
    'remedy-conditional',
    EB,
    'We will refund you as soon as you remove the negative feedback.',
    'refund you as soon as you remove the negative feedback',
  ],
  ['remedy-conditional', TB, '您把差评删了我们就给您退款', '差评删了我们就给您退款'],
  ['remedy-conditional', TB, '只要您修改评价，我们马上补发', '修改评价，我们马上补发'],
  ['remedy-conditional', TB, '退款的前提是您先删除差评', '退款的前提是您先删除差评'],
  // personal data in public replies
  ['contact-phone', TB_PUB, '已联系买家 13812345678 处理', '13812345678'],
  ['contact-phone', EB_PUB, 'Call 415-555-0132', '415-555-0132'],
  ['public-personal-data', EB_PUB, 'Thanks, buyer John Smith', 'buyer John Smith'],
  ['public-personal-data', TB_PUB, '寄到杭州市西湖区文三路100号', '市西湖区文三路100号'],
  ['public-personal-data', EB_PUB, 'Sent to 12 Baker Street today', '12 Baker Street'],
  ['contact-email', EB_PUB, 'Mail bob@example.com', 'bob@example.com'],
  // Amazon
  ['amazon-review-request', AMZ_R, 'Could you please update your review?', 'update your review'],
  [
    'amazon-review-request',
    AMZ_R,
    'Would you consider removing the 1-star review now that it is fixed?',
    'removing the 1-star review',
  ],
  ['amazon-review-request', AMZ_M, 'We hope for a 5-star review.', '5-star review'],
  ['amazon-review-request', AMZ_R, '问题解决后麻烦您修改一下评价', '修改一下评价'],
  ['amazon-emoji', AMZ_M, 'Thank you 😊', '😊'],
  ['amazon-emoji', AMZ_M, 'Thanks :)', ':)'],
  ['contact-email', AMZ_M, 'Write to help@shop.com', 'help@shop.com'],
  ['contact-link', AMZ_M, 'See https://example.com/guide for help', 'https://example.com/guide'],
  ['contact-link', AMZ_F, 'Visit www.myshop.com', 'www.myshop.com'],
  ['contact-phone', AMZ_M, 'Call us at +44 20 7946 0958', '+44 20 7946 0958'],
  ['amazon-marketing', AMZ_M, 'Here is a coupon for 20% off', 'coupon'],
  ['amazon-marketing', AMZ_M, '送您一张优惠券', '优惠券'],
  // eBay
  ['ebay-reply-length', EB_PUB, 'x'.repeat(81), 'x'],
  ['off-platform-contact', EB, 'Add me on WhatsApp', 'WhatsApp'],
  [
    'off-platform-contact',
    EB,
    'Cancel the eBay case and I will send you the money directly.',
    'Cancel the eBay case and I will send you the money directly',
  ],
  ['contact-email', EB, 'Email me at seller@mail.com', 'seller@mail.com'],
  ['ebay-revision-request', EB, 'Please revise your feedback to positive.', 'revise your feedback'],
  ['ebay-revision-request', EB, '麻烦您先把评价改一下', '评价改'],
  // … and a block when the draft itself says the remedy is still on its way (lint12).
  [
    'ebay-revision-unresolved',
    EB,
    'Please revise your feedback; it will arrive Monday.',
    'revise your feedback; it will arrive',
  ],
  ['ebay-revision-unresolved', EB, '补发的明天就到，麻烦您修改评价', '明天就到，麻烦您修改评价'],
  // Taobao
  ['review-incentive', TB, '确认收货后给您发红包', '发红包'],
  ['off-platform-contact', TB, '加我微信：abc123，给您处理', '微信'],
  ['off-platform-contact', TB, '加vx详聊', 'vx'],
  ['off-platform-contact', TB, 'QQ号发您了', 'QQ'],
  ['off-platform-contact', AMZ_M, '请加我微信：abc123，或者 WhatsApp 也可以', '微信'],
  ['tone-auto-reply', TB, '已登记，请耐心等待。', '已登记，请耐心等待'],
  [
    'tone-auto-reply',
    EB,
    'We have received your message. A representative will respond within 48 hours.',
    'We have received your message. A representative will',
  ],
  // tone
  ['tone-blame', TB, '是你自己没看清楚详情', '是你自己'],
  [
    'tone-blame',
    AMZ_M,
    'You should have contacted us before leaving a review.',
    'You should have contacted',
  ],
  [
    'tone-blame',
    AMZ_M,
    'This is the third time you have messaged us about this.',
    'third time you have messaged',
  ],
  ['tone-blame', TB, '您自己操作不当导致的', '操作不当'],
  ['tone-blame', TB, '你没看清楚尺码表', '你没看清楚'],
  ['tone-blame', EB, 'You should have read the description.', 'You should have read'],
  ['tone-blame', EB, 'It seems you used it wrong.', 'you used it wrong'],
  ['tone-arguing', TB, '这不是我们的问题，是快递的', '不是我们的问题'],
  ['tone-arguing', TB, '详情页写了不支持快充', '详情页写了'],
  ['tone-arguing', EB, 'This is not our fault.', 'not our fault'],
  [
    'tone-arguing',
    EB,
    'As stated in the listing, batteries are not included.',
    'As stated in the listing',
  ],
  ['tone-sorry-but', TB, '对不起，但是这个不能退', '对不起，但是'],
  ['tone-sorry-but', TB, '抱歉，不过我们也没办法', '抱歉，不过'],
  ['tone-sorry-but', EB, 'Sorry, but we cannot refund.', 'Sorry, but'],
  [
    'tone-sorry-but',
    EB,
    'We apologize for the delay. However, the carrier is responsible.',
    'apologize for the delay. However',
  ],
  ['tone-pressure', TB, '您必须今天确认收货', '您必须'],
  ['tone-pressure', TB, '马上给我回复', '马上给我'],
  ['tone-pressure', EB, 'You must reply today.', 'You must'],
  ['tone-pressure', EB, 'Please confirm immediately.', 'Please confirm immediately'],
  // word classes added from the blind set's tuning half (lint-set-blind.ts)
  ['off-platform-contact', TB, '有事可以加我卫星：abc_77', '卫星'],
  ['off-platform-contact', TB, '威芯号 ｋｅｆｕ８ 随时在', '威芯'],
  ['off-platform-contact', TB, '搜一下飞机：shop_help', '飞机'],
  ['off-platform-contact', EB, 'Questions? Find us at @homegoods_uk anytime.', '@homegoods_uk'],
  ['off-platform-contact', TB, '这笔钱我用支付宝直接转给您', '支付宝直接转给您'],
  ['tone-pressure', TB, '三天内不寄回的话，逾期就不予处理', '逾期就不予'],
  ['tone-pressure', EB, 'Send the photos by Monday, otherwise no replacement.', 'otherwise no'],
  ['tone-arguing', TB, '这个问题我已经说过好几次了', '说过好几次'],
  [
    'tone-arguing',
    EB,
    'As I have told you several times, the fuse must be replaced.',
    'told you several times',
  ],
  ['tone-arguing', EB_PUB, 'Item was exactly as described.', 'Item was exactly as described'],
  ['tone-arguing', TB_PUB, '买家所说与事实不符', '与事实不符'],
  ['tone-blame', TB, '漏水是因为您没有按说明拧紧盖子', '因为您没有按'],
  ['tone-blame', EB_PUB, 'Buyer failed to check the size chart.', 'Buyer failed to check'],
  ['tone-auto-reply', TB, '【自动回复】客服稍后为您服务', '自动回复'],
  // word classes generalised from the blind3 set's tuning half (lint-set-blind3.ts)
  ['contact-phone', TB, '售后打 1 8 6 0 0 1 2 3 4 5 6 就行', '1 8 6 0 0 1 2 3 4 5 6'],
  ['contact-phone', TB, '电话：186⭐0012⭐3456', '186⭐0012⭐3456'],
  ['contact-phone', EB, 'Ring me on 0 7 4 0 0 - 5 5 5 - 1 2 3 please', '0 7 4 0 0 - 5 5 5 - 1 2 3'],
  ['off-platform-contact', TB, '有事➕V：kefu_01', '➕V'],
  ['off-platform-contact', TB, '售后+薇 mm_shop', '+薇'],
  ['off-platform-contact', TB, '关注我们的公众号领说明书', '公众号'],
  ['off-platform-contact', TB, '歡迎到粉專留言', '粉專'],
  ['off-platform-contact', TB, '您把手机号发我一下，师傅联系您', '手机号发我'],
  [
    'off-platform-contact',
    EB,
    'Text us your mobile number and we will call.',
    'Text us your mobile number',
  ],
  ['off-platform-contact', EB, 'There is a QR code on the leaflet for support.', 'QR code'],
  ['off-platform-contact', EB, 'Join our owners club on the app for tips.', 'Join our owners club'],
  ['review-incentive', TB, '给个好苹，送您一杯奶茶', '给个好苹，送您一杯奶茶'],
  ['review-incentive', TB, '改好评后我发你个hb', '改好评后我发你个hb'],
  ['review-incentive', TB, '五星评价送二十元现金', '五星评价送'],
  ['review-incentive', TB, '評價改一下，下一單給您免運', '評價改一下，下一單給您免運'],
  ['review-incentive', EB, 'We will Venmo you if the rating goes up.', 'Venmo you if the rating'],
  ['tone-shut-down', TB, '请不要再发消息了，有结果会通知', '不要再发'],
  ['tone-shut-down', TB, '再催我们就拉黑了', '再催我们就拉黑'],
  ['tone-shut-down', EB, 'Please stop messaging us about this.', 'stop messaging'],
  ['tone-shut-down', EB, 'If you keep emailing, nothing changes.', 'If you keep emailing'],
  [
    'tone-auto-reply',
    EB,
    'We have received your query and will respond shortly.',
    'We have received your query and will respond',
  ],
  [
    'tone-auto-reply',
    EB,
    'Please allow 2 working days for a reply.',
    'Please allow 2 working days for a reply',
  ],
  ['public-personal-data', TB_PUB, '已寄到 南京市鼓楼区中山路 12 号', '鼓楼区中山路 12 号'],
  // written from the PLAYBOOK's categories, beyond what the tuning halves showed
  [
    'contact-phone',
    EB,
    'Ring me: seven four one, double two, three eight nine zero',
    'seven four one, double two, three eight nine zero',
  ],
  ['contact-email', EB, 'Photos to kefu_9 at gmail please', 'kefu_9 at gmail'],
  ['off-platform-contact', TB, '拼多多搜店名，那边便宜五块', '拼多多搜'],
  ['off-platform-contact', TB, '有问题直接Q我', 'Q我'],
  ['review-incentive', TB, '追评晒图有福利哦', '晒图有福利'],
  [
    'review-incentive',
    EB,
    'A small token of appreciation awaits if you update the feedback.',
    'token of appreciation awaits if you update the feedback',
  ],
  ['amazon-emoji', AMZ_M, 'It ships today ^_^', '^_^'],
  ['tone-shut-down', TB, '您爱评不评，我们就这样处理', '爱评不评'],
  ['tone-shut-down', EB, 'Please calm down, it is only a lamp.', 'calm down'],
  ['tone-auto-reply', EB, 'Your enquiry is important to us.', 'Your enquiry is important to us'],
  ['off-platform-contact', TB, '找我 V：kf_shop 就行', 'V：kf_shop'],
  ['off-platform-contact', TB, '退款直接转，把银行卡号发我', '把银行卡号发我'],
  ['off-platform-contact', TB, '虾皮搜我们店名更便宜', '虾皮搜'],
  ['review-incentive', TB, '好评截图返3r', '好评截图返3r'],
  ['review-incentive', TB, '追评后私聊领小礼物', '追评后私聊领小礼物'],
  [
    'remedy-conditional',
    EB,
    'We can refund the postage if the negative turns into a positive.',
    'refund the postage if the negative turns into a positive',
  ],
  ['tone-blame', TB, '这都不会，您根本不懂', '您根本不懂'],
  ['tone-arguing', EB, "It's not a defect, the colour varies.", "It's not a defect"],
  // word classes generalised from the blind4 set's tuning half (lint-set-blind4.ts) and from fresh
  // probes of the disguises (never the blind4 checking half)
  ['review-incentive', TB, '好评再送您九五折券，下单备注就行', '好评再送'],
  ['amazon-marketing', AMZ_M, '下次购买可享八折', '八折'],
  [
    'review-incentive',
    EB,
    '您把评价改成好评，我们就给您退 20 美元',
    '评价改成好评，我们就给您退 20 美元',
  ],
  ['remedy-conditional', TB, '帮忙把中评改掉的话，差价我们退给您', '中评改掉的话，差价我们退给'],
  [
    'remedy-conditional',
    TB,
    '您先去把差评删了，删完我这边马上补发',
    '差评删了，删完我这边马上补发',
  ],
  [
    'review-incentive',
    EB,
    'Give us a positive and the spare cable is yours, free.',
    'Give us a positive and the spare cable is yours',
  ],
  [
    'remedy-conditional',
    EB,
    'Please update the feedback first. We can sort the refund once that is done.',
    'update the feedback first. We can sort the refund once that is done',
  ],
  ['tone-blame', TB, '漏气基本都是没按视频步骤安装导致的', '没按视频步骤安装导致'],
  ['tone-blame', EB_PUB, 'Unit was assembled incorrectly by buyer.', 'was assembled incorrectly'],
  [
    'tone-blame',
    EB,
    'Next time, please measure the space before you order.',
    'Next time, please measure',
  ],
  ['tone-blame', TB, '这个是您选错型号了', '您选错'],
  // word classes generalised from the blind5 set's tuning half (lint-set-blind5.ts) and from fresh
  // probes of its kinds (never the blind5 checking half)
  ['off-platform-contact', TB, '有问题加我微亻言 kf_88 就行', '微亻言'],
  ['off-platform-contact', TB, '加我 L1NE：kf_tw，图片传那边', 'L1NE'],
  ['off-platform-contact', EB, 'Snap me at lumi.help with a video.', 'Snap me'],
  ['off-platform-contact', TB, '加个好友吧，我的号是 lumi_88', '加个好友'],
  ['contact-phone', TB, '有事打我电话：壹伍捌-贰贰叁叁-肆肆伍伍', '壹伍捌-贰贰叁叁-肆肆伍伍'],
  ['contact-email', TB, '照片发我邮箱：kefu小老鼠163点com', 'kefu小老鼠163点com'],
  ['contact-email', EB, 'My hotmail is lumi_shop88, send pics there.', 'My hotmail is lumi_shop88'],
  ['contact-link', AMZ_M, 'See lumi-home[.]co[.]uk for the guide.', 'lumi-home[.]co[.]uk'],
  ['public-personal-data', TB_PUB, '已回电买家 158****3366，换货已安排', '158****3366'],
  ['public-personal-data', EB_PUB, 'Called the buyer on 07911 ***456.', '07911 ***456'],
  ['public-personal-data', TB_PUB, '张先生（尾号 5678）您好，补发已安排', '尾号 5678'],
  ['review-incentive', TB, '亲，女子评带图返5元', '女子评带图返'],
  ['review-incentive', TB, '好评满三十字就能领一张五元券', '好评满三十字就能领一张五元'],
  ['review-incentive', TB, '帮忙点亮五颗星，送您运费险', '点亮五颗星，送您运费险'],
  ['review-incentive', TB, '晒个买家秀，返您3块钱', '晒个买家秀，返您'],
  ['review-incentive', EB, '畀個好評我哋，送你 $20 現金券', '畀個好評'],
  ['remedy-conditional', TB, '评价给满分的话，我们再退您 50 元', '评价给满分的话，我们再退'],
  ['remedy-conditional', TB, '亲，把一星改成五星，这单钱我全退您', '改成五星，这单钱我全退'],
  ['amazon-review-request', AMZ_R, '您方便时能把星级调高一点吗？', '星级调高'],
  ['amazon-review-request', AMZ_R, '麻烦您重新评价一下', '重新评价'],
  [
    'review-incentive',
    EB,
    'Rate us positive and your next order ships free.',
    'Rate us positive and your next order ships free',
  ],
  [
    'review-incentive',
    AMZ_M,
    "We'll credit your account $5 as soon as your review goes live.",
    '$5 as soon as your review goes live',
  ],
  [
    'tone-sorry-but',
    AMZ_M,
    "I'm sorry for the hassle. Unfortunately, returns on opened items are not possible.",
    'sorry for the hassle. Unfortunately',
  ],
  ['tone-sorry-but', EB, 'My apologies; still, it shows as delivered.', 'apologies; still,'],
  ['tone-sorry-but', TB, '非常抱歉。遗憾的是这款已经停产了', '抱歉。遗憾的是'],
  ['tone-blame', TB, '您拆快递的时候怎么不先拍个视频呢', '您拆快递的时候怎么不先拍'],
  ['tone-blame', EB, 'Maybe try reading the manual first.', 'try reading the manual'],
  ['tone-arguing', TB, '根据店铺规定，拆封后恕不退换', '根据店铺规定，拆封后恕不'],
  [
    'tone-arguing',
    EB,
    'As per our policy, we cannot accept returns after 14 days.',
    'As per our policy, we cannot',
  ],
  ['tone-arguing', EB, 'With respect, that is simply not true.', 'With respect'],
  ['tone-arguing', EB, 'That is simply not true.', 'That is simply not true'],
  ['tone-arguing', TB, '所谓的质量问题其实是没充电', '所谓的质量问题'],
  ['tone-pressure', TB, '今晚不回复我们就关闭售后了', '不回复我们就关闭'],
  [
    'tone-pressure',
    EB,
    'Last reminder: confirm by Friday or the refund will be cancelled.',
    'Last reminder',
  ],
  ['tone-auto-reply', TB, '已收悉。', '已收悉'],
  ['tone-auto-reply', TB, '核实中，请等通知。', '核实中，请等通知'],
  ['tone-shut-down', TB, '您开心就好，我们按规定处理', '您开心就好'],
  ['tone-shut-down', EB, 'Whatever you say.', 'Whatever you say'],
  ['tone-blame', TB, '是不是您家小孩弄坏的呀', '是不是您家小孩弄坏'],
  ['tone-blame', TB, '收到货不满意为什么不先联系我们？', '为什么不先联系'],
  ['tone-arguing', TB, '您说的漏水，我们测试了好几次都没有漏', '我们测试了好几次都没'],
  ['tone-arguing', TB, '别人买都没事，怎么就您的坏了', '别人买都没事'],
  ['tone-arguing', TB, '对不起，这是快递的锅，我们也很冤', '快递的锅'],
  ['tone-sorry-but', TB, '不好意思，这个真不能退，您理解一下', '不好意思，这个真不能退'],
  ['tone-pressure', TB, '请您尽快寄回，超过三天我们就不受理了', '超过三天我们就不受理'],
  ['tone-pressure', TB, '亲，您先别急着给差评', '别急着给差评'],
  ['tone-auto-reply', TB, '收到您的反馈了，请等待处理。', '请等待处理'],
  ['tone-auto-reply', TB, '您的诉求我们已知晓，会尽快安排。', '已知晓，会尽快安排'],
  [
    'amazon-review-request',
    AMZ_M,
    'We would be grateful for a 5 star review once it arrives!',
    'grateful for a 5 star review',
  ],
  [
    'amazon-review-request',
    AMZ_R,
    'Would you mind taking another look at your review?',
    'another look at your review',
  ],
  [
    'amazon-review-request',
    AMZ_R,
    'We hope you will reconsider your 1-star.',
    'reconsider your 1-star',
  ],
  [
    'review-incentive',
    EB,
    'Any chance you could change that neutral? I will send you a discount code.',
    'change that neutral? I will send you a discount',
  ],
  ['review-incentive', TB, '评价能不能别写质量问题？我补您5元', '评价能不能别写'],
  [
    'off-platform-contact',
    EB,
    'Pay me via PayPal friends and family and I will ship a new one.',
    'Pay me via PayPal',
  ],
  [
    'off-platform-contact',
    AMZ_M,
    'You can also find us on Pinterest, search Lumi Home.',
    'find us on Pinterest',
  ],
  ['contact-phone', AMZ_M, 'Call our Dublin team on 01 234 5678.', '01 234 5678'],
  ['off-platform-contact', TB, '我们私聊吧，这里说话不方便', '这里说话不方便'],
  ['off-platform-contact', TB, '亲，威❤搜 lumi8888', '威❤'],
  ['contact-phone', TB, '请打给我们的客服专线 4008-123-456', '4008-123-456'],
  ['contact-phone', TB, '我的电话是一三九，零零一二，三四五六', '一三九，零零一二，三四五六'],
  ['remedy-conditional', TB, '好评晒图的话，这单我给您返一半', '晒图的话，这单我给您返一半'],
  ['review-incentive', TB, '评价里写个好字，下次给您打折', '评价里写个好字，下次给您打折'],
  ['review-incentive', TB, '亲亲，帮忙好评一下下，有小礼物送哦', '帮忙好评一下下，有小礼物'],
  ['review-incentive', TB, '给五分好评，赠送价值30元的清洁套装', '给五分好评，赠送'],
  ['review-incentive', TB, '请您修改评价，我们会额外补偿您', '修改评价，我们会额外补偿'],
  ['review-incentive', TB, '差评改成好评，店铺会员直接升级', '店铺会员直接升级'],
  ['remedy-conditional', EB, '您把差评改一下，我们再发一个新的给您', '差评改一下，我们再发'],
  ['off-platform-contact', AMZ_M, 'Go to our site and use the live chat there.', 'our site'],
  [
    'off-platform-contact',
    AMZ_M,
    'Text "LUMI" to 60777 and our bot will guide you.',
    'Text "LUMI" to 60777',
  ],
  [
    'off-platform-contact',
    AMZ_M,
    'Reply with your phone number and I will call you.',
    'Reply with your phone number',
  ],
  ['off-platform-contact', TB, '麻烦到我们官网登记保修', '我们官网'],
  [
    'amazon-review-request',
    AMZ_M,
    'We would love it if you could leave a glowing review!',
    'leave a glowing review',
  ],
  [
    'amazon-review-request',
    AMZ_M,
    'Could you leave us 5 stars when you get a minute?',
    'leave us 5 stars',
  ],
  [
    'review-incentive',
    AMZ_M,
    'As a thank-you for your review, here is a $10 credit.',
    'As a thank-you for your review',
  ],
  [
    'review-incentive',
    AMZ_M,
    'Post a review and we will enter you into our monthly prize draw.',
    'Post a review and we will enter you into',
  ],
  [
    'review-incentive',
    EB,
    'If you could mark that as positive, I will send a gift.',
    'mark that as positive, I will send a gift',
  ],
  [
    'remedy-conditional',
    EB,
    'Remove the neg and you get a full refund.',
    'Remove the neg and you get a full refund',
  ],
  ['review-incentive', EB, 'I will give you £5 back for a positive.', '£5 back for a positive'],
  ['tone-blame', EB, 'Did you even read the description?', 'Did you even'],
  [
    'tone-arguing',
    EB,
    'As stated in the item specifics, it is 240V only.',
    'As stated in the item specifics',
  ],
  [
    'tone-arguing',
    EB,
    'We have thousands of satisfied buyers, so this is rare.',
    'We have thousands of satisfied buyers',
  ],
  ['tone-arguing', TB, '这是您手机屏幕的原因，实物没有色差', '是您手机屏幕的原因'],
  ['tone-arguing', TB, '别家都是这个价，这个质量已经很好了', '别家都'],
  [
    'tone-arguing',
    EB,
    "We can't be held responsible for the courier.",
    "can't be held responsible",
  ],
  ['tone-pressure', TB, '已经第二遍催您了，请赶紧确认收货', '第二遍催'],
  [
    'tone-pressure',
    EB,
    'This is our third reminder: we need a reply today.',
    'This is our third reminder',
  ],
  ['tone-pressure', TB, '请马上回复我们', '请马上回复'],
  ['tone-pressure', EB, 'Please get back to us immediately.', 'get back to us immediately'],
  ['tone-auto-reply', TB, '好的，收到。', '好的，收到。'],
  ['tone-auto-reply', EB, 'Noted.', 'Noted.'],
  ['tone-auto-reply', TB, '您的诉求已受理，后续会有专员跟进。', '已受理，后续会有专员跟进'],
  ['tone-auto-reply', EB, 'Your complaint is under review.', 'Your complaint is under review'],
  ['tone-auto-reply', TB, '感谢您的反馈，已转交相关部门处理。', '已转交相关部门'],
  [
    'tone-auto-reply',
    AMZ_M,
    'Thank you for your email. It has been forwarded to the relevant department.',
    'forwarded to the relevant department',
  ],
  ['tone-shut-down', TB, '不要再反复发了，有结果通知您', '不要再反复发'],
  ['tone-sorry-but', TB, '很抱歉，可惜已经过了售后期', '抱歉，可惜'],
  ['tone-sorry-but', EB, "I'm sorry, yet the policy is clear on this.", 'sorry, yet'],
  ['off-platform-contact', TB, '亲，薇❤号 meimei_66，拍视频发我', '薇❤'],
  ['off-platform-contact', TB, '有问题找我🐧：5 5 8 1 2 3 4 6 7', '🐧'],
  ['off-platform-contact', TB, '加个绿色软件好友：kf_lulu', '绿色软件'],
  ['off-platform-contact', TB, '找我的话扣 1 2 3 4 5 6 7 8 9', '扣'],
  ['off-platform-contact', TB, '亲可以关注一下我们的抖音，有教程', '关注一下我们的抖音'],
  ['off-platform-contact', TB, '您的电话号码发我一下，快递员联系您', '您的电话号码发我'],
  ['off-platform-contact', TB, '您这边不方便的话，我们私下处理一下', '私下处理'],
  ['review-incentive', TB, '五星好评参加抽奖，抽 iPhone', '五星好评参加抽奖'],
  ['review-incentive', TB, '好评加图有机会免单', '好评加图有机会免单'],
  ['remedy-conditional', TB, '只要您不给差评，我们就给您退款', '只要您不给差评，我们就给您退款'],
  [
    'remedy-conditional',
    TB,
    '麻烦您把评分改高一点，我们给您一点补偿',
    '评分改高一点，我们给您一点补偿',
  ],
  ['remedy-conditional', TB, '评价改了没？改了的话给您补发一个', '评价改了没？改了的话给您补发'],
  ['tone-arguing', TB, '亲，这个是正常的，用几天就好了', '这个是正常的'],
  ['tone-arguing', TB, '都跟您说了，这个要先充电', '都跟您说了'],
  ['tone-arguing', TB, '快递的事我们管不了', '我们管不了'],
  ['tone-blame', TB, '您自己不小心摔的吧？', '您自己不小心摔'],
  ['tone-blame', TB, '亲，是您理解有误，这款本来就不带电池', '您理解有误'],
  ['tone-pressure', TB, '赶快把东西寄回来', '赶快把'],
  ['tone-pressure', TB, '请今天之内给我一个答复', '今天之内给我'],
  ['tone-auto-reply', TB, '亲，已备注，请耐心等待哦。', '已备注，请耐心等待'],
  ['tone-auto-reply', TB, '稍等，已在处理中。', '稍等，已在处理中。'],
  ['off-platform-contact', TB, '直接匯款給您，帳號給我就好', '直接匯款給您'],
  ['off-platform-contact', TB, '我們用街口支付轉給您', '街口支付'],
  ['off-platform-contact', TB, '露天也有我們的賣場，可以去那邊買', '露天也有我們的賣場'],
  [
    'off-platform-contact',
    EB,
    'We can send you a PayPal refund directly if you cancel the case.',
    'PayPal refund directly',
  ],
  ['review-incentive', TB, '好評附圖就送小禮物一份', '好評附圖就送'],
  ['review-incentive', TB, '改成五顆星，下次買打八折', '改成五顆星，下次買打八折'],
  ['remedy-conditional', TB, '差評拿掉的話，補償您 200 元', '差評拿掉的話，補償'],
  [
    'review-incentive',
    EB,
    "We'd love a positive; there's a little something in it for you.",
    "love a positive; there's a little something in it for you",
  ],
  [
    'review-incentive',
    EB,
    "Revise to positive and we'll add a free gift to your next order.",
    "Revise to positive and we'll add a free",
  ],
  [
    'remedy-conditional',
    EB,
    "Please remove the negative, then we'll issue the refund.",
    "remove the negative, then we'll issue the refund",
  ],
  ['contact-phone', TB, '电话壹叁捌零零壹叁捌零零零', '壹叁捌零零壹叁捌零零零'],
  ['contact-phone', TB, '号码:13八0013八000', '13八0013八000'],
  ['contact-phone', TB, '打我电话 138 oo13 8ooo', '138 oo13 8ooo'],
  ['off-platform-contact', TB, 'v：a b c 1 2 3', 'v：a b c 1 2 3'],
  ['off-platform-contact', TB, '进我们的宠粉群，有专属客服', '进我们的宠粉群'],
  ['review-incentive', TB, '好评反现3元', '反现'],
  ['review-incentive', TB, '给个好评，这单给您少算点', '给个好评，这单给您少算'],
  [
    'remedy-conditional',
    TB,
    '评价里别提质量问题，我们给您补偿',
    '评价里别提质量问题，我们给您补偿',
  ],
  ['tone-arguing', TB, '您这样说就不对了', '您这样说就不对'],
  ['tone-arguing', TB, '您这个问题问了好几遍了', '问了好几遍'],
  ['tone-arguing', TB, '亲，请您理解一下我们小店的难处', '理解一下我们小店的难处'],
  // blind6's kinds, in fresh wordings: vanity and mixed-script numbers, app nicknames before a search,
  // a number glued to the app, the review's screenshot and 正评 as what is paid for
  ['contact-phone', AMZ_M, 'Ring our free line, 1-877-GO-LUMIA, any time.', '1-877-GO-LUMIA'],
  ['contact-phone', TB, '热线 400-8八8-六六六六，随时打', '400-8八8-六六六六'],
  ['off-platform-contact', TB, '企鹅上搜 88776655 加我', '企鹅'],
  ['off-platform-contact', TB, '加vx13800138000', 'vx13800138000'],
  ['review-incentive', TB, '评论截个图给我，返您两块钱', '评论截个图给我，返您'],
  ['review-incentive', TB, '给个正评，下次来店里送您一个杯垫', '给个正评，下次来店里送您一个'],
  // … blame for back then, a Cantonese question, defects called normal, checks defended
  ['tone-blame', TB, '您下单前就该问清楚尺码的', '您下单前就该问'],
  ['tone-blame', TB, '你系咪装错咗方向？', '你系咪装错'],
  ['tone-arguing', TB, '这个色差是正常现象哦', '是正常现象'],
  ['tone-arguing', TB, '发货前所有商品都经过质检的', '发货前所有商品都经过质检'],
  ['tone-arguing', TB, '放心，这个不可能是假货', '不可能是假货'],
  [
    'tone-arguing',
    AMZ_M,
    'A few bubbles under the film are normal.',
    'bubbles under the film are normal',
  ],
  ['tone-arguing', EB, 'A loose thread does not count as a defect.', 'not count as a defect'],
  // … Taiwanese and frank-aside "sorry, but", a hand-on to a department, silence that closes the case
  ['tone-sorry-but', TB, '歹势，可是这个已经过了七天', '歹势，可是'],
  ['tone-sorry-but', TB, '不好意思哦，说白了这个价格就只能这样', '不好意思哦，说白了'],
  ['tone-auto-reply', TB, '您的问题已转相关同事', '已转相关同事'],
  [
    'tone-pressure',
    EB,
    "If I don't hear from you by Friday, I will cancel the order.",
    "If I don't hear from you by Friday, I will cancel",
  ],
  // … more of the same kinds: nicknames and sites off the marketplace, spaced vanity numbers, a
  // grade as what the review must become, "in return", a full name in public, rhetorical reminders
  ['off-platform-contact', TB, '小红薯搜“璐米家居”，私我就行', '小红薯'],
  ['off-platform-contact', TB, '后续有问题加我小绿书：lumi_home', '小绿书'],
  ['off-platform-contact', TB, '请移步我们的小程序下单', '我们的小程序'],
  ['off-platform-contact', AMZ_M, 'We are on Etsy too, where it is cheaper.', 'on Etsy'],
  [
    'contact-phone',
    AMZ_M,
    'Please call our hotline, 0800 LUMI HOME, on weekdays.',
    '0800 LUMI HOME',
  ],
  [
    'review-incentive',
    EB,
    'We will credit your account with $5 once your feedback is positive.',
    'credit your account with $5 once your feedback is positive',
  ],
  [
    'remedy-conditional',
    EB,
    'We will give you a partial refund; in return, please revise the feedback.',
    'refund; in return, please revise the feedback',
  ],
  ['remedy-conditional', TB, '差评能不能撤一下？撤了我给您补20', '撤了我给您补'],
  ['public-personal-data', EB_PUB, 'Dear Mr John Smith, refunded.', 'Mr John Smith'],
  ['tone-blame', TB, '买之前不是提醒过您要量尺寸吗', '不是提醒过您要量尺寸吗'],
  ['tone-arguing', TB, '本店商品均经过严格质检，不存在质量问题', '商品均经过严格质检'],
  [
    'tone-arguing',
    AMZ_M,
    'A little creasing is perfectly normal for linen.',
    'is perfectly normal',
  ],
  ['tone-sorry-but', TB, '实在抱歉，可话又说回来，这是快递的问题', '抱歉，可话又说回来'],
  [
    'tone-sorry-but',
    AMZ_M,
    'Sorry about that. Mind you, the colour was in the photos.',
    'Sorry about that. Mind you',
  ],
  ['tone-pressure', TB, '如果您一直不回复，我们只能按放弃处理了', '不回复，我们只能按放弃'],
  [
    'tone-pressure',
    EB,
    'Failure to respond within 3 days will close the case.',
    'Failure to respond',
  ],
  ['tone-auto-reply', EB, 'Noted, thank you.', 'Noted, thank you.'],
  // … Traditional, Taiwanese and Cantonese forms of the same kinds
  ['off-platform-contact', TB, '加我微訊 lumi_hk', '微訊'],
  ['off-platform-contact', TB, 'FB搜尋「璐米生活」私訊我們', 'FB'],
  ['review-incentive', TB, '評論寫滿五十字送一包濕紙巾', '評論寫滿五十字送一包'],
  ['review-incentive', TB, '追加評價附圖，下次出貨加贈試用包', '追加評價附圖，下次出貨加贈'],
  ['tone-sorry-but', TB, '失禮啦，但是已經超過鑑賞期了', '失禮啦，但是'],
  ['tone-pressure', TB, '三日內冇回覆就當你放棄', '冇回覆就當你放棄'],
  ['tone-auto-reply', TB, '已轉交相關單位。', '已轉交相關單位'],
  ['tone-auto-reply', TB, '收到，會再通知。', '收到，會再通知。'],
  ['tone-blame', TB, '你應該睇清楚先落單', '你應該睇'],
  ['tone-arguing', TB, '呢個係正常嘅，個個都係咁', '係正常嘅'],
  // … and inside longer drafts: a one-character app name before an id, a reward for the review
  // changed "later" with its object dropped, "otherwise … will be closed"
  [
    'off-platform-contact',
    TB,
    '补发已安排。方便的话加一下我们售后的薇：lumi-shouhou',
    '薇：lumi-shouhou',
  ],
  [
    'review-incentive',
    TB,
    '退款今天原路返回。评价那边麻烦您看着改一下，改好后截图给我，给您返5元。',
    '改好后截图给我，给您返',
  ],
  [
    'tone-pressure',
    EB,
    'Please send it back within 7 days, otherwise your refund request will be closed.',
    'otherwise your refund request will be closed',
  ],
  ['contact-phone', AMZ_M, 'You can text 07 seven 00 900 123 any time.', '07 seven 00 900 123'],
  ['off-platform-contact', AMZ_M, 'I am on Tele, lumi_care, if that is easier.', 'Tele, lumi_care'],
  ['amazon-marketing', AMZ_M, 'We offer a 15% discount on your next order.', '15% discount'],
  [
    'remedy-conditional',
    EB,
    'Your refund depends on the feedback being changed.',
    'refund depends on the feedback',
  ],
  ['public-personal-data', EB_PUB, 'Thanks Jane Doe, refund sent.', 'Thanks Jane Doe'],
  ['public-personal-data', TB_PUB, '感谢张伟先生的反馈，已联系您本人处理', '张伟先生'],
  ['public-personal-data', TB_PUB, '买家王小明您好，已经退款', '买家王小明您好'],
  ['amazon-review-request', AMZ_R, '希望您能重新考虑一下您的评论', '重新考虑一下您的评论'],
  ['review-incentive', TB, '好评免单名额只剩3个，抓紧哦', '好评免单'],
  ['review-incentive', TB, '晒单赢取iPad，参与方式见卡片', '晒单赢'],
  ['review-incentive', TB, '好评回馈：下单立享8折', '好评回馈'],
  ['review-incentive', TB, '亲亲给个好评嘛，我私下给你优惠', '给个好评嘛，我私下给你优惠'],
  [
    'remedy-conditional',
    TB,
    '评价满意的话，我们给您申请一个延保',
    '评价满意的话，我们给您申请一个延保',
  ],
  ['tone-auto-reply', TB, '您好，已经在处理中了。', '已经在处理中了'],
  ['tone-pressure', TB, '您先确认收货，不然我们没法处理', '不然我们没法处理'],
  ['amazon-review-request', AMZ_R, '能否给我们一个更好的评价？', '给我们一个更好的评价'],
  [
    'amazon-review-request',
    AMZ_R,
    'We noticed your review. Would you consider editing it now that we have refunded you?',
    'review. Would you consider editing it',
  ],
  ['tone-blame', AMZ_M, 'You obviously dropped it.', 'You obviously dropped'],
  [
    'off-platform-contact',
    EB,
    'I can send you an invoice directly so you avoid eBay fees.',
    'send you an invoice directly',
  ],
  ['off-platform-contact', AMZ_M, 'Gmail me the photos: lumicare2024.', 'Gmail me'],
  [
    'amazon-review-request',
    AMZ_M,
    'We would love it if you took down the 1-star review.',
    'took down the 1-star review',
  ],
  [
    'remedy-conditional',
    EB,
    'Changing the negative to positive gets you a full refund.',
    'Changing the negative to positive gets you a full refund',
  ],
  ['tone-blame', AMZ_M, "I'm afraid that is your responsibility.", 'your responsibility'],
  [
    'tone-arguing',
    AMZ_M,
    'It clearly says in the listing that batteries are excluded.',
    'It clearly says in',
  ],
  ['tone-pressure', AMZ_M, 'Reply by tomorrow or we close the case.', 'or we close'],
  [
    'tone-auto-reply',
    AMZ_M,
    'Thank you for your message. It has been logged.',
    'It has been logged.',
  ],
  [
    'tone-auto-reply',
    EB,
    'Your complaint has been passed to the relevant team.',
    'passed to the relevant team',
  ],
  // blind7's kinds, in fresh wordings: English contact and incentives said naturally, a phrasal verb
  // split round the review, the next sentence's "then", a full name or street with no greeting in
  // public, passive aggression and sarcasm; new Chinese apps and 应该…的 blame
  ['off-platform-contact', TB, '飞书上找我，名字叫小璐', '飞书'],
  ['off-platform-contact', TB, '装一下我们的App，里面有在线客服', '装一下我们的App'],
  ['off-platform-contact', TB, '款項請直接匯到我們的玉山帳戶，不必透過平台', '匯到我們的玉山帳戶'],
  ['off-platform-contact', TB, '去 Dcard 搜我們的店名就找得到', 'Dcard'],
  [
    'off-platform-contact',
    EB,
    "Let's handle the refund by bank transfer instead of through eBay.",
    'instead of through eBay',
  ],
  ['review-incentive', TB, '把中评撤了，差额我转给您', '中评撤了，差额'],
  ['review-incentive', TB, '好评以后记得来找客服兑换积分', '好评以后记得来找客服兑换'],
  [
    'review-incentive',
    EB,
    "We'll make it up to you as soon as your rating is updated.",
    'make it up to you as soon as your rating is updated',
  ],
  [
    'review-incentive',
    EB,
    "Take your negative feedback off and we'll give you 20% back.",
    "Take your negative feedback off and we'll give you 20%",
  ],
  [
    'remedy-conditional',
    EB,
    'Would you update the rating? Once that is done, the refund goes through.',
    'update the rating? Once that is done, the refund',
  ],
  ['public-personal-data', EB_PUB, 'Sorry, Tom Baxter, refund sent.', 'Tom Baxter'],
  ['public-personal-data', EB_PUB, 'Apologies to Sarah Whitcombe for the wait.', 'Sarah Whitcombe'],
  ['public-personal-data', EB_PUB, 'We re-sent it to 18 Elm Grove, Cardiff.', '18 Elm Grove'],
  ['public-personal-data', TB_PUB, '买家李建华，您的退款已完成', '买家李建华，'],
  ['tone-blame', TB, '您应该签收前就当面验货的', '您应该签收前就当面验货的'],
  ['tone-arguing', TB, '前面已经解释得非常清楚了，请再看一下', '前面已经解释得非常清楚'],
  [
    'tone-arguing',
    EB,
    'As previously stated, we do not accept returns on candles.',
    'As previously stated',
  ],
  ['tone-arguing', EB, 'What did you expect for that price?', 'What did you expect for that price'],
  [
    'tone-arguing',
    EB_PUB,
    'This feedback is unfair; we replied within an hour.',
    'This feedback is unfair',
  ],
  ['tone-shut-down', EB, 'So now it is our fault the courier was late?', 'So now it is our fault'],
  [
    'tone-auto-reply',
    AMZ_M,
    'Our inbox is checked twice a day. Requests are handled in the order they arrive.',
    'inbox is checked',
  ],
  // … tone in fresh wordings: the goods defended, blame as a condition or in the third person, a
  // refund held over a deadline, a hand-on with nothing said of when, sarcasm
  [
    'tone-arguing',
    AMZ_M,
    'The item left our warehouse in perfect condition.',
    'left our warehouse in perfect',
  ],
  ['tone-arguing', TB, '其他客人都沒問題，只有您說有問題', '其他客人都沒問題'],
  ['tone-arguing', TB, '您这样给差评对我们不公平', '给差评对我们不公平'],
  [
    'tone-blame',
    AMZ_M,
    "If you'd measured the window first, the blind would fit.",
    "If you'd measured",
  ],
  ['tone-blame', EB_PUB, 'Buyer refused delivery and then complained.', 'Buyer refused'],
  ['tone-blame', TB, '您要是早点说，就不会这样了', '您要是早点说，就不会'],
  [
    'tone-pressure',
    AMZ_M,
    'You need to send it back by Friday or we cannot refund you.',
    'by Friday or we cannot',
  ],
  [
    'tone-auto-reply',
    AMZ_M,
    'Thank you for your message. It has been forwarded to our team.',
    'It has been forwarded to our team.',
  ],
  [
    'tone-shut-down',
    EB,
    'Wow, what a surprise, another complaint about delivery.',
    'what a surprise',
  ],
  // … Chinese blocks in fresh wordings: money to "me" by Alipay, a group to be pulled into, a member's
  // price and 有送 as rewards
  ['off-platform-contact', TB, '你直接支付宝转我，我给你发货', '支付宝转我'],
  ['off-platform-contact', TB, '我们拉个群，您进来说', '拉个群'],
  ['review-incentive', TB, '修改评价后，下次购物可享会员价', '修改评价后，下次购物可享会员'],
  ['review-incentive', TB, '好評有送小贈品喔', '好評有送'],
  // … English in fresh wordings: a full app name after a nickname's letters, a review asked for with
  // "we'd love", a name after "sorry", blame, pressure and shrugs
  [
    'off-platform-contact',
    AMZ_M,
    "Reach out on our Instagram and we'll DM you the manual.",
    'Instagram',
  ],
  [
    'amazon-review-request',
    AMZ_M,
    "We'd love a 5-star review once you've tried it!",
    'love a 5-star review',
  ],
  ['public-personal-data', EB_PUB, 'Sorry Daniel Okoro, refunded now.', 'Sorry Daniel Okoro'],
  [
    'tone-blame',
    AMZ_M,
    'You clearly ignored the warning label.',
    'You clearly ignored the warning',
  ],
  ['tone-pressure', AMZ_M, 'We expect your reply within 24 hours.', 'We expect your reply within'],
  ['tone-arguing', AMZ_F, 'The buyer is mistaken; the lamp works fine.', 'The buyer is mistaken'],
  ['tone-shut-down', AMZ_M, 'It is what it is, I am afraid.', 'It is what it is'],
  // … Chinese tone in fresh wordings
  ['tone-blame', TB, '亲，您是不是没拆保护膜呀，拆了就好了', '您是不是没拆'],
  ['tone-arguing', TB, '您看下物流，签收人是您本人，不可能没收到', '签收人是您本人'],
  ['tone-pressure', TB, '今天不寄回的话，退款就取消了', '不寄回的话，退款就取消'],
  ['tone-auto-reply', TB, '收到您的留言，客服会尽快处理', '收到您的留言，客服会尽快处理'],
  ['tone-shut-down', TB, '好吧好吧，给您退', '好吧好吧'],
  // … the kinds blind7's opened checking half showed, in fresh wordings
  ['amazon-review-request', AMZ_R, '能否请您把这条评论调整一下呢', '评论调整'],
  [
    'remedy-conditional',
    EB,
    'Before I send the replacement, could you revise the feedback?',
    'Before I send the replacement, could you revise the feedback',
  ],
  ['public-personal-data', TB_PUB, '周建军，补发已经寄出', '周建军，'],
  ['tone-blame', TB, '不按说明书操作，后果自行承担', '后果自行承担'],
  ['tone-pressure', TB, '逾期视同放弃售后', '逾期视同放弃'],
  ['tone-auto-reply', TB, '您的工单已创建，请静候处理', '工单已创建'],
  [
    'tone-arguing',
    AMZ_M,
    'Thousands of customers are happy with this kettle.',
    'Thousands of customers are happy',
  ],
  // … from the last fresh batch (46 probes, 9 wrong before these)
  [
    'off-platform-contact',
    AMZ_M,
    'Our live chat on the website is quicker than Amazon messages.',
    'Our live chat',
  ],
  [
    'review-incentive',
    EB,
    "If you could bump the feedback up to positive, I'll knock a tenner off your next order.",
    "bump the feedback up to positive, I'll knock a tenner off",
  ],
  ['off-platform-contact', TB, '有问题加我私人薇，号码和手机一样', '加我私人薇'],
  [
    'tone-auto-reply',
    AMZ_M,
    'Your email has been received and logged.',
    'Your email has been received',
  ],
  ['tone-pressure', EB, "Please reply by 5 pm today or we'll close the case.", "or we'll close"],
  ['off-platform-contact', TB, '有事直接 Line 我，ID 是 lumi_shop', 'Line'],
  ['tone-pressure', TB, '三天內沒寄回就不受理了', '沒寄回就不受理'],
  [
    'off-platform-contact',
    EB,
    "Send your address to my personal email and I'll post it.",
    'my personal email',
  ],
  [
    'tone-arguing',
    AMZ_M,
    'The instructions are very clear, please follow them.',
    'The instructions are very clear',
  ],
  [
    'tone-shut-down',
    EB,
    "This is the last time I'm going to explain this.",
    "last time I'm going to explain",
  ],
  // tone8's structural kinds, in wordings of its own (not blind8's rows): the buyer's past act under a
  // past modal, the counterfactual and the care not taken, the goods defended by their checks, the fault
  // declared not ours, scarcity and a decision demanded, a promise with nothing named, sarcasm.
  [
    'tone-blame',
    AMZ_M,
    'You could have measured the doorway before ordering.',
    'You could have measured',
  ],
  ['tone-blame', EB, "You should've unpacked it straight away.", "You should've unpacked"],
  ['tone-blame', AMZ_M, 'You neglected to tell us it was a gift.', 'You neglected to'],
  ['tone-blame', TB, '您当时要是选了加急，现在早就到了。', '您当时要是选了加急，现在早就'],
  ['tone-blame', TB, '您没有认真填写门牌号，所以派送失败了。', '您没有认真填'],
  ['tone-arguing', TB, '这不能怪我们，快递那边我们也联系不上。', '不能怪我们'],
  [
    'tone-arguing',
    TB,
    '每一件衣服发货前都有专人检查过的，不会有线头。',
    '每一件衣服发货前都有专人检查过',
  ],
  [
    'tone-arguing',
    AMZ_M,
    'Our heaters are inspected twice before shipping.',
    'Our heaters are inspected twice',
  ],
  [
    'tone-arguing',
    EB,
    'No one else has mentioned a smell from this batch.',
    'No one else has mentioned',
  ],
  ['tone-arguing', AMZ_M, 'The crack could not have come from us.', 'could not have come from us'],
  [
    'tone-pressure',
    EB,
    'This offer is only valid until tonight.',
    'offer is only valid until tonight',
  ],
  ['tone-pressure', AMZ_M, 'Make up your mind by tomorrow, please.', 'Make up your mind'],
  ['tone-pressure', TB, '您尽快做决定吧，过了今天这个价就没了。', '尽快做决定'],
  ['tone-pressure', TB, '这个补偿方案只限今天。', '只限今天'],
  [
    'tone-no-action',
    AMZ_M,
    'Thanks for reaching out. A member of our team will get back to you.',
    'A member of our team will get back to you',
  ],
  [
    'tone-no-action',
    EB,
    'We will look into it and respond as soon as possible.',
    'We will look into it and respond as soon as possible',
  ],
  ['tone-no-action', TB, '好的，我们会尽快处理的。', '会尽快处理的'],
  ['tone-shut-down', EB, 'Oh sure, because cables fray all by themselves.', 'Oh sure, because'],
  ['tone-shut-down', AMZ_M, 'Well done for breaking it on day one.', 'Well done for breaking'],
  ['tone-shut-down', TB, '您可真行，刚到手就摔坏了。', '您可真行，刚到手就摔'],
  // … and the kinds blind8's opened checking half showed, in other wordings: silence made the
  // consequence, a reply promised in working days, mock sympathy, a part put in the wrong way round,
  // the fault on the buyer's side, the revision asked now with the fault left for later.
  ['tone-pressure', TB, '明早十点前还不回复，这个退货申请就撤了。', '不回复，这个退货申请就撤'],
  [
    'tone-pressure',
    AMZ_M,
    'If you do not upload the photos, the claim will be rejected.',
    'If you do not upload the photos, the claim will be rejected',
  ],
  ['tone-no-action', TB, '本店会在两个工作日内回复，谢谢。', '会在两个工作日内回复'],
  [
    'tone-no-action',
    AMZ_M,
    'Our team will respond within 2-3 business days.',
    'will respond within 2-3 business days',
  ],
  ['tone-shut-down', TB, '哦，那可真是太遗憾了。', '哦，那可真是太遗憾了'],
  [
    'tone-blame',
    AMZ_M,
    'The battery seems to have been inserted backwards.',
    'been inserted backwards',
  ],
  ['tone-blame', EB, 'The issue is clearly on your end, not ours.', 'issue is clearly on your end'],
  ['tone-blame', TB, '问题应该出在您那边的插座。', '问题应该出在您那边'],
  [
    'remedy-conditional',
    EB,
    'Please update the feedback first, and then we will check the motor.',
    'update the feedback first, and then we will check',
  ],
  // lint9's kinds, in wordings of its own (not blind9's rows): an apology said as 歉意 and then turned,
  // helplessness from "our side", switching the rating for a gift, an offer's life cut short, grudging
  // consent to any remedy, mock praise for noticing a small flaw, the damage put on the buyer's act
  // (是因为您…, "came from putting it…"), the listing defended as clear, the buyer's report called a
  // claim, the shop's own footage held up, the review asked before the check or before the fix.
  ['tone-sorry-but', TB, '对此我们表示歉意，但您下单时并没有备注颜色。', '歉意，但'],
  ['tone-arguing', TB, '退货运费的事我们这边也无能为力，这是快递定的。', '我们这边也无能为力'],
  [
    'review-incentive',
    EB,
    'If you switch your rating to five stars, there is a gift card in it for you.',
    'switch your rating to five stars, there is a gift card',
  ],
  ['tone-pressure', TB, '这张无门槛券仅保留到明天中午，您考虑好了告诉我。', '仅保留到明天'],
  ['tone-pressure', TB, '过了期限就自动失效了哦。', '过了期限就自动失效'],
  [
    'tone-pressure',
    AMZ_M,
    'The refund offer expires tonight, so let me know.',
    'offer expires tonight',
  ],
  ['tone-shut-down', TB, '行啦，帮您重发一个。', '行啦，帮您重发'],
  ['tone-shut-down', TB, '这么一点点划痕都能发现呀，佩服。', '这么一点点划痕都能发现呀'],
  ['tone-blame', TB, '水壶底部生锈是因为您长时间把水留在里面。', '是因为您长时间'],
  [
    'tone-blame',
    AMZ_M,
    'The warping came from putting it in the dishwasher.',
    'came from putting it',
  ],
  ['tone-arguing', EB, 'The scratch was clearly shown in photo four.', 'was clearly shown'],
  ['tone-arguing', EB_PUB, 'The customer claims it never arrived.', 'customer claims'],
  [
    'tone-arguing',
    AMZ_M,
    'The manual clearly tells you to unplug it first.',
    'manual clearly tells',
  ],
  ['tone-arguing', EB_PUB, 'Our packing video shows two cables in the box.', 'packing video shows'],
  [
    'remedy-conditional',
    EB,
    '在检测结果出来之前，麻烦您先把中评撤掉。',
    '结果出来之前，麻烦您先把中评撤',
  ],
  [
    'remedy-conditional',
    EB,
    '能不能先把差评删了？然后我们再安排补发。',
    '先把差评删了？然后我们再安排',
  ],
  // … and the kinds blind9's opened checking half showed (10:29 UTC), in other wordings: the buyer's
  // input made the cause, the buyer as the one odd customer, repeats counted at them, the shop's proof
  // and the readers asked to judge, noted and handed on, the review asked "meanwhile" or its
  // screenshot as proof, an offer withdrawn after a deadline, "whatever" consent.
  ['tone-blame', TB, '快递退回来是您自己填错了手机号，我们这边没办法联系上您。', '是您自己填错'],
  ['tone-shut-down', TB, '您是唯一一个嫌这款杯子重的。', '您是唯一一个嫌'],
  ['tone-arguing', TB, '我们已经跟您解释过两次了，运费是平台规定的。', '解释过两次'],
  [
    'tone-arguing',
    TB_PUB,
    '这位顾客说没收到赠品，我们打包时明明放了，请各位自行判断。',
    '我们打包时明明',
  ],
  ['tone-auto-reply', TB, '您的情况我们会转给相关同事。', '会转给相关同事'],
  [
    'remedy-conditional',
    EB,
    'We will test the unit when it is back. In the meantime, would you mind removing the neutral?',
    'In the meantime, would you mind removing the neutral',
  ],
  [
    'remedy-conditional',
    EB,
    'Could you reply with a screenshot of your feedback? Then a £5 voucher is yours.',
    'screenshot of your feedback',
  ],
  [
    'tone-pressure',
    EB,
    'Let us know by noon. After that, the refund offer will be withdrawn.',
    'the refund offer will be withdrawn',
  ],
  ['tone-shut-down', AMZ_M, 'Okay, whatever, have your money back.', 'Okay, whatever'],
];

/** Clean counter-examples: [ctx, text]. */
const CLEAN: [LintContext, string][] = [
  // … and next to blind9's opened kinds: the "but" of the buyer's trouble, a "but" leading to what was
  // sent, the buyer's point conceded, a first report thanked.
  [
    AMZ_M,
    "I'm sorry the parcel was scanned as delivered but not left with you; a replacement ships today.",
  ],
  [AMZ_M, 'Sorry for the mix-up, but the right size has been dispatched this morning.'],
  [
    EB,
    "You're right, the listing says 'new', but the box was opened. Our mistake; a full refund is on its way.",
  ],
  [TB, '您是第一个发现这个问题的买家，非常感谢您告诉我们，我们马上给您换新。'],
  // lint9's hard negatives: our own slip owned, a validity stated as information, thanks for a report,
  // the cause put on our warehouse, the listing fixed now, an apology whole.
  [
    AMZ_M,
    'The size was not clearly described in the listing; that is our mistake and we have fixed it.',
  ],
  [TB, '优惠券的有效期到本月底，您随时可以用。'],
  [TB, '谢谢您这么细心地告诉我们，我们马上给您换一个。'],
  [AMZ_M, 'The delay was due to storing it at our warehouse too long; it has now shipped.'],
  [TB, '这是因为我们仓库打包时没有放干燥剂，给您换新的。'],
  [
    EB,
    'We are sorry: we switched couriers last month and this one let us down. A new parcel is on its way.',
  ],
  [TB, '我们深表歉意，新的一件今天已经寄出。'],
  [EB, 'The colour is accurately described now: we have updated the photos after your message.'],
  [EB, 'We will never ask you to change your feedback.'],
  [TB, '无论您是否修改评价，我们都会为您全额退款。'],
  [EB, 'Whether or not you update your feedback, we will send the replacement.'],
  [EB, 'We will refund you once the item is back with us. Thank you for your feedback.'],
  [TB, '我们已为您办理退款，感谢您的耐心。'],
  [TB, '我理解您的感受，我们一起来看看怎么解决。您看这样可以吗？'],
  [EB, 'I understand how frustrating this is. Would this work for you?'],
  [EB, 'We are sorry the parcel has not arrived yet, and we are on it.'],
  [TB, '非常抱歉给您带来不便，我们马上为您补发。'],
  [AMZ_M, 'Your order 123-1234567-1234567 has been refunded.'],
  [TB, '订单号 3712345678901234567 已为您补发。'],
  [AMZ_M, 'We updated the listing based on what you told us.'],
  [
    AMZ_F,
    'Now that this is resolved, Amazon lets buyers edit or remove seller feedback from Your Orders.',
  ],
  [EB, 'Now that the problem has been resolved, you are welcome to revise your feedback.'],
  [TB_PUB, '我们获悉后立即进行了核查，已为您补发。'],
  [EB_PUB, 'Sorry for the trouble. We offered a fix and are here to help.'],
  [TB, '您好，我是客服小林，负责跟进您的订单。'],
  // hard negatives of the word classes above
  [TB, '这款卫星天线支架可以承重五公斤。'],
  // hard negatives of the blind3 word classes: ids, products and brands
  [EB, 'Your UPS tracking is 1Z 888 BB2 02 3456 7891 and it is moving.'],
  [TB, '运单号 SF2203 4455 6677 已更新，明天送达'],
  [TB, '订单号 1356 2025 1111 0099 的补发已出库'],
  [AMZ_M, 'The LINE FRIENDS Cony mug is dishwasher safe.'],
  [TB, '这个音箱连 QQ 音乐就能播放'],
  [TB, '尺寸 135×80×25mm，重 180g'],
  [TB, '您不用再发照片了，我们已经看到问题了，马上补发'],
  [EB, 'Please have a look at Gmail settings if our messages go to spam.'],
  [EB, 'It takes one or two days, three at most.'],
  [TB, '您买的5V我们已经补发了'],
  [TB, '适配器输入 V：100-240，全球通用'],
  [TB, '您不懂的地方可以随时问我'],
  [TB, '颜色随便您选，我们今天补发'],
  [TB, '退货可以预约京东上门取件，运费我们出'],
  [EB, 'We will stop sending reminders now that it is sorted.'],
  [EB, 'Glad the new charger works. If it seems fair, you can revise the feedback; no pressure.'],
  [TB, '您可以扫一下包装上的防伪码核对真伪。'],
  [TB, '以后发货前都会仔细检查，给您添麻烦了。'],
  [TB, '我们很认同您的建议，已经改进了包装。'],
  [TB, '退款已经原路退回您的支付宝，请注意查收。'],
  [EB, 'As I mentioned, the replacement ships on Monday.'],
  [EB, 'If the size is right, great; otherwise I can exchange it.'],
  // hard negatives of the blind4 word classes: products, features, denials, the platform's own chat
  [TB, '这款智能手表支持微信、QQ 和钉钉消息提醒'],
  [TB, '您买的QQ糖是混合口味的，想要单一口味可以给您换'],
  [TB, '包装盒上的二维码是防伪码，扫一下能查真伪'],
  [AMZ_M, '您好，这款产品可以连接微信小程序控制'],
  [TB, '這款手錶可以顯示 LINE 的訊息通知'],
  [EB, 'The cable works with WhatsApp and Zoom calls on the laptop.'],
  [TB, '企鹅玩偶的眼睛掉了，我们马上给您补寄一个新的'],
  [TB, '这款折叠椅打开就能用，不需要安装'],
  [EB, 'None of this is your fault; a new one ships today.'],
  [TB, '不是您操作不当，是电池批次的问题，我们全额退款'],
  [TB, '这不怪您，是包装太薄了，已经补发'],
  [AMZ_M, 'The chair folds flat; the manual shows the steps on page 2.'],
  [TB, '问题解决后，如果您愿意，可以修改评价，我们已经给您退款了'],
  [TB, '给您补偿了5元红包，已经到账，跟您的评价无关'],
  [EB, 'Feel free to leave feedback whenever suits you.'],
  [TB, '抱歉，只是想跟您确认一下收货地址'],
  [TB, '这个颜色没货了，不过蓝色有，您看行吗'],
  [EB, 'Every unit is tested, so this one slipping through is on us; a new one ships today.'],
  [EB, 'We hope you get a positive experience with the replacement.'],
  [TB, '如果出现轻微异味，通风一天就会消散'],
  [TB, '我们想想办法，今天给您答复'],
  [TB, '共 20 件，12345678 一起发'],
  [TB, '这批货是 2024 年 3 月生产的，一共三箱'],
  [TB, '群众的眼睛是雪亮的，我们认真改进'],
  [TB, '评价里提到的质量问题我们已经改进了'],
  [TB, 'v：220，w：60，适合家用'],
  // hard negatives of the blind5 word classes: counted lists, a carrier's line, products named after
  // apps, platform promotions, good news after an apology, empathy that says "must"
  [TB, '您要的第一二三四五六七八册都补齐了，今天一起发出'],
  [TB, '这套题本一二三四五六七八九年级都有'],
  [TB, '中通快递客服 0571-8212 2222 可以改派送时间'],
  [TB, '退款会退回您的 LINE Pay 账户'],
  [TB, '这款是微博上很火的抱枕，给您换一个新的'],
  [TB, '这款杯子是小绿书上很火的款，给您换一个新的'],
  [AMZ_M, 'You should have received a tracking e-mail this morning.'],
  [AMZ_M, 'This is the third time we have let you down, and I am sorry.'],
  [EB, 'Once you close the return request, eBay will refund you in full.'],
  [EB, 'Please cancel the return and we will send a new one directly.'],
  [TB, '您买的QQ星奶粉临期了，给您换新的'],
  [TB, '本店满200返现活动自动到账，不用找客服'],
  [TB, '您怎么没收到呢？我马上帮您查一下物流'],
  [TB, '根据平台规则，您可以在30天内修改一次评价，改不改都由您'],
  [TB, '客服小薇在这里，您的快递明天到'],
  [TB, '不好意思！不过好在补发的已经到快递柜了'],
  [TB_PUB, '订单尾号 3321 的补发已签收，感谢支持'],
  [AMZ_M, 'Sorry! But good news: the replacement has already shipped.'],
  [AMZ_M, 'So sorry. Unfortunately that size is sold out, so we have refunded you in full.'],
  [AMZ_M, 'You must be so frustrated, and I am sorry. A full refund is on its way.'],
  [AMZ_M, 'The signal booster comes with a spare cable; sorry it was missing.'],
  [EB, 'With respect to your question, the strap is 120 cm long.'],
  [TB, '我们测试了好几次都没复现，但为了稳妥还是给您换一台新的'],
  [TB, '这款是一分钱一分货的精品，用料扎实'],
  [TB, '已经帮您登记了换货，明天上午发出新的，单号会发给您'],
  [TB, '不好意思，可以麻烦您再拍一张正面的照片吗？'],
  [TB, '您先别着急，我们这就给您查'],
  [TB, '超过三天没收到的话，您告诉我，我们直接补发'],
  [EB, 'This set makes a great gift for friends and family.'],
  [AMZ_M, 'Please find us on the order page under Contact seller if anything else comes up.'],
  [EB, 'Could you take another look at the photo I sent? It shows where the screw goes.'],
  [TB, '给我五分钟，我马上查好给您补发'],
  [TB, '这里不方便上传视频的话，可以发几张照片'],
  [TB, '运费我们返一半给您，抱歉'],
  [TB, '这款是官网同款，价格一致'],
  [TB, '這款藍牙耳機可以接 LINE 通話'],
  [TB, '第一二三四五六七八期的雜誌都補寄了'],
  [AMZ_M, 'Thanks for your review. You are right, and a new one ships today.'],
  [AMZ_M, 'Please mark it as received when it arrives.'],
  [AMZ_M, 'You get a full refund and we will also cover return postage.'],
  // blind6's hard negatives, in fresh wordings: a carrier's vanity number on Amazon, a thread count,
  // model codes, honest usage guidance with a remedy, a count after a number
  [AMZ_M, 'For delivery questions UPS answers on 1-800-PICK-UPS.'],
  [AMZ_M, 'These 800-thread-count sheets are back in stock.'],
  [TB, '您买的 VX-3 和 WX-20 都是今年的新款'],
  [TB, '新鞋子有点硬是正常的，穿几天就软了；如果还是磨脚，我们直接给您换'],
  [TB, '共 8 件，88886666 一起打包'],
  [AMZ_M, 'A slight smell from new foam is normal; if it lingers, we will replace the cushion.'],
  [AMZ_M, 'USPS can be reached at 1-800-ASK-USPS about the delivery.'],
  [AMZ_M, 'It is normal for the LED to blink twice while pairing; after that it stays on.'],
  [TB, '真皮有天然纹理，每张皮都不一样，您不喜欢的话我们给您换一件'],
  [TB, '给您补一张20元无门槛券，不用评价，直接用'],
  [EB, 'The Mr Coffee adapter fits your machine; I have sent one today.'],
  [EB_PUB, 'Thank you for your patience. Refund sent.'],
  [AMZ_M, 'Your refund does not depend on any review.'],
  [AMZ_M, 'It is not your responsibility to pay for the return label.'],
  [AMZ_M, 'Order 112-3456789-1234567 ships today, two parcels.'],
  [TB, '新外套有點味道是正常的，掛在通風處一天就散了；還有味道的話，我們幫您換新的'],
  [TB, '唔好意思要你等，我哋今日已經寄出新嘅'],
  [TB, '地址改好后我们马上给您补发，感谢您的好评'],
  [TB_PUB, '感谢张先生的反馈，已经为您补发'],
  [TB_PUB, '谢谢李小姐，下次见'],
  [TB_PUB, '买家朋友您好，感谢支持'],
  [TB, '好评返现是违规的，我们不会这么做，您按真实感受评价就好'],
  [TB, '已经为您申请了运费险，理赔款会打到您的账户'],
  [AMZ_R, 'Thanks for your review. Could you check the seal and tell me if it is worn?'],
  [TB, '这是我们家的红包封面新款，另外送您两个备用的，不用给好评哦，这是我们的一点心意。'],
  // blind7's hard negatives, in fresh wordings: Amazon's own returns page, LINE as a socket and LINE
  // Pay as the payment, a model code, a tracking number before the carrier, a shop's name in public,
  // "whatever you say in your feedback", advice and expectation with 应该
  [AMZ_M, 'You can start the return from https://www.amazon.com/gp/orc/returns/homepage.html'],
  [AMZ_M, 'The amp has a LINE OUT jack next to the headphone socket.'],
  [TB, '退款會退回您用 LINE Pay 付款的帳戶'],
  [AMZ_M, 'The QQ-7 clip fits the older lamps too.'],
  [TB, '单号 432109876543210 韵达快递已揽收'],
  [EB_PUB, 'Thanks for shopping with Hearthly Home!'],
  [EB_PUB, 'Sent via Royal Mail Tracked. Thanks!'],
  [EB, 'Whatever you say in your feedback, the refund stays yours.'],
  [TB, '您应该先检查一下插头有没有插紧，如果还不亮我们马上换新'],
  [TB, '您应该会在明天收到包裹的'],
  [TB, '如上所述的两个方案，您看哪个更方便？'],
  [TB_PUB, '张先生，您的补发已经寄出'],
  [TB, '七天无理由，没有质量问题也可以退'],
  [TB, '7-11 店到店的取貨碼是 2345 6789'],
  [TB, '请问保护膜拆掉了吗？有时候膜没拆会显得发雾，如果拆了还是这样，我们马上换'],
  [TB, '已经帮您反馈给仓库了，明天上午之前给您回复结果'],
  [TB_PUB, '金额已原路退回，感谢您的耐心'],
  [EB_PUB, 'Refund issued to Visa Debit card. Sorry!'],
  [AMZ_M, "Amazon's live chat can confirm when the refund reaches your card."],
  [EB_PUB, 'Thanks for choosing Nordic Lamp Co!'],
  [TB_PUB, '许多买家都问过这个问题，我们已经在详情页补充了说明'],
  [AMZ_M, 'Before we ship the new one, could you confirm the address is still correct?'],
  [
    EB,
    'The case is closed and your refund has gone through. You are welcome to revise your feedback.',
  ],
  [TB, '规定上定制款不能无理由退，不过这次是我们做错了，直接给您退款'],
  [AMZ_M, 'It left our warehouse on Monday and should arrive by Thursday.'],
  [AMZ_M, "It's obvious you care about this gift, so I have upgraded the shipping."],
  [TB, '这款做工就是这样精细，您放心'],
  [TB, '我们一直是这样认真打包的，这次没做好，真的抱歉'],
  [AMZ_M, 'Your message has been forwarded to our repair team, and Mark will reply here by 3 pm.'],
  [TB, '分享一个清洁小常识：先用温水泡一下'],
  [EB, 'The buyer never received the parcel, so we refunded in full.'],
  [AMZ_M, 'Sorry for the delay, but good news: it shipped this morning.'],
  [TB, '您看退款和换新哪个更方便，我们都可以马上处理'], // … and their hard negatives: what was meant to reach the buyer, a kind "if you forgot", a check
  // ordered now, sincere praise, a choice offered with no hurry, a promise that names the action.
  [AMZ_M, 'You should have received an e-mail with the label; I can resend it now.'],
  [AMZ_M, 'You should have the replacement by Friday.'],
  [EB, 'You could have been hurt, and I am truly sorry. A full refund is on its way.'],
  [AMZ_M, 'Do not worry if you forgot to keep the box; we will send a prepaid bag.'],
  [TB, '您要是收到后还有问题，我们马上给您换新的。'],
  [TB, '我们已经让质检把这一批每一件都重新检查一遍，您的换货明天发出。'],
  [TB, '您可真细心，帮我们发现了这个问题，谢谢您！新的已经寄出。'],
  [TB, '要么我们给您换一件，要么直接退款，您看哪种合适？不着急做决定。'],
  [TB, '我们会尽快为您补发，明天上午就能发出。'],
  [EB, 'We will look into the courier scan today and write back by 4 pm.'],
  [EB, 'Well done on spotting that the seal was loose; a new one is on the way.'],
  [
    AMZ_M,
    'Our kettles are tested before dispatch, but this one clearly slipped through. I am sorry; a new one ships today.',
  ],
  [TB, '抱歉让您多等了两天，不过补发的那件已经寄出了，今晚能看到物流。'],
  [EB, 'Sorry for the silence, but we have already refunded the postage.'],
  [
    AMZ_M,
    'The label was printed upside down at our warehouse; I am sorry, a new box is on its way.',
  ],
  [AMZ_M, 'No action is needed on your end; the refund goes through today.'],
  [EB, 'If you do not need the old one, please keep it; the replacement ships today.'],
];

describe('lintDraft: every rule fires on its examples with accurate offsets', () => {
  it.each(FIRES)('%s: %s', (rule, ctx, text, words) => {
    const findings = lintDraft(text, ctx).filter((f) => f.rule === rule);
    expect(findings.length, JSON.stringify(lintDraft(text, ctx))).toBeGreaterThan(0);
    const f = findings[0]!;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    const covered = text.slice(f.start, f.end);
    if (rule === 'ebay-reply-length') {
      expect([f.start, f.end]).toEqual([80, 81]);
    } else {
      expect(covered).toContain(words);
      // Tight: the highlighted span is not the whole text unless the words are.
      expect(covered.length).toBeLessThanOrEqual(words.length + 24);
    }
    expect(f.message.length).toBeGreaterThan(5);
    expect(f.severity).toBe(
      rule.startsWith('tone-') || rule === 'ebay-revision-request' ? 'warn' : 'block',
    );
    if (rule.startsWith('tone-')) expect(f.suggestion).toBeTruthy();
  });

  it.each(FIRES.filter(([, , text]) => /[\u4e00-\u9fff]/.test(text)))(
    'zh-Hant form also fires — %s: %s',
    (rule, ctx, text) => {
      const hant = toHant(text);
      expect(
        lintDraft(hant, ctx).some((f) => f.rule === rule),
        hant,
      ).toBe(true);
    },
  );
});

describe('lintDraft: clean counter-examples', () => {
  it.each(CLEAN)('%o: %s', (ctx, text) => {
    expect(lintDraft(text, ctx)).toEqual([]);
  });
  it.each(CLEAN.filter(([, t]) => /[\u4e00-\u9fff]/.test(t)))('zh-Hant clean: %s', (ctx, text) => {
    expect(lintDraft(toHant(text), ctx)).toEqual([]);
  });
});

describe('lintDraft: negation and context', () => {
  it('an apology turned to what is done stays whole, unless what is done is why nothing can change', () => {
    expect(lintDraft('抱歉，不过包裹已经发出了，没法取消。', TB).map((f) => f.rule)).toContain(
      'tone-sorry-but',
    );
    expect(lintDraft('抱歉，不过包裹已经发出了，今晚能看到物流。', TB)).toEqual([]);
  });
  it('negation is per sentence: a later conditional still fires', () => {
    const text =
      'Whether or not you update your review, we will refund you. If you update your review we will refund you twice.';
    const f = lintDraft(text, TB).filter((x) => x.rule === 'remedy-conditional');
    expect(f).toHaveLength(1);
    expect(f[0]!.start).toBe(text.indexOf('If you update'));
  });

  it('the seed-000 final outreach sentence is clean', () => {
    const text =
      '无论您是否修改评价，我们都会履行这个方案；我们也尊重您保留评价的权利，感谢您的反馈帮助我们改进。';
    expect(lintDraft(text, TB)).toEqual([]);
    expect(lintDraft(text, EB)).toEqual([]);
  });

  it('Amazon review requests are allowed to be neutral on seller feedback but blocked on product reviews', () => {
    const text = 'Please update your review.';
    expect(lintDraft(text, AMZ_R).some((f) => f.rule === 'amazon-review-request')).toBe(true);
    expect(lintDraft(text, AMZ_F).some((f) => f.rule === 'amazon-review-request')).toBe(false);
  });

  it('personal data is only blocked in public; Amazon blocks phones everywhere', () => {
    expect(lintDraft('寄到杭州市西湖区文三路100号', TB)).toEqual([]);
    expect(lintDraft('寄到杭州市西湖区文三路100号', TB_PUB).map((f) => f.rule)).toContain(
      'public-personal-data',
    );
    // A phone number takes the buyer off the platform, in private too.
    expect(lintDraft('电话 13812345678', TB).map((f) => f.rule)).toContain('contact-phone');
    expect(lintDraft('Call 415-555-0132', AMZ_M).map((f) => f.rule)).toContain('contact-phone');
  });

  it('eBay revision request is a warning unless the draft says the issue is resolved', () => {
    const asked = lintDraft('Could you revise your feedback?', EB);
    expect(asked.map((f) => [f.rule, f.severity])).toContainEqual([
      'ebay-revision-request',
      'warn',
    ]);
    expect(lintDraft('Now that it is resolved, could you revise your feedback?', EB)).toEqual([]);
  });

  it('ctx.maxLength adds a block finding over the excess', () => {
    const text = '非常抱歉给您带来不便。'.repeat(3);
    const f = lintDraft(text, { ...TB, maxLength: 20 });
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'max-length',
        severity: 'block',
        start: 20,
        end: text.length,
      }),
    ]);
    expect(lintDraft(text, { ...TB, maxLength: text.length })).toEqual([]);
  });

  it('eBay 80-character limit applies to public feedback replies only', () => {
    const text = 'a'.repeat(90);
    expect(lintDraft(text, EB_PUB).map((f) => f.rule)).toContain('ebay-reply-length');
    expect(lintDraft(text, EB).map((f) => f.rule)).not.toContain('ebay-reply-length');
  });

  it('findings are sorted and messages can be picked per language', () => {
    const text = 'Sorry, but you must update your review 😊';
    const f = lintDraft(text, { ...AMZ_R, lang: 'zh' });
    expect(f.map((x) => x.start)).toEqual([...f.map((x) => x.start)].sort((a, b) => a - b));
    expect(f.every((x) => /[\u4e00-\u9fff]/.test(x.message))).toBe(true);
    expect(lintDraft(text, AMZ_R)[0]!.message).toMatch(/ · /);
  });
});

describe('lintDraft: patterns scanned only around their landmark (NEAR)', () => {
  // The windowed scan must find what a scan of the whole text finds: the same findings, offsets
  // included, on real drafts, long repeated ones and ones where act and reward sit at a window's edge.
  const patterns = [
    ...new Set(
      Object.values(RULE_TABLES).flatMap((t) =>
        Object.values(t).flatMap((rs) =>
          rs.flatMap((r) => [...(r.patterns ?? []), ...(r.compact ?? []), ...(r.exact ?? [])]),
        ),
      ),
    ),
  ].filter((p) => NEAR.has(p));
  const pad = (n: number) => '谢谢您的耐心'.repeat(n);
  const texts = [
    ...LINT_SET.map((e) => e.text),
    ...BLIND7_SET.map((e) => e.text),
    `${pad(30)}评价改成好评，${pad(2)}我们送您红包。`,
    `${'评价好评改'.repeat(60)}我们送您红包。${pad(20)}把差评删了，差额我转给您`,
    `好评之后${'改'.repeat(118)}红包，${'评价'.repeat(40)}改好了给您返5元`,
    `${'红包，'.repeat(30)}${'评价好评改'.repeat(30)}。`,
  ];
  const ctxs: LintContext[] = [TB, TB_PUB, AMZ_M, EB, EB_PUB];
  it('has landmarked patterns to check', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(3);
  });
  it('finds what the whole-text scan finds', () => {
    const windowed = texts.map((t) => ctxs.map((c) => lintDraft(t, c)));
    const saved = patterns.map((p) => [p, NEAR.get(p)!] as const);
    try {
      for (const p of patterns) NEAR.delete(p);
      const whole = texts.map((t) => ctxs.map((c) => lintDraft(t, c)));
      expect(windowed).toEqual(whole);
    } finally {
      for (const [p, near] of saved) NEAR.set(p, near);
    }
    // … and the edge cases above do find something, so the comparison is not of empty lists.
    expect(windowed.slice(-4).every((byCtx) => byCtx[0]!.length > 0)).toBe(true);
  });
});

describe('rule tables', () => {
  it('one table per platform and channel; ids unique within a table', () => {
    expect(Object.keys(RULE_TABLES).sort()).toEqual(['amazon', 'ebay', 'taobao']);
    for (const p of ['amazon', 'ebay', 'taobao'] as const) {
      expect(Object.keys(RULE_TABLES[p]).sort()).toEqual(['private', 'public']);
      for (const ch of ['private', 'public'] as const) {
        const ids = rulesFor(p, ch).map((r) => r.id);
        expect(new Set(ids).size, `${p} ${ch}`).toBe(ids.length);
        // Off-platform contact and incentives block on every marketplace and channel.
        for (const id of [
          'off-platform-contact',
          'contact-email',
          'contact-phone',
          'contact-link',
          'review-incentive',
          'remedy-conditional',
        ])
          expect(ids, `${p} ${ch}`).toContain(id);
      }
      expect(rulesFor(p, 'public').map((r) => r.id)).toContain('public-personal-data');
      expect(rulesFor(p, 'private').map((r) => r.id)).not.toContain('public-personal-data');
    }
  });
  it('every rule has a bilingual message and at least one pattern or a length', () => {
    for (const table of Object.values(RULE_TABLES)) {
      for (const r of Object.values(table).flat()) {
        expect(r.message.en && r.message.zh).toBeTruthy();
        const n = (r.patterns?.length ?? 0) + (r.compact?.length ?? 0) + (r.exact?.length ?? 0);
        expect(n > 0 || r.maxLength !== undefined, r.id).toBe(true);
      }
    }
  });
  it('every rule id is exercised by an example', () => {
    const tested = new Set(FIRES.map(([r]) => r));
    for (const id of RULE_IDS) if (id !== 'max-length') expect(tested, id).toContain(id);
  });
});
