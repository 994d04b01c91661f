// Defined (as true) in content-script builds only: see NO_TEST_URLS in lib/sites/define.ts.
declare const __DEFUSE_CONTENT__: true | undefined;
