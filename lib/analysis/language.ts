// Claims and speakers rely on English cue words, so they run only on English text. The page's declared
// language wins; without one, the share of very common English function words decides.

// The commonest English function words: frequent in any English prose, rare as whole words elsewhere.
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'by',
  'at', 'from', 'his', 'her', 'have', 'has', 'said', 'are', 'were', 'be', 'this', 'which', 'they', 'but',
]);

// Running English prose has well over a fifth of its words in the list above; other Latin-script
// languages share a few ("in", "on") and stay far below this.
const MIN_ENGLISH_SHARE = 0.12;
// Enough words to judge; a shorter text is given the benefit of the doubt.
const MIN_WORDS = 40;
// Judging on the first few thousand words is as good as judging on all of them.
const MAX_WORDS = 3000;

export function isEnglish(text: string, declaredLang: string | null = null): boolean {
  if (declaredLang) return /^en\b/i.test(declaredLang.trim());
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, MAX_WORDS) ?? [];
  if (words.length < MIN_WORDS) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= MIN_ENGLISH_SHARE;
}
