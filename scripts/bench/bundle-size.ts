// The content script's size as shipped: every file under content-scripts/, raw and gzip -9 (what a store
// download and the browser's parse both scale with).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function contentScriptSize(buildDir: string): ScriptSize[] {
  const dir = path.join(buildDir, 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const body = readFileSync(path.join(dir, f));
      return { file: `content-scripts/${f}`, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    });
}
