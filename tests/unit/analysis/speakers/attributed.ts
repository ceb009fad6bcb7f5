// Test helper: attribution of a few paragraphs, with lookups by quote text.
import { attributeQuotes } from '../../../../lib/analysis/speakers/attribute-quotes';
import type { Block, Mention, Quote, Speaker } from '../../../../lib/analysis/types';
import { blocksOf, sentencesOf } from './local-sentences';

export interface Attributed {
  speakers: Speaker[];
  quotes: Quote[];
  mentions: Mention[];
  blocks: Block[];
  /** The quote whose text contains `snippet` (of that kind, if given). */
  quote(snippet: string, kind?: 'direct' | 'indirect'): Quote | undefined;
  /** Name of that quote's speaker: null when unattributed, undefined when there is no such quote. */
  speakerOf(snippet: string, kind?: 'direct' | 'indirect'): string | null | undefined;
  /** The speaker with this name or alias. */
  speaker(name: string): Speaker | undefined;
  /** Each mention as "text=speaker name", in reading order. */
  painted(): string[];
}

export function attributed(...paragraphs: string[]): Attributed {
  const blocks = blocksOf(...paragraphs);
  const { speakers, quotes, mentions } = attributeQuotes(blocks, sentencesOf(blocks));
  const nameOf = (id: string | null): string | null => (id === null ? null : speakers.find((s) => s.id === id)?.name ?? null);
  const quote = (snippet: string, kind?: 'direct' | 'indirect'): Quote | undefined =>
    quotes.find((q) => q.text.includes(snippet) && (!kind || q.kind === kind));
  return {
    speakers, quotes, mentions, blocks, quote,
    speakerOf: (snippet, kind) => {
      const q = quote(snippet, kind);
      return q === undefined ? undefined : nameOf(q.speaker);
    },
    speaker: (name) => speakers.find((s) => s.name === name || s.aliases.includes(name)),
    painted: () => mentions.map((m) => `${blocks[m.block]?.text.slice(m.start, m.end) ?? ''}=${nameOf(m.speaker) ?? ''}`),
  };
}
