import { isOpenStatus, type CaseRecord } from '../db/schema';
import { CAUSES, type Cause } from '../analysis/types';

export interface CaseStats {
  total: number;
  open: number;
  closed: number;
  byCause: { cause: Cause; count: number }[];
  bySite: Record<string, number>;
  extortion: number;
}

export function caseStats(cases: readonly CaseRecord[]): CaseStats {
  const byCause = new Map<Cause, number>(CAUSES.map((c) => [c, 0]));
  const bySite: Record<string, number> = {};
  let open = 0;
  let extortion = 0;
  for (const c of cases) {
    if (isOpenStatus(c.status)) open++;
    const top = c.causes[0];
    if (top) byCause.set(top, (byCause.get(top) ?? 0) + 1);
    bySite[c.site] = (bySite[c.site] ?? 0) + 1;
    if (c.flags.includes('extortion')) extortion++;
  }
  return {
    total: cases.length,
    open,
    closed: cases.length - open,
    byCause: [...byCause].map(([cause, count]) => ({ cause, count })).filter((x) => x.count > 0),
    bySite,
    extortion,
  };
}
