/**
 * Measures lintDraft() on our labelled drafts (tests/unit/drafts/lint-set.ts, the blind
 * lint-set-blind.ts and, as blocks of their own, the later blind sets lint-set-blind3.ts,
 * lint-set-blind4.ts, lint-set-blind5.ts, lint-set-blind6.ts, lint-set-blind7.ts, lint-set-blind8.ts, lint-set-blind9.ts, lint-set-blind10.ts, lint-set-blind11.ts, lint-set-blind12.ts, lint-set-blind13.ts, lint-set-blind14.ts, lint-set-blind15.ts, lint-set-blind16.ts and lint-set-blind17.ts), per language and per half (tune / check, split by a fixed hash of the text), against issue 8's targets: block recall 1,
 * tone-warn recall ≥ 0.85, blocks on correct drafts ≤ 2%, false alarms on clean drafts ≤ 5%.
 * Also times lintDraft() on a 2,000-character draft (budget 5 ms).
 * Usage: npm run eval:lint  (--misses prints the drafts the linter gets wrong, for triage;
 * --misses-blind-check adds the blind checking half, which tuning must not look at; blind14's checking
 * half, and its whole-set line that would give it away, print only with --blind14-check, run once;
 * blind15's, blind16's and blind17's the same with --blind15-check, --blind16-check and --blind17-check).
 */
import { performance } from 'node:perf_hooks';
import { score } from '../../lib/drafts/eval';
import { lintDraft } from '../../lib/drafts/lint';
import { LINT_SET, splitOf, type Labelled, type SetLang } from '../unit/drafts/lint-set';
import { BLIND_SET } from '../unit/drafts/lint-set-blind';
import { BLIND3_SET } from '../unit/drafts/lint-set-blind3';
import { BLIND4_SET } from '../unit/drafts/lint-set-blind4';
import { BLIND5_SET } from '../unit/drafts/lint-set-blind5';
import { BLIND6_SET } from '../unit/drafts/lint-set-blind6';
import { BLIND7_SET } from '../unit/drafts/lint-set-blind7';
import { BLIND8_SET } from '../unit/drafts/lint-set-blind8';
import { BLIND9_SET } from '../unit/drafts/lint-set-blind9';
import { BLIND10_SET } from '../unit/drafts/lint-set-blind10';
import { BLIND11_SET } from '../unit/drafts/lint-set-blind11';
import { BLIND12_SET } from '../unit/drafts/lint-set-blind12';
import { BLIND13_SET } from '../unit/drafts/lint-set-blind13';
import { BLIND14_SET } from '../unit/drafts/lint-set-blind14';
import { BLIND15_SET } from '../unit/drafts/lint-set-blind15';
import { BLIND16_SET } from '../unit/drafts/lint-set-blind16';
import { BLIND17_SET } from '../unit/drafts/lint-set-blind17';

const SHOW = process.argv.includes('--misses');
const SHOW_CHECK = process.argv.includes('--misses-blind-check');
// blind14 is measured once on its checking half: without this flag its checking and whole-set lines
// are not printed at all, so tuning cannot see them even as totals.
const BLIND14_CHECK = process.argv.includes('--blind14-check');
// blind15 likewise, with its own flag.
const BLIND15_CHECK = process.argv.includes('--blind15-check');
// blind16 likewise, with its own flag.
const BLIND16_CHECK = process.argv.includes('--blind16-check');
// blind17 likewise, with its own flag.
const BLIND17_CHECK = process.argv.includes('--blind17-check');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');

// The blind set (lint-set-blind.ts, 189 drafts) on its first run, before any rule was changed for it:
// what a held-out set should be expected to score. Later rule changes used its tuning half only.
const BLIND_FIRST_RUN = [
  'blind set, first run (2026-12-02, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 27/14/24   66.7%   50.0%   0.0%   0.0%',
  '  zh-Hant 21/14/20   76.2%   64.3%   2.9%   5.0%',
  '  en      28/16/25   96.4%   62.5%   2.4%   4.0%',
  '  all     76/44/69   80.3%   59.1%   1.8%   2.9%',
  'its checking half, first run -> after the rules were generalised on the tuning half only:',
  '  zh-Hans 14/5/12    64.3 -> 64.3%   40.0 -> 100.0%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  zh-Hant 10/4/10    80.0 -> 80.0%   50.0 ->  75.0%   7.1 -> 7.1%  10.0 -> 10.0%',
  '  en      12/9/10    91.7 -> 91.7%   66.7 ->  77.8%   5.3 -> 5.3%  10.0 -> 10.0%',
  '  all     36/18/32   77.8 -> 77.8%   55.6 ->  83.3%   4.0 -> 4.0%   6.3 -> 6.3%',
];

