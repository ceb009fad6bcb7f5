// What every end-to-end suite holds for its lifetime: a server for its pages, a counting proxy in front of
// everything the browser fetches (so a request the extension makes is seen, not just not answered), and the
// browser itself with the built extension on a fresh profile. One place starts and stops them, in that order.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startCountingProxy, type CountingProxy } from './counting-proxy';
import type { BrowserName, DriverOptions, FactmarkDriver } from './driver';
import { PROFILES_DIR, RESULTS_DIR } from './paths';

interface Server {
  origin: string;
  close(): Promise<void>;
}

export interface BrowserSession<S extends Server> {
  readonly server: S;
  readonly proxy: CountingProxy;
  readonly driver: FactmarkDriver;
  /** test-results/e2e/<browser>/, where the suite's screenshots go. */
  readonly resultsDir: string;
}

export interface BrowserSessionOptions<S extends Server> {
  name: BrowserName;
  /** Names the suite's own profile folder, so suites never share browser state. */
  profile: string;
  createDriver: (options: DriverOptions) => Promise<FactmarkDriver>;
  startServer: () => Promise<S>;
}

/** Registers the suite's beforeAll/afterAll; the returned fields are usable inside tests and later hooks. */
export function useBrowserSession<S extends Server>({ name, profile, createDriver, startServer }: BrowserSessionOptions<S>): BrowserSession<S> {
  let server: S | undefined;
  let proxy: CountingProxy | undefined;
  let driver: FactmarkDriver | undefined;
  const resultsDir = path.join(RESULTS_DIR, name);
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is used before the suite's beforeAll started it`);
    return value;
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    const profileDir = path.join(PROFILES_DIR, profile);
    rmSync(profileDir, { recursive: true, force: true });
    server = await startServer();
    proxy = await startCountingProxy([server.origin]);
    driver = await createDriver({ profileDir, proxyPort: proxy.port });
  });

  afterAll(async () => {
    await driver?.close().catch(() => undefined);
    await proxy?.close();
    await server?.close();
  });

  return {
    get server() {
      return started(server, 'page server');
    },
    get proxy() {
      return started(proxy, 'counting proxy');
    },
    get driver() {
      return started(driver, 'browser');
    },
    resultsDir,
  };
}
