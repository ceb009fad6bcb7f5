import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, DOM and storage tests. They run in Node; a file that needs a DOM says so with
// `// @vitest-environment happy-dom` (or jsdom). Browser tests live in tests/e2e and have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