// The second blind set (lint-set-blind3.ts, 169 drafts) on its first run, before any rule was
// changed for it. This, not the tuned figures, predicts a held-out set.
const BLIND3_FIRST_RUN = [
  'blind3 set, first run (2026-12-02, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 28/11/20   71.4%   72.7%   6.5%  10.0%',
  '  zh-Hant 23/10/17   73.9%   90.0%   7.4%  11.8%',
  '  en      28/13/20   78.6%   69.2%   9.1%  20.0%',
  '  all     79/34/57   74.7%   76.5%   7.7%  14.0%',
  'its checking half, first run -> after the rules were generalised on the tuning halves only:',
  '  zh-Hans 13/5/15    76.9 ->  84.6%   80.0 ->  80.0%   5.0 -> 0.0%   6.7 -> 0.0%',
  '  zh-Hant 10/6/11    70.0 ->  90.0%  100.0 -> 100.0%  11.8 -> 5.9%  18.2 -> 9.1%',
  '  en      12/4/11    66.7 ->  91.7%   50.0 ->  75.0%   6.7 -> 0.0%   9.1 -> 0.0%',
  '  all     35/15/37   71.4 ->  88.6%   80.0 ->  86.7%   7.7 -> 1.9%  10.8 -> 2.7%',
  "after blind4's changes (never tuned on blind3's checking half): 91.4%   93.3%   0.0%   0.0%",
];

// The third blind set (lint-set-blind4.ts) on its first run, before any rule was changed for it.
// Recorded also at the top of that file.
const BLIND4_FIRST_RUN = [
  'blind4 set, first run (2026-12-02, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 32/18/25   68.8%   44.4%   4.7%   8.0%',
  '  zh-Hant 25/16/22   80.0%   68.8%   2.6%   4.5%',
  '  en      29/17/25   89.7%   52.9%   2.4%  12.0%',
  '  all     86/51/72   79.1%   54.9%   3.3%   8.3%',
  '  tuning half   42/27/35   81.0%   51.9%   0.0%   5.7%',
  '  checking half 44/24/37   77.3%   58.3%   6.6%  10.8%',
  'its checking half, first run -> after the rules were generalised on the tuning half and on fresh probes',
  "of the issue's kinds (the checking rows were never printed; the same hand wrote them and the probes):",
  '  zh-Hans 14/12/12   57.1 ->  71.4%   50.0 -> 58.3%   8.3 -> 0.0%  16.7 -> 0.0%',
  '  zh-Hant 18/7/12    83.3 ->  88.9%   71.4 -> 85.7%   5.3 -> 0.0%   8.3 -> 0.0%',
  '  en      12/5/13    91.7 -> 100.0%   60.0 -> 80.0%   5.6 -> 0.0%   7.7 -> 0.0%',
  '  all     44/24/37   77.3 ->  86.4%   58.3 -> 70.8%   6.6 -> 0.0%  10.8 -> 0.0%',
];

// The fifth blind set (lint-set-blind5.ts, 192 drafts) on its first run, before any rule was changed
// for it: the honest prediction for a held-out set. Later changes read only its tuning half's misses.
const BLIND5_FIRST_RUN = [
  'blind5 set, first run (2026-12-02, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 35/21/29   62.9%   47.6%   8.0%  17.2%',
  '  zh-Hant 19/12/16   52.6%   50.0%  14.3%  31.3%',
  '  en      25/14/21   64.0%   28.6%   0.0%   9.5%',
  '  all     79/47/66   60.8%   42.6%   7.1%  18.2%',
  '  tuning half   45/22/32   64.4%   22.7%   3.7%   9.4%',
  '  checking half 34/25/34   55.9%   60.0%  10.2%  26.5%',
  'its checking half, first run -> after the rules were generalised on its tuning half and on fresh probes',
  'of its kinds (the checking rows were never printed; the same hand wrote them and the probes):',
  '  zh-Hans 19/12/18   47.4 ->  73.7%   66.7 -> 91.7%  13.3 -> 0.0%  27.8 ->  0.0%',
  '  zh-Hant 7/7/10     71.4 ->  85.7%   57.1 -> 85.7%  11.8 -> 5.9%  30.0 -> 10.0%',
  '  en      8/6/6      62.5 ->  62.5%   50.0 -> 66.7%   0.0 -> 0.0%  16.7 -> 16.7%',
  '  all     34/25/34   55.9 ->  73.5%   60.0 -> 84.0%  10.2 -> 1.7%  26.5 ->  5.9%',
  "older checking halves before -> after blind5's changes: blind 91.7/94.4/2.0/3.1 (unchanged),",
  '  blind3 91.4 -> 94.3 / 93.3 / 0.0 / 0.0, blind4 86.4 -> 93.2 / 70.8 -> 79.2 / 0.0 / 0.0',
];

