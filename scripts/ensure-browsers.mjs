#!/usr/bin/env node
// Makes sure the browsers the e2e tests and the demo drive are installed: Debian's chromium and firefox-esr.
// Dependency-free on purpose: `npm start` and `npm test` run it before `npm install`.
//
//   node scripts/ensure-browsers.mjs                      check both, print versions, exit 1 if one is missing
//   node scripts/ensure-browsers.mjs --install [chromium|firefox …]   install what is missing with apt-get
//
// CHROMIUM_PATH / FIREFOX_PATH point at another binary. Nothing is ever skipped silently: a browser that is
// missing and cannot be installed here ends the run with exit code 1 and the exact command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {{ label: string, env: string, path: string, packages: string[] }} BrowserSpec */

/** @type {Record<'chromium' | 'firefox', BrowserSpec>} */
export const BROWSERS = {
  chromium: { label: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', packages: ['chromium'] },
  firefox: { label: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
};

/**
 * The executable to launch for a browser, or null when it is not installed.
 * @param {'chromium' | 'firefox'} name
 */
export function findBrowser(name) {
  const spec = BROWSERS[name];
  const candidate = process.env[spec.env] || spec.path;
  return isExecutable(candidate) ? candidate : null;
}

/** @param {string[]} packages */
export function installCommand(packages) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
}

/** How to run apt-get here: directly as root, through passwordless sudo, or not at all. */
function aptPrefix() {
  if (!isExecutable('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  // -n: never prompt; CI has no stdin and a prompt would hang the run.
  if (run('sudo', ['-n', 'true']).status === 0) return ['sudo', '-n'];
  return null;
}

/** True when apt knows an installable version of every package (otherwise the lists need `apt-get update`). */
function hasCandidates(packages) {
  const out = run('apt-cache', ['policy', ...packages]).stdout ?? '';
  const candidates = [...out.matchAll(/^\s*Candidate:\s*(\S+)/gm)].map((m) => m[1]);
  return candidates.length === packages.length && candidates.every((v) => v !== '(none)');
}

/**
 * @param {string[]} prefix
 * @param {string[]} args
 */
function apt(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  console.log(`$ ${[command, ...rest].join(' ')}`);
  const started = Date.now();
  const result = run(command, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s, exit ${result.status})`);
  return result.status === 0;
}

/** @param {string} executable */
function versionOf(executable) {
  // Debian's chromium wrapper prints shell noise on stderr ("[: … unexpected operator"); the version is on stdout.
  const result = run(executable, ['--version'], { timeout: 30_000 });
  return (result.stdout ?? '').trim() || `(no version output, exit ${result.status})`;
}

/** @param {string[]} argv */
function main(argv) {
  const install = argv.includes('--install');
  const named = argv.filter((a) => !a.startsWith('--'));
  for (const name of named) {
    if (!(name in BROWSERS)) {
      console.error(`ensure-browsers: unknown browser "${name}" (expected: ${Object.keys(BROWSERS).join(', ')})`);
      return 2;
    }
  }
  const wanted = /** @type {('chromium' | 'firefox')[]} */ (named.length ? named : Object.keys(BROWSERS));

  // A path given in the environment is the user's choice: report it, never paper over it with apt.
  const badEnv = wanted.filter((n) => process.env[BROWSERS[n].env] && !findBrowser(n));
  if (badEnv.length) {
    for (const n of badEnv) console.error(`ensure-browsers: ${BROWSERS[n].env}=${process.env[BROWSERS[n].env]} is not an executable file.`);
    return 1;
  }

  let missing = wanted.filter((n) => !findBrowser(n));
  if (missing.length && install) {
    const packages = missing.flatMap((n) => BROWSERS[n].packages);
    const prefix = aptPrefix();
    if (prefix) {
      console.log(`ensure-browsers: installing ${packages.join(', ')} with apt-get`);
      const ok =
        (hasCandidates(packages) || apt(prefix, ['apt-get', 'update'])) &&
        apt(prefix, ['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
      if (!ok) console.error('ensure-browsers: apt-get failed (see its output above).');
      missing = wanted.filter((n) => !findBrowser(n));
    } else {
      console.error('ensure-browsers: cannot install here (needs apt-get, and root or passwordless sudo).');
    }
  }

  for (const n of wanted) {
    const exe = findBrowser(n);
    if (exe) console.log(`${BROWSERS[n].label}: ${versionOf(exe)} (${exe})`);
  }
  if (missing.length) {
    const packages = missing.flatMap((n) => BROWSERS[n].packages);
    console.error(`ensure-browsers: missing ${missing.map((n) => BROWSERS[n].label).join(' and ')}.`);
    console.error(`Install with:\n  ${installCommand(packages)}`);
    console.error(`or point ${missing.map((n) => BROWSERS[n].env).join(' / ')} at an installed binary.`);
    return 1;
  }
  return 0;
}

// Run only as a command, not when the e2e helpers import BROWSERS / findBrowser.
if (process.argv[1] && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
