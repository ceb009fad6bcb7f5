// The e2e helpers never skip: a missing browser is an error that says how to install it.
import { BROWSERS, findBrowser, installCommand, type BrowserName } from '../../../scripts/ensure-browsers.mjs';
import { existsSync } from 'node:fs';

export function requireBrowser(name: BrowserName): string {
  const executable = findBrowser(name);
  if (!executable) {
    const spec = BROWSERS[name];
    throw new Error(
      `${spec.label} is not installed (looked for ${process.env[spec.env] || spec.path}). ` +
        `Run "node scripts/ensure-browsers.mjs --install ${name}" or: ${installCommand(spec.packages)}`,
    );
  }
  return executable;
}

export function requireBuild(dir: string, command: string): string {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No extension build in ${dir}. Run "${command}" first.`);
  }
  return dir;
}
