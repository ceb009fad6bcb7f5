// A small hand-made report for storage and UI tests. Offsets are computed from the text, so a fixture edit
// cannot leave a span pointing at the wrong words.
import { REPORT_SCHEMA, type Block, type Report } from '../../../lib/analysis/types';

const BLOCKS: Block[] = [
  { id: 0, kind: 'heading', text: 'Bridge to open in May, mayor says' },
  { id: 1, kind: 'paragraph', text: 'The new bridge will cost $40 million and open on May 3, Mayor Jane Doe said on Monday.' },
  { id: 2, kind: 'paragraph', text: '“We are ready,” Doe said. She added that traffic would fall by 20%.' },
  { id: 3, kind: 'list-item', text: 'Costs rose 10% since 2024.' },
  { id: 4, kind: 'paragraph', text: 'The new bridge will cost $40 million and open on May 3, Mayor Jane Doe said on Monday.' },
  { id: 5, kind: 'paragraph', text: 'A resident said the bridge was long overdue.' },
];

/** [start, end) of `part` in block `block` (its first occurrence, or the nth with `nth`). */
export function spanOf(blocks: Block[], block: number, part: string, nth = 0): { block: number; start: number; end: number } {
  const text = blocks[block]!.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in block ${block}`);
  return { block, start, end: start + part.length };
}

export interface SampleOptions {
  url?: string | null;
  title?: string;
  siteName?: string | null;
  /** Replaces the text of the first direct quote (and the block around it), e.g. with hostile markup. */
  quote?: string;
  lang?: string;
}

export function sampleReport(options: SampleOptions = {}): Report {
  const quote = options.quote ?? 'We are ready,';
  const blocks = BLOCKS.map((b) => (b.id === 2 ? { ...b, text: b.text.replace('We are ready,', quote) } : { ...b }));
  const sentence = (id: number, block: number, part: string) => ({ id, ...spanOf(blocks, block, part), text: part });
  const sentences = [
    sentence(0, 0, blocks[0]!.text),
    sentence(1, 1, blocks[1]!.text),
    sentence(2, 2, `“${quote}” Doe said.`),
    sentence(3, 2, 'She added that traffic would fall by 20%.'),
    sentence(4, 3, blocks[3]!.text),
    sentence(5, 4, blocks[4]!.text),
    sentence(6, 5, blocks[5]!.text),
  ];
  return {
    schema: REPORT_SCHEMA,
    article: {
      url: options.url === undefined ? 'https://news.example.com/bridge' : options.url,
      title: options.title ?? 'Bridge to open in May',
      byline: 'A. Reporter',
      siteName: options.siteName === undefined ? 'Example News' : options.siteName,
      lang: options.lang ?? 'en',
      publishedTime: '2026-05-01T08:00:00Z',
      excerpt: null,
      textLength: blocks.reduce((n, b) => n + b.text.length, 0),
    },
    blocks,
    sentences,
    claims: [
      { sentence: 1, text: sentences[1]!.text, score: 0.92, reasons: ['money', 'date', 'attributed'] },
      { sentence: 3, text: sentences[3]!.text, score: 0.71, reasons: ['percentage', 'attributed'] },
    ],
    speakers: [
      { id: 's1', name: 'Jane Doe', aliases: ['Doe', 'Mayor Jane Doe'], roles: ['Mayor'], kind: 'person' },
      { id: 's2', name: 'a resident', aliases: [], roles: [], kind: 'unnamed' },
    ],
    quotes: [
      { ...spanOf(blocks, 2, quote), text: quote, speaker: 's1', kind: 'direct', cue: 'said' },
      { ...spanOf(blocks, 2, 'traffic would fall by 20%'), text: 'traffic would fall by 20%', speaker: 's1', kind: 'indirect', cue: 'added' },
      { ...spanOf(blocks, 5, 'the bridge was long overdue'), text: 'the bridge was long overdue', speaker: 's2', kind: 'indirect', cue: 'said' },
      { ...spanOf(blocks, 1, 'open on May 3'), text: 'open on May 3', speaker: null, kind: 'indirect', cue: null },
    ],
    mentions: [
      { ...spanOf(blocks, 1, 'Jane Doe'), speaker: 's1' },
      { ...spanOf(blocks, 2, 'Doe'), speaker: 's1' },
      { ...spanOf(blocks, 2, 'She'), speaker: 's1' },
    ],
    repeats: [{ block: 4, of: 1, similarity: 1, text: blocks[4]!.text }],
    keyPoints: [
      { text: sentences[1]!.text, source: 'extracted', block: 1, sentence: 1 },
      { text: blocks[3]!.text, source: 'extracted', block: 3 },
    ],
    timingsMs: { extract: 3, analyze: 2 },
  };
}
