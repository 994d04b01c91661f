// User Timing marks the bench reads (tests/tools/bench-db.ts); they cost nothing
// otherwise, and an environment without the API (tests) just skips them.
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no User Timing */
  }
}

export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* no User Timing */
  }
}
