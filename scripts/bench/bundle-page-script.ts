// Bundles one of the bench's page scripts (page/probes.ts, page/floors.ts) into one IIFE string to evaluate in an article page's main
// world. It uses Readability and Factmark's own painter; `wxt/browser` (pulled in through lib/settings for the
// default colours) is replaced by an empty module, since a web page has no extension API.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** "probes" is installed before every page's own scripts; "floors" is evaluated when the floors are measured. */
export async function bundlePageScript(name: 'probes' | 'floors'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, `page/${name}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-extension-api',
        setup(b) {
          b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'bench-stub' }));
          b.onLoad({ filter: /.*/, namespace: 'bench-stub' }, () => ({ contents: 'export const browser = undefined;', loader: 'js' }));
        },
      },
    ],
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no page script');
  return file.text;
}
