// Folds a name word for comparison, so the spellings one article mixes meet: case, accents (Tomás/Tomas) and
// the common transliteration variants of Slavic names (Sergey/Sergei, Yury/Yuri, Zelensky/Zelenskyy,
// Dmitriy/Dmitri, Aleksei/Alexei).

export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\.$/, '')
    // Ukrainian romanisation doubles the final y (Zelenskyy); other systems end in -iy/-ij/-yi/-ii or -y/-i.
    .replace(/(?:yy|iy|ij|yi|ii|y)$/u, 'i')
    // ks and x spell the same sound (Aleksei/Alexei, Ksenia stays ksenia at the start).
    .replace(/(?<=.)ks/gu, 'x');
}

/** Whether two given names can be the same person's: equal when folded, or one is the other's initial. */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const initialA = /^\p{L}(?:\.\p{L})*\.?$/u.test(a) ? a.replace(/\./g, '') : null;
  const initialB = /^\p{L}(?:\.\p{L})*\.?$/u.test(b) ? b.replace(/\./g, '') : null;
  if (initialA && b.startsWith(initialA[0] ?? '')) return true;
  if (initialB && a.startsWith(initialB[0] ?? '')) return true;
  return false;
}
