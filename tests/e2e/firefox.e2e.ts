// Factmark in Debian Firefox ESR (puppeteer-core over WebDriver BiDi). Firefox starts Factmark through a site
// the reader made "run automatically" in the options page; see support/firefox-driver.ts.
import { createFirefoxDriver } from './support/firefox-driver';
import { defineFactmarkSuite } from './support/factmark-suite';
import { defineLibrarySuite } from './support/library-suite';
import { defineMemorySuite } from './support/memory-suite';

defineFactmarkSuite({
  name: 'firefox',
  createDriver: createFirefoxDriver,
  // With the test profile's preferences Firefox makes no request of its own (checked with no extension loaded).
  browserServiceHosts: [],
});

// Saved highlights on a revisit of a changed page, the reader's own highlights, the badge (issue 6).
defineMemorySuite({ name: 'firefox', createDriver: createFirefoxDriver, browserServiceHosts: [] });

// The library: search, the links between the two seeds, export and import (issue 6).
defineLibrarySuite({ name: 'firefox', createDriver: createFirefoxDriver });
