// What the library database holds. An article keeps its whole Report, so the library can show everything
// offline; highlights are the painted spans one by one, anchored with W3C selectors so they can be exported
// (and re-attached to the text) without re-running the analysis.
import type { ClaimReason, QuoteKind, Report } from '../analysis/types';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors-for';

export interface ArticleRecord {
  /** Auto-increment key. */
  id: number;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** ms since epoch: when this URL was first saved. */
  savedAt: number;
  /** ms since epoch: when it was last saved (a later save replaces the report). */
  updatedAt: number;
  report: Report;
  /**
   * True for an article created only to hold the reader's own highlights (the page was never analysed and
   * saved): its report has the metadata and no analysis until the page is saved. Added in schema v2.
   */
  userOnly?: boolean;
}

/** One painted thing on the page; 'user' is a passage the reader highlighted (schema v2). */
export type HighlightKind = 'claim' | 'quote' | 'mention' | 'repeat' | 'key-point' | 'user';

/** The kinds a report produces; a later save of the page replaces these and keeps the reader's own ('user'). */
export const REPORT_KINDS: readonly HighlightKind[] = ['claim', 'quote', 'mention', 'repeat', 'key-point'];

export interface HighlightRecord {
  /** Auto-increment key. */
  id: number;
  articleId: number;
  kind: HighlightKind;
  /** The span's text, as the report gives it. */
  text: string;
  /**
   * Where the span is in the report: block id and offsets into that block's text. A 'user' highlight that does
   * not lie inside one block of the saved report (the page was never analysed, or the selection crosses
   * blocks) has block -1, and start/end are then the TextPositionSelector's offsets into the article text.
   */
  block: number;
  start: number;
  end: number;
  /** Offsets and context in the article text: blocks' text joined with "\n\n" (lib/anchoring). */
  quoteSelector: TextQuoteSelector;
  positionSelector: TextPositionSelector;
  speakerId: string | null;
  speakerName: string | null;
  /** Claims: why the sentence is check-worthy. */
  reasons?: ClaimReason[];
  /** Quotes: direct or reported speech. */
  quoteKind?: QuoteKind;
  /** Repeats: the block this one repeats. */
  repeatOf?: number;
  /** The reader's own highlights ('user'): their note, if they wrote one. */
  note?: string;
  /** The reader's own highlights: ms since epoch, when made and when the note last changed. */
  createdAt?: number;
  updatedAt?: number;
}

/** A 'user' highlight: the reader's own, with both times always set. */
export type UserHighlightRecord = HighlightRecord & { kind: 'user'; createdAt: number; updatedAt: number };

/** A highlight row before the database gives it an id. */
export type NewHighlight = Omit<HighlightRecord, 'id'>;
