// The seed articles and their gold, loaded from ../shared (never copied into the repository).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textToBlocks } from '../../../lib/analysis/text-to-blocks';
import { splitSentences } from '../../../lib/analysis/sentences';
import type { Block, Sentence } from '../../../lib/analysis/types';

export const SEEDS_DIR = path.resolve(process.cwd(), '../shared/seeds');
export const SEED_000 = '000_38bd7e3bd0a3190e.txt';
export const SEED_001 = '001_db495df2c14ce8e8.txt';

export interface SeedGold {
  keyPoints: { source: string; items?: string[]; reference?: string[] };
  headings: string[];
  boilerplate: string[];
  claims: { mustFlag: string[]; mustNotFlag: string[] };
  repeats: { firstCopyLines?: [number, number]; repeatLines?: [number, number] }[];
}

export interface Seed {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  gold: SeedGold;
}

export function loadSeed(file: string): Seed {
  const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
  const gold = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'gold.json'), 'utf8')) as {
    articles: Record<string, SeedGold>;
  };
  const blocks = textToBlocks(text);
  const article = gold.articles[file];
  if (!article) throw new Error(`no gold for ${file}`);
  return { text, blocks, sentences: splitSentences(blocks), gold: article };
}

/** Gold snippets are compared after folding curly quotes and collapsing whitespace. */
export const fold = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** The sentences (in any copy) that contain or are contained in a gold snippet. */
export function sentencesMatching(seed: Seed, snippet: string): Sentence[] {
  const needle = fold(snippet);
  return seed.sentences.filter((s) => {
    const hay = fold(s.text);
    return hay.includes(needle) || needle.includes(hay);
  });
}
