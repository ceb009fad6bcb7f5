// Sites the reader made "run automatically": when a tab on one of them finishes loading, and the host
// permission the reader granted for it is still there, Factmark runs without a click.
import { browser } from 'wxt/browser';
import { loadSettings, siteOf, sitePermissionPattern } from '../settings';

export async function shouldAutoRun(url: string | undefined): Promise<boolean> {
  const site = url ? siteOf(url) : null;
  if (!site) return false;
  const { autoRunSites } = await loadSettings();
  if (!autoRunSites.includes(site)) return false;
  return browser.permissions.contains({ origins: [sitePermissionPattern(site)] });
}