// The sixth blind set (lint-set-blind6.ts, 180 drafts) on its first run, before any rule was changed
// for it: the honest prediction for a held-out set. Later changes read only its tuning half's misses.
const BLIND6_FIRST_RUN = [
  'blind6 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 24/15/19   79.2%   53.3%   2.9%   5.3%',
  '  zh-Hant 22/15/18   72.7%   40.0%   3.0%   5.6%',
  '  en      27/16/24   85.2%   81.3%   2.5%   8.3%',
  '  all     73/46/61   79.5%   58.7%   2.8%   6.6%',
  '  tuning half   39/27/33   82.1%   55.6%   1.7%   3.0%',
  '  checking half 34/19/28   76.5%   63.2%   4.3%  10.7%',
  'its checking half, first run -> after the rules were generalised on its tuning half and on fresh probes',
  "of the issue's kinds (the checking rows were never printed; the same hand wrote them and the probes,",
  'and one probe resembles a zh-Hant row its writer remembers, so the zh-Hant block rise is not independent):',
  '  zh-Hans 14/7/11    78.6 ->  78.6%   57.1 -> 85.7%   5.6 -> 0.0%   9.1 ->  0.0%',
  '  zh-Hant 5/5/8      60.0 ->  80.0%   40.0 -> 80.0%   7.7 -> 0.0%  12.5 ->  0.0%',
  '  en      15/7/9     80.0 ->  80.0%   85.7 -> 85.7%   0.0 -> 0.0%  11.1 -> 11.1%',
  '  all     34/19/28   76.5 ->  79.4%   63.2 -> 84.2%   4.3 -> 0.0%  10.7 ->  3.6%',
  "older checking halves before -> after blind6's changes: blind 91.7/94.4/2.0/3.1 (unchanged),",
  '  blind3 94.3/93.3/0.0/0.0 (unchanged), blind4 93.2 / 79.2 -> 83.3 / 0.0 / 0.0,',
  '  blind5 73.5 -> 76.5 / 84.0 -> 88.0 / 1.7 / 5.9',
];

// The seventh blind set (lint-set-blind7.ts, 224 drafts, 40% English) on its first run, before any
// rule was changed for it: the honest prediction for a held-out set.
const BLIND7_FIRST_RUN = [
  'blind7 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 31/16/22   83.9%   68.8%   2.6%   4.5%',
  '  zh-Hant 26/16/20   73.1%   50.0%   5.6%  10.0%',
  '  en      41/21/31   80.5%   33.3%   3.8%   9.7%',
  '  all     98/53/73   79.6%   49.1%   4.0%   8.2%',
  '  tuning half   44/20/30   77.3%   60.0%   8.0%  13.3%',
  '  checking half 54/33/43   81.5%   42.4%   1.3%   4.7%',
  'its checking half, first run -> after the rules were generalised on its tuning half and on ~450 fresh',
  'probes of its kinds (checking rows never printed; the same hand wrote them and the probes):',
  '  zh-Hans 22/9/8     81.8 ->  95.5%   55.6 -> 77.8%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  zh-Hant 15/13/15   80.0 ->  86.7%   46.2 -> 61.5%   3.6 -> 0.0%   6.7 -> 0.0%',
  '  en      17/11/20   82.4 ->  94.1%   27.3 -> 54.5%   0.0 -> 0.0%   5.0 -> 5.0%',
  '  all     54/33/43   81.5 ->  92.6%   42.4 -> 63.6%   1.3 -> 0.0%   4.7 -> 2.3%',
  "older checking halves before -> after blind7's changes: blind 91.7/94.4/2.0/3.1 -> 91.7/94.4/0.0/0.0,",
  '  blind3 94.3/100/0/0, blind5 76.5/88.0/1.7/5.9, blind6 79.4/84.2/0.0/3.6 (unchanged),',
  '  blind4 93.2 / 83.3 -> 87.5 / 0.0 / 0.0',
  'then its checking half was opened and fixed by kind (100/100/0/0 since: no longer held out); that',
  "change lifted blind5's unseen checking half in English 62.5 -> 75.0 / 66.7 -> 83.3, others unchanged",
];

// The eighth blind set (lint-set-blind8.ts, 120 drafts, mostly tone warns and their clean hard
// negatives) on its first run, before any rule was changed for it.
const BLIND8_FIRST_RUN = [
  'blind8 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 5/18/17    100.0%   77.8%   0.0%   5.9%',
  '  zh-Hant 5/18/17    100.0%   66.7%   0.0%   5.9%',
  '  en      5/18/17     80.0%   44.4%   0.0%   0.0%',
  '  all     15/54/51    93.3%   63.0%   0.0%   3.9%',
  '  tuning half   5/27/22   100.0%   59.3%   0.0%   4.5%',
  '  checking half 10/27/29   90.0%   66.7%   0.0%   3.4%',
  'its checking half, first run -> after structural tone rules written from its tuning half and 46 fresh',
  'probes (its rows never printed):',
  '  zh-Hans 2/8/9      100.0 -> 100.0%   75.0 -> 87.5%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  zh-Hant 4/11/10    100.0 -> 100.0%   72.7 -> 81.8%   0.0 -> 0.0%  10.0 -> 10.0%',
  '  en      4/8/10      75.0 ->  75.0%   50.0 -> 75.0%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  all     10/27/29    90.0 ->  90.0%   66.7 -> 81.5%   0.0 -> 0.0%   3.4 ->  3.4%',
  "older checking halves before -> after blind8's changes: all unchanged",
  'then its checking half was opened and its 7 misses fixed by kind (100/100/0/0 since: no longer held',
  "out); that change lifted the first blind set's unseen checking half in English 91.7 -> 100 / 88.9 -> 100",
];

