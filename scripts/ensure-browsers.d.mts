// Types for the dependency-free ensure-browsers.mjs, which the e2e helpers and the demo import.
export type BrowserName = 'chromium' | 'firefox';
export interface BrowserSpec {
  label: string;
  env: string;
  path: string;
  packages: string[];
}
export const BROWSERS: Record<BrowserName, BrowserSpec>;
export function findBrowser(name: BrowserName): string | null;
export function installCommand(packages: string[]): string;
