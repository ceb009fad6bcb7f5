// The key that makes one person one entry across articles: each word of the name folded (case, accents,
// Sergey/Sergei, Yury/Yuri, Zelensky/Zelenskyy), so the spellings different articles use meet.
import { foldName } from '../analysis/speakers/fold-name';

const NAME_WORD = /[\p{L}\p{N}'’.-]+/gu;

/** "Sergey Lavrov" and "Sergei Lavrov" -> "sergei lavrov". */
export function speakerKey(name: string): string {
  return (name.match(NAME_WORD) ?? []).map((w) => foldName(w.replace(/[.-]+$/u, ''))).filter(Boolean).join(' ');
}

/** The folded last word of the name ("lavrov"): what an article that gives only the surname shares with one that gives both. */
export function surnameKey(name: string): string {
  const key = speakerKey(name);
  return key.slice(key.lastIndexOf(' ') + 1);
}