// The ninth blind set (lint-set-blind9.ts, 120 drafts: agents' long replies with the violation in the
// middle, every platform and channel) on its first run, before any rule was changed for it.
const BLIND9_FIRST_RUN = [
  'blind9 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 13/12/15    92.3%   66.7%   0.0%   0.0%',
  '  zh-Hant 13/12/15    92.3%   50.0%   0.0%   0.0%',
  '  en      13/12/15    76.9%   58.3%   0.0%  20.0%',
  '  all     39/36/45    87.2%   58.3%   0.0%   6.7%',
  '  tuning half   16/21/15   87.5%   66.7%   0.0%   0.0%',
  '  checking half 23/15/30   87.0%   46.7%   0.0%  10.0%',
  'its checking half, first run -> after structural rules written from its tuning half and 24 fresh',
  'probes (its rows never printed):',
  '  zh-Hans 7/6/13      85.7 -> 100.0%   66.7 -> 66.7%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  zh-Hant 6/6/7      100.0 -> 100.0%   33.3 -> 33.3%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  en      10/3/10     80.0 ->  80.0%   33.3 -> 33.3%   0.0 -> 0.0%  30.0 -> 30.0%',
  '  all     23/15/30    87.0 ->  91.3%   46.7 -> 46.7%   0.0 -> 0.0%  10.0 -> 10.0%',
  "older checking halves before -> after blind9's changes: all unchanged",
  'then its checking half was opened and its 13 misses fixed by kind (100/100/0/0 since: no longer held',
  'out); older checking halves unchanged by that change',
];

// The tenth blind set (lint-set-blind10.ts, 232 drafts, mostly blocks in disguise: contact apps and
// handles in new spellings, other marketplaces, spelt-out numbers and e-mails, incentives in
// disguise, personal data in public; with their clean hard negatives) on its first run.
const BLIND10_FIRST_RUN = [
  'blind10 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 49/10/21    87.8%  100.0%   0.0%   0.0%',
  '  zh-Hant 41/10/21    97.6%   90.0%   6.5%   9.5%',
  '  en      48/10/22    85.4%   80.0%   3.1%   9.1%',
  '  all     138/30/64   89.9%   90.0%   3.2%   6.3%',
  '  tuning half   63/10/36   85.7%  100.0%   2.2%   2.8%',
  '  checking half 75/20/28   93.3%   85.0%   4.2%  10.7%',
  'its checking half, first run -> after block rules written from its tuning half (10 misses) and 46',
  'fresh probes of their kinds (its rows never printed):',
  '  zh-Hans 28/4/11     89.3 ->  92.9%  100.0 -> 100.0%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  zh-Hant 20/10/9    100.0 -> 100.0%   90.0 ->  90.0%   5.3 -> 5.3%  11.1 -> 11.1%',
  '  en      27/6/8      92.6 ->  92.6%   66.7 ->  66.7%   7.1 -> 7.1%  25.0 -> 25.0%',
  '  all     75/20/28    93.3 ->  94.7%   85.0 ->  85.0%   4.2 -> 4.2%  10.7 -> 10.7%',
  "older checking halves before -> after blind10's changes: none dropped; blind4 93.2 -> 95.5 and",
  '  blind6 79.4 -> 82.4 block recall',
  'then its checking half was opened and its 4 block misses and 3 false alarms fixed by kind (block',
  'recall 100%, 0% blocks on correct, 0% alarms on clean since: no longer held out; its 3 tone-warn',
  'misses left to the tone rules); older checking halves unchanged by that change',
];

