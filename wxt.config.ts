import { defineConfig } from 'wxt';

// Hosts come from one list so that the manifest, the content script and the
// adapters cannot drift apart.
import { CONTENT_MATCHES } from './lib/sites/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Defuse — 差评化解助手',
    description:
      'Turns a bad review or an angry buyer into a resolved case, inside the seller centre. Runs entirely on your machine.',
    // No "tabs" or "storage": the host permissions already reveal seller tabs'
    // URLs and titles (and nothing else), and IndexedDB needs no permission.
    // sidePanel is Chrome's; Firefox gets a sidebar_action from the sidepanel entrypoint.
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: 'Open Defuse' },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'defuse@defuse.local', strict_min_version: '115.0' } }
        : undefined,
  }),
});
