import { Fragment } from 'react';

/** Marks every occurrence of the evidence words; page text stays text, never HTML. */
export function HighlightedText({ text, marks }: { text: string; marks: string[] }) {
  const words = [...new Set(marks.filter((m) => m.length > 0))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return <>{text}</>;
  const parts: { t: string; hit: boolean }[] = [];
  let i = 0;
  let plain = '';
  const lower = text.toLowerCase();
  const lowered = words.map((w) => w.toLowerCase());
  while (i < text.length) {
    const k = lowered.findIndex((w) => lower.startsWith(w, i));
    if (k >= 0) {
      if (plain) parts.push({ t: plain, hit: false });
      plain = '';
      const len = lowered[k]!.length;
      parts.push({ t: text.slice(i, i + len), hit: true });
      i += len;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) parts.push({ t: plain, hit: false });
  return (
    <>
      {parts.map((p, n) =>
        p.hit ? <mark key={n}>{p.t}</mark> : <Fragment key={n}>{p.t}</Fragment>,
      )}
    </>
  );
}