// The eleventh blind set (lint-set-blind11.ts, 218 drafts: tone warns and their clean hard negatives,
// no blocks, 40% English) on its first run, before any rule was changed for it.
const BLIND11_FIRST_RUN = [
  'blind11 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 0/35/33      n/a   71.4%   0.0%   9.1%',
  '  zh-Hant 0/34/32      n/a   64.7%   0.0%   9.4%',
  '  en      0/40/44      n/a   67.5%   0.0%  22.7%',
  '  all     0/109/109    n/a   67.9%   0.0%  14.7%',
  '  tuning half   0/52/56   n/a   71.2%   0.0%  14.3%',
  '  checking half 0/57/53   n/a   64.9%   0.0%  15.1%',
  'its checking half, first run -> after structural tone rules written from its tuning half and 88 fresh',
  'probes (its rows never printed):',
  '  zh-Hans 0/14/18    71.4 -> 78.6%   0.0 -> 0.0%   5.6 ->  0.0%',
  '  zh-Hant 0/17/15    58.8 -> 64.7%   0.0 -> 0.0%  13.3 ->  6.7%',
  '  en      0/26/20    65.4 -> 80.8%   0.0 -> 0.0%  25.0 -> 15.0%',
  '  all     0/57/53    64.9 -> 75.4%   0.0 -> 0.0%  15.1 ->  7.5%',
  "older checking halves before -> after blind11's changes: unchanged but blind5 en alarms 16.7 -> 0.0",
  'then its checking half was opened and its 18 misses fixed by kind (100/100/0/0 since: no longer held',
  'out); older checking halves unchanged by that change',
];

// The twelfth blind set (lint-set-blind12.ts, 183 drafts: agents' full replies, a third each block,
// warn and clean, the violation buried mid-reply or in a P.S.) on its first run, before any rule
// was changed for it: the honest measure of main after the tuning on blind10 and blind11.
const BLIND12_FIRST_RUN = [
  'blind12 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 21/20/20   100.0%   85.0%   0.0%   5.0%',
  '  zh-Hant 20/20/20    90.0%   90.0%   0.0%   5.0%',
  '  en      21/20/21    95.2%   95.0%   0.0%   0.0%',
  '  all     62/60/61    95.2%   90.0%   0.0%   3.3%',
  '  tuning half   30/27/32   93.3%   92.6%   0.0%   0.0%',
  '  checking half 32/33/29   96.9%   87.9%   0.0%   6.9%',
  'its checking half, first run -> after rules written from its tuning half (4 misses) and 31 fresh',
  'probes of their kinds (its rows never printed):',
  '  zh-Hans 10/9/11    100.0 -> 100.0%   77.8 -> 77.8%   0.0 -> 0.0%   9.1 ->  9.1%',
  '  zh-Hant 10/11/8     90.0 ->  90.0%   90.9 -> 90.9%   0.0 -> 0.0%  12.5 -> 12.5%',
  '  en      12/13/10   100.0 -> 100.0%   92.3 -> 92.3%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  all     32/33/29    96.9 ->  96.9%   87.9 -> 87.9%   0.0 -> 0.0%   6.9 ->  6.9%',
  "older sets before -> after blind12's changes: all unchanged",
  'then its checking half was opened and its 7 misses fixed by kind (100/100/0/0 since: no longer held',
  "out); that change lifted the first blind set's unseen checking half in zh-Hans 92.9 -> 100.0 block",
  'recall, other sets unchanged',
];

// The thirteenth blind set (lint-set-blind13.ts, 246 drafts: blocks in every disguise issue 8 lists,
// tone warns, and clean hard negatives) on its first run, before any rule was changed for it.
const BLIND13_FIRST_RUN = [
  'blind13 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  zh-Hans 34/20/30    97.1%   85.0%   0.0%   3.3%',
  '  zh-Hant 31/18/27    90.3%   83.3%   0.0%   7.4%',
  '  en      34/20/32    97.1%   90.0%   0.0%   0.0%',
  '  all     99/58/89    94.9%   86.2%   0.0%   3.4%',
  '  tuning half   44/30/40   93.2%   86.7%   0.0%   2.5%',
  '  checking half 55/28/49   96.4%   85.7%   0.0%   4.1%',
  'its checking half, first run -> after rules written from its tuning half (8 misses) and ~150 fresh',
  'probes of its kinds (its rows never printed):',
  '  zh-Hans 21/10/15    95.2 -> 100.0%   80.0 -> 80.0%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  zh-Hant 21/7/15     95.2 -> 100.0%   85.7 -> 85.7%   0.0 -> 0.0%  13.3 ->  6.7%',
  '  en      13/11/19   100.0 -> 100.0%   90.9 -> 90.9%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  all     55/28/49    96.4 -> 100.0%   85.7 -> 85.7%   0.0 -> 0.0%   4.1 ->  2.0%',
  "older sets before -> after blind13's changes: unchanged but blind5's checking half zh-Hans warn",
  '  recall 91.7 -> 100.0',
  'then its checking half was opened and its 5 misses fixed by kind (100/100/0/0 since: no longer held',
  'out); older sets unchanged by that change',
];

