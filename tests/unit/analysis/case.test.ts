// Threads invented for these tests.
import { describe, expect, it } from 'vitest';
import { analyze, readCase, type ThreadMessage } from '../../../lib/analysis';

const buyer = (text: string, at?: string): ThreadMessage => ({ from: 'buyer', text, at });
const seller = (text: string, at?: string): ThreadMessage => ({ from: 'seller', text, at });

// 2026-12-01 is a Tuesday.
const TUE = '2026-12-01T09:00:00Z';

describe('readCase', () => {
  it('reads evidence, fault, order, remedy asked and the seller side of a Chinese thread', () => {
    const f = readCase(
      [
        buyer('收到的杯子裂了，照片已经发给你们了，订单号 2026113012345678901', TUE),
        seller('非常抱歉，麻烦您提供一下收货地址，我们给您补发', TUE),
        buyer('我要换一个新的，明天之前给我答复', TUE),
      ],
      TUE,
    );
    expect(f.evidenceSent).toBe(true);
    expect(f.faultDescribed).toBe(true);
    expect(f.orderGiven).toBe(true);
    expect(f.sellerReplied).toBe(true);
    expect(f.sellerAsked).toEqual(['address']);
    expect(f.remedyAsked).toEqual(['replacement']);
    expect(f.deadline).toEqual({ iso: '2026-12-02', text: '明天之前' });
  });

  it('reads an English thread: refund granted, photo asked, deadline by Friday, a gift', () => {
    const f = readCase([
      buyer(
        'The mug arrived broken. It was a birthday gift for my mum. I want a refund by Friday.',
        TUE,
      ),
      seller('So sorry! We have refunded you in full. Could you send us a photo of the box?', TUE),
    ]);
    expect(f.remedyAsked).toEqual(['refund']);
    expect(f.remedyGranted).toEqual(['refund']);
    expect(f.sellerAsked).toEqual(['photo']);
    expect(f.deadline).toEqual({ iso: '2026-12-04', text: 'by Friday' });
    expect(f.urgency?.reason).toBe('gift');
    expect(f.evidenceSent).toBe(false);
  });

  it('reads deadlines relative to the time of their own message', () => {
    const at = (text: string): string | undefined => readCase([buyer(text, TUE)]).deadline?.iso;
    expect(at('请在三天内处理')).toBe('2026-12-04');
    expect(at('12月10日前必须退款')).toBe('2026-12-10');
    expect(at('下周一之前給我回覆')).toBe('2026-12-07');
    expect(at('Please fix this within 48 hours.')).toBe('2026-12-03');
    expect(at('I need it by the 20th.')).toBe('2026-12-20');
    expect(at('by tomorrow please')).toBe('2026-12-02');
    expect(at('今天之内不给我退款的话我就投诉')).toBe('2026-12-01');
  });

  it('does not read bare numbers or vague words as deadlines', () => {
    for (const text of ['maybe 20', '我买了20个', 'it took 3 days to arrive', '等了好几天'])
      expect(readCase([buyer(text, TUE)]).deadline).toBeUndefined();
  });

  it('keeps negated remedies out and lists remedies strongest first', () => {
    expect(readCase([buyer('不用退款，补发一个配件就好')]).remedyAsked).toEqual(['reship']);
    expect(
      readCase([buyer('Either repair it or give me a partial refund, or a full refund.')])
        .remedyAsked,
    ).toEqual(['refund', 'partial_refund', 'repair']);
  });

  it('needs an urgency marker for a child, not a mere mention', () => {
    expect(readCase([buyer('孩子等着用，急死了')]).urgency?.reason).toBe('child');
    expect(readCase([buyer('My kid loves it but the handle broke')]).urgency).toBeUndefined();
  });

  it('is part of analyze when the thread is given, reading the buyer messages as the text', () => {
    const messages = [
      buyer('The lamp stopped working after a day, photos attached.', TUE),
      seller('Sorry!', TUE),
    ];
    const a = analyze('', { messages });
    expect(a.causes[0]?.cause).toBe('quality');
    expect(a.case?.evidenceSent).toBe(true);
    expect(a.case?.sellerReplied).toBe(true);
  });

  it('survives hostile input', () => {
    expect(() => readCase([{ from: 'buyer', text: undefined as unknown as string }])).not.toThrow();
    expect(readCase([]).sellerReplied).toBe(false);
  });
});
