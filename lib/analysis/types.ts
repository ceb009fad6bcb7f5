// The analysis report: one shape for the content script, the popup, storage and the command line.
// It follows ../shared/docs/analysis-report.md ("factmark.analysis/1"). Extend it; never rename or drop a field.
// Offsets (start/end) are UTF-16 code-unit offsets into the text of the block they name.

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

export interface Block {
  id: number;
  kind: BlockKind;
  text: string;
}

export interface Sentence {
  id: number;
  block: number;
  start: number;
  end: number;
  text: string;
}

export type ClaimReason =
  | 'quantity'
  | 'percentage'
  | 'money'
  | 'date'
  | 'comparison'
  | 'decision'
  | 'cause'
  | 'attributed'
  | 'source';

export interface Claim {
  sentence: number;
  text: string;
  score: number;
  reasons: ClaimReason[];
}

export type SpeakerKind = 'person' | 'organization' | 'unnamed';

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  kind: SpeakerKind;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote {
  block: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  kind: QuoteKind;
  cue: string | null;
}

/** A place in the text that names a speaker ("Lavrov", "the minister", "she"). An extension of the contract. */
export interface Mention {
  block: number;
  start: number;
  end: number;
  speaker: string;
}

/**
 * A block (or, with start/end, a passage inside a block) that repeats earlier text.
 * Without start/end the whole block is the repeat.
 */
export interface Repeat {
  block: number;
  of: number;
  similarity: number;
  text: string;
  start?: number;
  end?: number;
}

export type KeyPointSource = 'article' | 'extracted';

export interface KeyPoint {
  text: string;
  source: KeyPointSource;
  block: number;
  /** The sentence it comes from, when it is one (extracted points, or an article list item). */
  sentence?: number;
}

/** What lib/analysis computes from blocks of plain text. */
export interface Analysis {
  blocks: Block[];
  sentences: Sentence[];
  claims: Claim[];
  speakers: Speaker[];
  quotes: Quote[];
  mentions: Mention[];
  repeats: Repeat[];
  keyPoints: KeyPoint[];
}

export interface ArticleMeta {
  url: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  textLength: number;
}

export const REPORT_SCHEMA = 'factmark.analysis/1';

export interface Report extends Analysis {
  schema: typeof REPORT_SCHEMA;
  article: ArticleMeta;
  timingsMs: { extract: number; analyze: number; [stage: string]: number };
}
