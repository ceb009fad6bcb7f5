// Finds the characters in a text that can open or close a quotation, and which can do which.
// Straight marks (" and ') point both ways, so their neighbours decide: a mark after a space and before a
// letter opens, one after a letter and before a space or punctuation closes. Apostrophes inside or at the edge of
// words ("don’t", "’90s") are not quote marks at all.

export type QuoteFamily = 'double' | 'single';

export interface QuoteMark {
  start: number;
  end: number;
  family: QuoteFamily;
  canOpen: boolean;
  canClose: boolean;
  /** A straight mark (" or '): its direction comes from context only. */
  straight: boolean;
}

/** Word characters on both sides make a mark an apostrophe (don’t, O’Neill). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A digit after a single mark makes it an elision (’90s), not a quotation. */
const DIGIT = /\p{N}/u;
/** Space on the inner side means the mark does not face that way. */
const SPACE = /\s/u;
/** What may stand right before an opening mark: brackets, dashes and slashes as well as spaces. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:]/u;
/** What may stand right after a closing mark: spaces and the punctuation that ends a clause. */
const AFTER_CLOSE = /[\s)\]}.,;:!?\u2014\u2013\-…]/u;

function isOpenContext(prev: string | undefined, next: string | undefined): boolean {
  return next !== undefined && !SPACE.test(next) && (prev === undefined || BEFORE_OPEN.test(prev) || '“‘«"'.includes(prev));
}

function isCloseContext(prev: string | undefined, next: string | undefined): boolean {
  return prev !== undefined && !SPACE.test(prev) && (next === undefined || AFTER_CLOSE.test(next) || '”’»"'.includes(next));
}

function either(start: number, end: number, family: QuoteFamily, prev: string | undefined, next: string | undefined): QuoteMark {
  const canOpen = isOpenContext(prev, next);
  const canClose = isCloseContext(prev, next);
  // Neither context (`a"b`, ` " `): leave it to the pairing, which knows whether a quote is open.
  return canOpen || canClose
    ? { start, end, family, canOpen, canClose, straight: true }
    : { start, end, family, canOpen: true, canClose: true, straight: true };
}

/** Every quote mark in the text, in order. */
export function findQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    switch (c) {
      case '“': case '„': case '‟': case '«':
        // A curly opener after a word and before a space is a mistyped closer (seen on news sites).
        marks.push(isCloseContext(prev, text[i + 1]) && !isOpenContext(prev, text[i + 1])
          ? { start: i, end: i + 1, family: 'double', canOpen: false, canClose: true, straight: false }
          : { start: i, end: i + 1, family: 'double', canOpen: true, canClose: false, straight: false });
        break;
      case '”': case '»':
        marks.push(isOpenContext(prev, text[i + 1]) && !isCloseContext(prev, text[i + 1])
          ? { start: i, end: i + 1, family: 'double', canOpen: true, canClose: false, straight: false }
          : { start: i, end: i + 1, family: 'double', canOpen: false, canClose: true, straight: false });
        break;
      case '"':
        marks.push(either(i, i + 1, 'double', prev, text[i + 1]));
        break;
      case '`':
        // TeX-style ``quote'' survives in some wire copy.
        if (text[i + 1] === '`') {
          marks.push({ start: i, end: i + 2, family: 'double', canOpen: true, canClose: false, straight: false });
          i++;
        }
        break;
      case '‘': case '‹': {
        const next = text[i + 1];
        // ‘90s is an elision, and a mark before a space opens nothing.
        if (next !== undefined && !SPACE.test(next) && !DIGIT.test(next)) {
          marks.push({ start: i, end: i + 1, family: 'single', canOpen: true, canClose: false, straight: false });
        }
        break;
      }
      case '’': case '›': {
        const next = text[i + 1];
        if (prev !== undefined && LETTER_OR_DIGIT.test(prev) && next !== undefined && LETTER_OR_DIGIT.test(next)) break; // don’t
        if (prev === undefined || SPACE.test(prev)) break; // ’cause, ’90s
        if (isCloseContext(prev, next)) marks.push({ start: i, end: i + 1, family: 'single', canOpen: false, canClose: true, straight: false });
        break;
      }
      case "'": {
        const next = text[i + 1];
        if (next === "'") {
          // Two apostrophes stand for a double mark in some archives (''Like this,'' he said).
          marks.push(either(i, i + 2, 'double', prev, text[i + 2]));
          i++;
          break;
        }
        if (prev !== undefined && LETTER_OR_DIGIT.test(prev) && next !== undefined && LETTER_OR_DIGIT.test(next)) break;
        if (next !== undefined && DIGIT.test(next)) break; // '90s
        const canOpen = isOpenContext(prev, next) && next !== undefined && LETTER_OR_DIGIT.test(next);
        const canClose = isCloseContext(prev, next);
        if (canOpen || canClose) marks.push({ start: i, end: i + 1, family: 'single', canOpen, canClose, straight: true });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}