// The fourteenth blind set (lint-set-blind14.ts: long agents' replies with one violating sentence in
// the middle, tone woven into kind replies, clean long replies with hard negatives) on its first run.
const BLIND14_FIRST_RUN = [
  'blind14 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  tuning half (15:53 UTC; its checking half and whole-set lines were not printed, see --blind14-check):',
  '  zh-Hans 13/9/9      84.6%  100.0%   0.0%   0.0%',
  '  zh-Hant 12/6/14    100.0%   83.3%   0.0%   7.1%',
  '  en      10/8/11    100.0%   62.5%   0.0%   0.0%',
  '  all     35/23/34    94.3%   82.6%   0.0%   2.9%',
  'its checking half and the whole set, first run (measured at 16:00 UTC, after tuning, on the first-run',
  "commit's rules) -> after rules written from its tuning half (7 misses) and 28 fresh probes, measured once:",
  '  zh-Hans 6/7/12     100.0 -> 100.0%   71.4 -> 71.4%   0.0 -> 0.0%  16.7 ->  8.3%',
  '  zh-Hant 6/10/6     100.0 -> 100.0%   60.0 -> 60.0%   6.3 -> 6.3%  16.7 -> 16.7%',
  '  en      9/9/12      88.9 ->  88.9%   44.4 -> 44.4%   0.0 -> 0.0%   0.0 ->  0.0%',
  '  all     21/26/30    95.2 ->  95.2%   57.7 -> 57.7%   1.8 -> 1.8%  10.0 ->  6.7%',
  '  whole set, first run: all 56/49/64  94.6%   69.4%   0.9%   6.3%',
  "older sets before -> after blind14's changes: unchanged but blind6's checking half en warn 85.7 -> 100.0",
  'then its checking half was opened (16:01 UTC) and its 14 misses fixed by kind (100/100/0/0 since: no',
  'longer held out); older sets unchanged by that change',
];

// The fifteenth blind set (lint-set-blind15.ts: tone warns of eleven kinds woven into kind long
// replies, clean hard negatives beside them, a few blocks) on its first run.
const BLIND15_FIRST_RUN = [
  'blind15 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  tuning half (17:20 UTC; its checking half and whole-set lines were not printed, see --blind15-check):',
  '  zh-Hans 6/12/17    100.0%   66.7%   0.0%   5.9%',
  '  zh-Hant 5/12/11    100.0%   58.3%   0.0%   0.0%',
  '  en      4/14/15    100.0%   57.1%   3.4%   0.0%',
  '  all     15/38/43   100.0%   60.5%   1.2%   2.3%',
  'its checking half and the whole set, first run (measured at 18:25 UTC, after tuning, on the first-run',
  "commit's rules) -> after rules written from its tuning half (17 misses) and fresh probes, measured once:",
  '  zh-Hans 4/16/8     100.0 -> 100.0%   62.5 -> 75.0%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  zh-Hant 5/16/14    100.0 -> 100.0%   56.3 -> 81.3%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  en      6/14/10    100.0 -> 100.0%   57.1 -> 64.3%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  all     15/46/32   100.0 -> 100.0%   58.7 -> 73.9%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  whole set, first run: all 30/84/75  100.0%   59.5%   0.6%   1.3%',
  "older sets before -> after blind15's changes: unchanged",
  'then its checking half was opened (18:28 UTC) and 11 of its 13 misses fixed by kind (checking half',
  '100 / 95.7 / 0 / 0 since: no longer held out); older sets unchanged by that change',
];

// The sixteenth blind set (lint-set-blind16.ts: blocks in new disguises, with their hard negatives) on
// its first run.
const BLIND16_FIRST_RUN = [
  'blind16 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  tuning half (17:19 UTC; its checking half and whole-set lines were not printed, see --blind16-check;',
  "  one warn row, an older set's text, replaced and the half measured again on the first-run rules):",
  '  zh-Hans 19/2/18     94.7%  100.0%  10.0%  16.7%',
  '  zh-Hant 16/0/16     93.8%     n/a   0.0%   0.0%',
  '  en      13/2/17     92.3%  100.0%   5.3%   5.9%',
  '  all     48/4/51     93.8%  100.0%   5.5%   7.8%',
  'its checking half and the whole set, first run (measured at 17:32 UTC, after tuning, on the first-run',
  "commit's rules) -> after rules written from its tuning half (7 misses) and fresh probes, measured once:",
  '  zh-Hans 13/2/9       84.6 ->  84.6%  100.0 -> 100.0%   0.0 -> 0.0%   0.0 -> 0.0%',
  '  zh-Hant 16/4/11      93.8 ->  93.8%  100.0 -> 100.0%  13.3 -> 0.0%  18.2 -> 0.0%',
  '  en      19/2/10      84.2 ->  84.2%  100.0 -> 100.0%   8.3 -> 0.0%  10.0 -> 0.0%',
  '  all     48/8/30      87.5 ->  87.5%  100.0 -> 100.0%   7.9 -> 0.0%  10.0 -> 0.0%',
  '  whole set, first run: all 96/12/81  90.6%  100.0%   6.5%   8.6%',
  "older sets before -> after blind16's changes: unchanged",
  'then its checking half was opened (17:34 UTC) and its 6 misses fixed by kind (100/100/0/0 since: no',
  'longer held out); older sets unchanged by that change',
];

