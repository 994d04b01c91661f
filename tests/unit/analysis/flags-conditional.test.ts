import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';

describe('conditional review threats (extortion)', () => {
  it.each([
    'If my money is not back today I am filing an A-to-z claim and leaving a 1 star review.',
    "If I don't get a refund I'm leaving a bad review.",
    'if you do not send a replacement by Friday I will post a one-star review',
    'If I never see my money again, I will write the worst review you have ever seen.',
    "If there's no refund by tomorrow, expect a 1-star rating from me.",
  ])('flags "%s"', (text) => {
    expect(analyze(text).flags).toContain('extortion');
  });

  it.each([
    "If the replacement doesn't work I will ask for a refund.",
    'I left a review because the item never arrived and I got no refund.',
    'If you can, please send the money back. The review I wrote is honest.',
    "I'm furious, there is no refund yet and nobody answers!!!",
    'If it is not fixed I will contact Amazon.',
  ])('does not flag "%s"', (text) => {
    expect(analyze(text).flags).not.toContain('extortion');
  });

  it('keeps the A-to-z claim as a platform complaint beside the extortion', () => {
    const a = analyze(
      'If my money is not back today I am filing an A-to-z claim and leaving a 1 star review.',
    );
    expect(a.flags).toEqual(expect.arrayContaining(['extortion', 'platform_complaint']));
    expect(a.causes[0]?.cause).toBe('extortion');
  });
});
