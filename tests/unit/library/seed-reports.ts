// The two seed articles analysed as the extension would (plain text -> report), for the cross-article tests.
// Loaded from ../shared at test time, never copied into the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../../lib/analysis/types';
import { reportForText } from '../../../lib/report/analyze-article';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
export const SEED_FILES = ['000_38bd7e3bd0a3190e.txt', '001_db495df2c14ce8e8.txt'] as const;

export interface CrossArticleGold {
  sameSpeakers: Array<[string, string]>;
  sameClaims: Array<[string, string]>;
  roleDisagreements: Array<{ speaker: string; roles: string[] }>;
}

export function crossArticleGold(): CrossArticleGold {
  return (JSON.parse(readFileSync(path.join(SEEDS, 'gold.json'), 'utf8')) as { crossArticle: CrossArticleGold }).crossArticle;
}

let cached: Report[] | undefined;
export function seedReports(): Report[] {
  cached ??= SEED_FILES.map((file, i) =>
    reportForText(readFileSync(path.join(SEEDS, file), 'utf8'), { url: `https://seeds.example/${i}`, title: `Seed ${i}` })!,
  );
  return cached;
}

/** Gold snippets are exact once curly quotes are straightened and whitespace collapsed (seeds/README.md). */
export function normalize(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}
