import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never become HTML in extension UI.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Page text is text: use textContent.' },
        { property: 'outerHTML', message: 'Page text is text: use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Page text is text.' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is text.' }],
    },
  },
);
