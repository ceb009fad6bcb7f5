// Capitalised words that are dates, not names: they break a run of capitalised words ("Lavrov Tuesday").
// May, June, April and August are left out on purpose: they are first names as often as months in news.

export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar.', 'aug.', 'sept', 'sept.', 'sep.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  'christmas', 'easter',
]);
