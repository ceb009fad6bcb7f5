// Bundles the bench's page script (page/floors.ts) into one IIFE string to evaluate in an article page's main
// world. It uses Readability and Factmark's own painter; `wxt/browser` (pulled in through lib/settings for the
// default colours) is replaced by an empty module, since a web page has no extension API.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function bundlePageScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, 'page/floors.ts')],
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
