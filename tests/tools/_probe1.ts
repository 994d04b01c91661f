import { viewsOf } from '../../lib/drafts/normalize';
for (const t of ['有问题加我微亻言 jiaju_kf 就行', '零九壹貳-參肆伍-陸柒捌', '畀個好評我哋', '已致電 0912-***-678 的買家', 'L1NE：lumi', '刪咗差評']) {
  const v = viewsOf(t);
  console.log(JSON.stringify(v.loose.text), JSON.stringify(v.compact.text));
}
