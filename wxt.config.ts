import { defineConfig } from 'wxt';

// Host permissions are the sites' own match patterns (lib/sites/index.ts), so
// the manifest, the content scripts and the adapters cannot drift apart.
import { HOST_MATCHES } from './lib/sites/index';
import { commandsFor } from './lib/ui/commands';

// The extension pages (side panel, dashboard) are built together. Rolldown may
// otherwise put code they share with a lazily loaded chunk into one page's
// entry chunk, and loading that chunk runs the other page's render. So shared
// code gets chunks of its own, and the analysis engine one that only the side
// panel loads, on demand. lib/analysis/types.ts and case-facts.ts hold types and
// constants the other pages use too, so they stay in the shared chunk. (Functions, not lookaheads:
// rolldown matches regexes without lookaround.)
const isTextNormaliser = (id: string) =>
  /[\\/]lib[\\/]analysis[\\/](normalize|script-table)\.ts$/.test(id);
const isAnalysis = (id: string) =>
  /[\\/]lib[\\/]analysis[\\/]/.test(id) && !/[\\/](types|case-facts)\.ts$/.test(id);
// Dashboard-only code (exports, charts, the dashboard's components) stays out of
// the shared chunk, so the side panel never loads it.
const isDashboardOnly = (id: string) =>
  /[\\/](components[\\/](Dashboard\.tsx|dashboard[\\/])|lib[\\/](export[\\/]|i18n[\\/](catalog[\\/])?dashboard\.ts$))|node_modules[\\/](papaparse|write-excel-file|uplot|fflate)[\\/]/.test(
    id,
  );
// What the side panel shows after the list (a case, the settings, practice) is
// fetched when first shown (components/lazyViews.tsx): drafts, linter, checklist
// text and templates stay out of the first load. CaseNav is the list's own; the
// playbook's dates, titles and platform rules serve the queue and stay shared.
const isPanelView = (id: string) =>
  (/[\\/]components[\\/]((case|settings|practice)[\\/]|(CaseView|DraftEditor|Checklist|AnalysisPanel|RemedyPicker|HighlightedText|Timeline|CaseNotes|CaseStatus|ItemNotes|PostMortem|SettingsForm)\.tsx$)/.test(
    id,
  ) &&
    !/[\\/]case[\\/]CaseNav\.tsx$/.test(id)) ||
  /[\\/]lib[\\/](drafts|practice)[\\/]|[\\/]lib[\\/](templates[\\/](index|store)|playbook[\\/](index|stages|zh-tw))\.ts$/.test(
    id,
  );
const isShared = (id: string) =>
  /node_modules|[\\/](lib|components)[\\/]/.test(id) &&
  !isAnalysis(id) &&
  !isDashboardOnly(id) &&
  !isPanelView(id);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // WXT fills both the rolldown and the legacy rollup options.
      const build = (config.build ??= {});
      const bundlerOptions = (['rolldownOptions', 'rollupOptions'] as const).map(
        (key) => (build[key] ??= {}) as { output?: unknown; treeshake?: unknown },
      );
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) {
        // A content script uses one or two of lib/messages.ts' schemas: building
        // a zod schema has no side effect, so the ones it never reads are dropped.
        for (const opts of bundlerOptions) opts.treeshake = { manualPureFunctions: ['z'] };
        // The adapters' test URLs are for the tests and the site registry (which the background
        // runs), never read on a page: left out of content scripts only.
        if (entrypoints.every((e) => e.type === 'content-script'))
          config.define = { ...config.define, __DEFUSE_CONTENT__: 'true' };
        return;
      }
      // Groups are formed in priority order and take their modules' dependencies along, so the
      // shared group comes first (it takes types.ts before the analysis group's dependencies could
      // pull it in). The text normaliser is used by both the engine and the drafts' linter: in
      // its own chunk, so loading the engine for the list does not fetch and run the case view
      // (as it did when the views group took it), nor the dashboard's case detail the engine.
      const codeSplitting = {
        groups: [
          { name: 'shared', test: isShared, priority: 4 },
          { name: 'text', test: isTextNormaliser, priority: 3 },
          { name: 'views', test: isPanelView, priority: 2 },
          { name: 'analysis', test: isAnalysis, priority: 1 },
        ],
      };
      for (const opts of bundlerOptions) {
        if (Array.isArray(opts.output)) continue;
        opts.output = { ...(opts.output as object | undefined), codeSplitting };
      }
    },
  },
  srcDir: '.',
  // The sources zip (for addons.mozilla.org's review) holds the code, not a test run's artefacts.
  zip: { excludeSources: ['test-results/**', 'coverage/**'] },
  // Icons live under assets/ (the top level is fixed); tests/tools/gen-icons.ts draws them.
  publicDir: 'assets/public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    // Name, description and command labels in the browser's language (assets/public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    commands: commandsFor(browser),
    // No "tabs" or "storage": the host permissions already reveal seller tabs'
    // URLs and titles (and nothing else), and IndexedDB needs no permission.
    // sidePanel is Chrome's; Firefox gets a sidebar_action from the sidepanel entrypoint.
    // alarms + notifications: deadline reminders and the toolbar badge (issue 10).
    // contextMenus: "send the selected text to Defuse" (the manual path), on any page.
    permissions:
      browser === 'firefox'
        ? ['alarms', 'notifications', 'contextMenus']
        : ['sidePanel', 'alarms', 'notifications', 'contextMenus'],
    host_permissions: HOST_MATCHES,
    // What the code needs: sidePanel.open() from a menu click (116), Element.checkVisibility
    // (105), promise-returning runtime.onMessage listeners and the Navigation API (102).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'defuse@defuse.local',
              // Older Firefox rejects data_collection_permissions (and checkVisibility needs 106).
              strict_min_version: '128.0',
              // Nothing leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
