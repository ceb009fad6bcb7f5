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
      // Page text must never become HTML in extension UI: no HTML sinks (reading outerHTML is fine).
      'no-restricted-syntax': ['error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text is text: use textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is text.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is text.' }],
    },
  },
  // Tests build their fixtures from HTML strings on purpose.
  { files: ['tests/**'], rules: { 'no-restricted-syntax': 'off' } },
);