// The seventeenth blind set (lint-set-blind17.ts: contact moved off-platform by indirection, pieces of
// a phone or e-mail, incentives as refunds, points and draws, buyer data in public) on its first run.
const BLIND17_FIRST_RUN = [
  'blind17 set, first run (2026-12-03, before tuning): block recall / warn recall / blocks on correct / alarms on clean',
  '  tuning half (18:21 UTC; its checking half and whole-set lines were not printed, see --blind17-check):',
  '  zh-Hans 13/1/12     84.6%  100.0%   7.7%   8.3%',
  '  zh-Hant 12/1/11     66.7%  100.0%   8.3%   9.1%',
  '  en      7/1/13      71.4%  100.0%  21.4%  23.1%',
  '  all     32/3/36     75.0%  100.0%  12.8%  13.9%',
  'after tuning (18:29 UTC) on its tuning half (12 misses, by kind): tuning half 100/100/0/0; older sets unchanged',
  'its checking half and the whole set, first run (saved unread at 18:21 on the first-run rules) -> after',
  'rules written from its tuning half, measured once (18:40 UTC, held out):',
  '  zh-Hans 12/2/10      75.0 -> 100.0%  100.0 -> 100.0%   8.3 -> 0.0%  10.0 ->  0.0%',
  '  zh-Hant 13/2/11      76.9 ->  92.3%   50.0 ->  50.0%   7.7 -> 0.0%  18.2 ->  9.1%',
  '  en      18/2/9       77.8 ->  94.4%  100.0 -> 100.0%   0.0 -> 0.0%  11.1 -> 11.1%',
  '  all     43/6/30      76.7 ->  95.3%   83.3 ->  83.3%   5.6 -> 0.0%  13.3 ->  6.7%',
  '  whole set, first run: all 75/9/66  76.0%   88.9%   9.3%  13.6%',
  'then its checking half was opened (18:45 UTC) and its block misses and false alarms fixed by kind',
  '(whole set 100/88.9/0/0 since: no longer held out); older sets unchanged by that change',
];

type Half = 'tune' | 'check' | 'fresh' | 'blind-tune' | 'blind-check' | 'all';
const inHalf = (e: Labelled, half: Half): boolean => {
  const blind = 'set' in e;
  if (half === 'all') return true;
  if (half === 'fresh') return !blind && e.fresh === true;
  if (half === 'blind-tune' || half === 'blind-check')
    return blind && `blind-${splitOf(e)}` === half;
  return !blind && !e.fresh && splitOf(e) === half;
};

function table(title: string, entries: readonly Labelled[], halves: readonly Half[], hidden: Half) {
  console.log(
    `\n${title}\nlang     half         n(b/w/c)     block recall  warn recall  blocks on correct  alarms on clean`,
  );
  for (const half of halves) {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en', 'all'] as (SetLang | 'all')[]) {
      const set = entries.filter((e) => (lang === 'all' || e.lang === lang) && inHalf(e, half));
      const s = score(set);
      console.log(
        `${lang.padEnd(8)} ${half.padEnd(12)} ${`${s.n.block}/${s.n.warn}/${s.n.clean}`.padEnd(12)} ${pct(s.blockRecall).padStart(12)} ${pct(s.warnRecall).padStart(12)} ${pct(s.blocksOnCorrect).padStart(18)} ${pct(s.falseAlarmsOnClean).padStart(16)}`,
      );
      // A blind checking half stays unseen while tuning: its misses print only on request.
      if (SHOW && lang !== 'all' && half !== 'all' && (half !== hidden || SHOW_CHECK)) {
        for (const m of s.misses) {
          console.log(
            `   ✗ [${m.label}] ${m.text}\n      → ${m.findings.map((f) => `${f.rule}:${f.severity}`).join(', ') || 'no finding'}`,
          );
        }
      }
    }
  }
}

table(
  'own set and the first blind set',
  [...LINT_SET, ...BLIND_SET],
  ['tune', 'check', 'fresh', 'blind-tune', 'blind-check', 'all'],
  'blind-check',
);
// Each later blind set is its own block, so its figures never mix with sets the rules were tuned on.
const LATER_BLIND: [string, readonly Labelled[]][] = [
  ['blind3', BLIND3_SET],
  ['blind4', BLIND4_SET],
  ['blind5', BLIND5_SET],
  ['blind6', BLIND6_SET],
  ['blind7', BLIND7_SET],
  ['blind8', BLIND8_SET],
  ['blind9', BLIND9_SET],
  ['blind10', BLIND10_SET],
  ['blind11', BLIND11_SET],
  ['blind12', BLIND12_SET],
  ['blind13', BLIND13_SET],
  ['blind14', BLIND14_SET],
  ['blind15', BLIND15_SET],
  ['blind16', BLIND16_SET],
  ['blind17', BLIND17_SET],
];
// Sets whose checking half is still unmeasured: only their tuning half is printed.
const HIDDEN_CHECK = new Set([
  ...(BLIND14_CHECK ? [] : ['blind14']),
  ...(BLIND15_CHECK ? [] : ['blind15']),
  ...(BLIND16_CHECK ? [] : ['blind16']),
  ...(BLIND17_CHECK ? [] : ['blind17']),
]);
for (const [name, set] of LATER_BLIND)
  table(
    `${name} set (lint-set-${name}.ts)`,
    set,
    HIDDEN_CHECK.has(name) ? ['blind-tune'] : ['blind-tune', 'blind-check', 'all'],
    'blind-check',
  );

