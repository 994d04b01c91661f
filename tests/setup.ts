// IndexedDB for Dexie in unit and component tests; each test file gets a fresh one.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The panel loads the analysis chunk lazily; on a loaded machine its first import takes more than
// the default second, so findBy* queries wait up to five.
configure({ asyncUtilTimeout: 5000 });
