// The pages a bench run covers: any folder laid out like ../shared/corpus, one sub-folder per page holding a
// source.html. A folder of such folders (the shared corpus has readability/ and aeb/) is walked one level down.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CorpusPage {
  /** "readability/rtl-1", "aeb/cnn.com-d605bdef", or the bare folder name for a flat corpus. */
  id: string;
  file: string;
  bytes: number;
  /** From the corpus metadata where it exists (Readability's expected-metadata.json). */
  readerable: boolean | null;
  lang: string | null;
}

function pageAt(dir: string, id: string): CorpusPage | null {
  const file = path.join(dir, 'source.html');
  if (!existsSync(file)) return null;
  let readerable: boolean | null = null;
  let lang: string | null = null;
  const metaFile = path.join(dir, 'expected-metadata.json');
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: boolean; lang?: string | null };
    readerable = typeof meta.readerable === 'boolean' ? meta.readerable : null;
    lang = meta.lang ?? null;
  }
  return { id, file, bytes: statSync(file).size, readerable, lang };
}

function subfolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Every page under `root`: root/<page>/source.html, or root/<set>/<page>/source.html. */
export function listCorpus(root: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const name of subfolders(root)) {
    const dir = path.join(root, name);
    const page = pageAt(dir, name);
    if (page) {
      pages.push(page);
      continue;
    }
    for (const inner of subfolders(dir)) {
      const p = pageAt(path.join(dir, inner), `${name}/${inner}`);
      if (p) pages.push(p);
    }
  }
  return pages;
}

/**
 * `count` pages spread evenly over the list (every k-th), so a sample covers both sets and every size rather
 * than the first folder alphabetically.
 */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(items[Math.floor((i * items.length) / count)]!);
  return out;
}