console.log(
  `\n${[
    BLIND_FIRST_RUN,
    BLIND3_FIRST_RUN,
    BLIND4_FIRST_RUN,
    BLIND5_FIRST_RUN,
    BLIND6_FIRST_RUN,
    BLIND7_FIRST_RUN,
    BLIND8_FIRST_RUN,
    BLIND9_FIRST_RUN,
    BLIND10_FIRST_RUN,
    BLIND11_FIRST_RUN,
    BLIND12_FIRST_RUN,
    BLIND13_FIRST_RUN,
    BLIND14_FIRST_RUN,
    BLIND15_FIRST_RUN,
    BLIND16_FIRST_RUN,
    BLIND17_FIRST_RUN,
  ]
    .map((lines) => lines.join('\n'))
    .join('\n\n')}`,
);

// Timing: a realistic long draft (mixed scripts, numbers, punctuation) of exactly 2,000 characters,
// and the shapes that have been a linter's worst case (a 2,000-digit run once took 11 ms: a \d+ tried
// from every digit). The machine is shared, so wall time includes waiting for a core: CPU time
// (process.cpuUsage) is printed beside it, and the budget is judged on both.
const fill = (unit: string) => {
  let s = '';
  while (s.length < 2000) s += unit;
  return s.slice(0, 2000);
};
const SHAPES: [string, string][] = [
  [
    'realistic',
    fill(
      '您好，非常抱歉给您带来不好的体验。我们已经为您安排补发，今天就会发出。 Dear Anna, I am so sorry the lamp arrived with a cracked shade; order 112-3456789-1234567 ships today. ',
    ),
  ],
  ['digits', fill('1234567890')],
  ['spaced digits', fill('1 2 3 4 5 6 7 8 9 0 ')],
  ['review words', fill('好评返现')],
  ['review words 2', fill('评价好评改')],
  // the same with one reward at its end: the act-then-reward patterns cannot be skipped then
  ['review words 3', fill('评价好评改').slice(0, 1993) + '我们送您红包。'],
  ['no punctuation', fill('非常抱歉给您带来不好的体验我们已经为您安排补发')],
  ['emoji', fill('😊')],
  ['codes', fill('a1 ')],
  // a number given in pieces (blind13): joining words between digit groups, scanned as one candidate
  ['number pieces', fill('138 加上 0013 8000 然后 ')],
  [
    'english words',
    fill('please reply right now sorry but you must update the review and feedback '),
  ],
];
const ctxs = [
  { platform: 'amazon', channel: 'private', kind: 'messages' },
  { platform: 'taobao', channel: 'public', kind: 'reviews' },
  { platform: 'ebay', channel: 'private', kind: 'feedback' },
] as const;
const fmt = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  const at = (q: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))]!.toFixed(2);
  return `median ${at(0.5)}, p95 ${at(0.95)}, max ${xs[xs.length - 1]!.toFixed(2)}`;
};
console.log('\nlintDraft on 2,000 characters (ms; budget 5 ms):');
let worstCpu = 0;
for (const [name, text] of SHAPES) {
  // The first call compiles the patterns; then warm up the JIT the way typing does (a lint per
  // keystroke): with a single warm-up call, p95 measured the optimiser, not the linter.
  const c0 = performance.now();
  lintDraft(text, ctxs[0]);
  const cold = performance.now() - c0;
  for (let i = 0; i < 30; i++) for (const ctx of ctxs) lintDraft(text, ctx);
  const runs = name === 'realistic' ? 300 : 60;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = ctxs[i % ctxs.length]!;
    const u0 = process.cpuUsage();
    const t0 = performance.now();
    lintDraft(text, ctx);
    wall.push(performance.now() - t0);
    const u = process.cpuUsage(u0);
    cpu.push((u.user + u.system) / 1000);
  }
  const cpuMedian = [...cpu].sort((a, b) => a - b)[cpu.length >> 1]!;
  worstCpu = Math.max(worstCpu, cpuMedian);
  console.log(
    `  ${name.padEnd(15)} wall ${fmt(wall)} | cpu ${fmt(cpu)}${name === 'realistic' ? ` | first call ${cold.toFixed(2)}` : ''}`,
  );
}
console.log(`  worst shape, median cpu: ${worstCpu.toFixed(2)} ms`);
