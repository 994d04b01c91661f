// The blind15 set (lint15, 2026-12-03): its shape, and its tuning half held to issue 8's targets. The
// probes of the kinds its tuning half showed are in lint-tone15.test.ts.
import { describeBlindSet } from './blind-set-checks';
import { BLIND15_SET } from './lint-set-blind15';

describeBlindSet('blind15', BLIND15_SET, { min: 180, perLabel: 10 });
