import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions, and why each is needed (the README lists them too):
// - activeTab + scripting: the toolbar button or shortcut grants access to the current tab only, and the
//   content script is injected then, not on every page the reader visits.
// - storage: reader settings (sites that run automatically, auto-save, highlight kinds, colours).
// - contextMenus: one item, "Highlight with Factmark", on selected text: saves the reader's own highlight. Its
//   click grants activeTab like the toolbar button; no host access comes with it.
// - optional host permissions: asked for one site at a time, when the reader makes it "run automatically".
export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Factmark',
    description:
      'Marks claims, speakers and repeated sections on the news article you read. Everything stays on your device.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Factmark this article (Alt+Shift+F)' },
    commands: {
      'toggle-factmark': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Mark up the article on this page, or remove the marks',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Save the selected text as your highlight, with a note',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'factmark@factmark.example',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The content script is injected on demand (activeTab), so it needs no host permission. WXT adds a
    // runtime-registered script's matches to host_permissions; remove them so nothing is granted at install.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.host_permissions;
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  zip: { excludeSources: ['.output/**', 'test-results/**', 'coverage/**'] },
  vite: () => ({ plugins: [preact()] }),
});
