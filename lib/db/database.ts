import Dexie, { type Table } from 'dexie';
import type { CaseEvent, CaseRecord, PageRecord, Settings } from './schema';
import type { UserTemplate } from '../templates/schema';
import type { SavedScenario } from '../practice/saved';
// Versions 3–9 live beside the upgrade code they run.
import { CASES_V3, defineCaseVersions } from './upgrade';

export class DefuseDB extends Dexie {
  cases!: Table<CaseRecord, string>;
  log!: Table<CaseEvent, string>;
  pages!: Table<PageRecord, number>;
  settings!: Table<Settings, string>;
  templates!: Table<UserTemplate, string>;
  scenarios!: Table<SavedScenario, string>;

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
    // 10: the agent's own reply templates (lib/templates); a new table, no upgrade.
    this.version(10).stores({ templates: 'id, stage, platform, language, updatedAt' });
    // 11: closed cases kept as anonymised practice scenarios (lib/practice); a new table.
    this.version(11).stores({ scenarios: 'id, createdAt' });
    // 12: deadlines by kind, so the background counts and refreshes them in the index
    // instead of reading every case with a passed deadline each minute. No data changes.
    this.version(12).stores({ cases: `${CASES_V3}, [dueKind+dueAt]` });
  }
}
