// Honorifics and abbreviated titles that stand before a name ("Mr Obama", "Dr. Veldt", "Rep. Cummings").

/** Courtesy titles: part of how a person is named, and a hint at "he"/"she" (null when it gives none). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['messrs', 'm'], ['sir', 'm'], ['lord', 'm'],
  ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'],
  ['mx', null], ['mx.', null], ['dr', null], ['dr.', null], ['prof', null], ['prof.', null],
] as const);

/** Abbreviated offices written before a name: a role, not part of the name ("Sen. Warren" is Senator Warren). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'rep', 'rep.', 'reps.', 'sen', 'sen.', 'sens.', 'gov', 'gov.', 'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'maj',
  'maj.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm', 'adm.', 'cmdr', 'cmdr.', 'del', 'del.', 'atty', 'atty.', 'amb',
  'amb.', 'supt', 'supt.', 'insp', 'insp.', 'pres', 'pres.', 'hon', 'hon.', 'cllr', 'det', 'det.', 'rev', 'rev.',
  'fr', 'fr.', 'sheikh', 'rabbi', 'imam',
]);

/** Words after a surname that are not the surname ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Lowercase particles inside surnames ("Ursula von der Leyen", "Charles de Gaulle", "Bashar al-Assad"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das',
  'di', 'ter', 'ten', 'y',
]);
