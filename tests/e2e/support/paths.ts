// Where the e2e tests find the built extension, the pages they serve and where they write screenshots.
// Everything resolves from the repository root so the tests run from any working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The seed pages are shared material beside the repository, never copied into it. */
export const SEED_PAGES_DIR = path.resolve(REPO_ROOT, '../shared/seeds/pages');
export const GOLD_PATH = path.resolve(REPO_ROOT, '../shared/seeds/gold.json');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');
/** E2E_OUTPUT_DIR tests another build, e.g. one made with an outDir override while .output is being rebuilt. */
const OUTPUT_DIR = process.env.E2E_OUTPUT_DIR ? path.resolve(process.env.E2E_OUTPUT_DIR) : path.join(REPO_ROOT, '.output');
export const CHROME_BUILD = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = path.join(OUTPUT_DIR, 'firefox-mv3');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results/e2e');
/** Browser profiles live under test-results so a failed run leaves them for inspection and git ignores them. */
export const PROFILES_DIR = path.join(REPO_ROOT, 'test-results/e2e-profiles');
