// IndexedDB for Dexie in unit and component tests; each test file gets a fresh one.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The panel loads its analysis chunk lazily; on a loaded 2-core machine that can
// take longer than testing-library's 1 s default for findBy/waitFor.
configure({ asyncUtilTimeout: 10_000 });
