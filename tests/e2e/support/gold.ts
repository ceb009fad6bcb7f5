// The hand-made reference for the seed articles (../shared/seeds/gold.json), read at test time, never copied.
import { readFileSync } from 'node:fs';
import { GOLD_PATH } from './paths';

interface Gold {
  articles: Record<string, { keyPoints: { source: string; items?: string[] } }>;
}

const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold;

/** The article's own key-point list for a seed text file name ("000_38bd7e3bd0a3190e.txt"). */
export function goldKeyPoints(seedFile: string): string[] {
  const items = gold.articles[seedFile]?.keyPoints.items;
  if (!items) throw new Error(`gold.json has no key-point list for ${seedFile}`);
  return items;
}

/** The gold file's comparison rule: curly quotes folded to straight ones, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
