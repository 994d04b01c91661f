import Dexie, { type Table } from 'dexie';
import type { CaseEvent, CaseRecord, PageRecord, Settings } from './schema';
// Versions 3–9 live beside the upgrade code they run.
import { defineCaseVersions } from './upgrade';

export class DefuseDB extends Dexie {
  cases!: Table<CaseRecord, string>;
  log!: Table<CaseEvent, string>;
  pages!: Table<PageRecord, number>;
  settings!: Table<Settings, string>;

  constructor(name = 'defuse') {
    super(name);
    // Add a new version() for any schema change; never edit a shipped one.
    this.version(1).stores({
      cases: 'id, [site+externalId], site, kind, status, createdAt, updatedAt',
      events: '++id, caseId, at, type',
      pages: 'tabId, windowId, lastActiveAt',
    });
    this.version(2).stores({ settings: 'key' });
    defineCaseVersions(this);
  }
}
