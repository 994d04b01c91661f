// IndexedDB for Dexie in unit and component tests; each test file gets a fresh one.
import 'fake-indexeddb/auto';
import '@testing-library/react';
