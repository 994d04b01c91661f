// Money or goods beyond a remedy make a threat a bargain (extortion) even when the buyer has a real
// problem: "besides the refund, pay me 500", an unpriced sum to 赔我, several free sets. A refund or a
// single replacement asked for stays a review threat. Fresh wordings, none a row of a written set.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const threatOf = (t: string): string[] =>
  [...analyze(t).flags].filter((f) => f === 'extortion' || f === 'review_threat').sort();

describe('beyond a refund', () => {
  it.each([
    ['镜子碎了一角，除了退款你们还得赔我八百，不然我就给差评。', 'extortion'],
    ['鞋底开胶了，除了退货之外另外再补偿我两百，否则给你们一星。', 'extortion'],
    ['鏡子碎了一角，除了退款你們還得賠我八百，不然我就給差評。', 'extortion'],
    ['椅子腿断了，赔我一千，不然我就写差评。', 'extortion'],
    ['台灯不亮，再免费给我寄三台，不然我就给差评。', 'extortion'],
    // the remedy itself, or a single replacement, is no bargain
    ['镜子碎了一角，给我退款就行，不然我就给差评。', 'review_threat'],
    ['镜子碎了一角，除了退款以外没有别的要求，不退我就给差评。', 'review_threat'],
    ['台灯不亮，再给我寄一台新的，不然我就给差评。', 'review_threat'],
    ['椅子腿断了，赔我一把新的，不然我就写差评。', 'review_threat'],
  ])('%s → %s', (text, flag) => {
    expect(threatOf(text)).toEqual([flag]);
  });
});
