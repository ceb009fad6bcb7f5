// Irregular past-tense verbs: a sign that the words after a cue form a clause ("said the talks went well"),
// since regular ones are recognised by their -ed ending. Lowercase.

export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'went', 'came', 'made', 'took', 'gave', 'got', 'saw', 'knew', 'thought', 'found', 'left', 'felt', 'kept', 'held',
  'brought', 'began', 'became', 'ran', 'won', 'lost', 'met', 'paid', 'sent', 'spent', 'stood', 'understood',
  'wrote', 'grew', 'fell', 'rose', 'chose', 'drove', 'led', 'meant', 'sold', 'built', 'bought', 'caught', 'fought',
  'taught', 'sought', 'struck', 'spoke', 'broke', 'stole', 'wore', 'drew', 'threw', 'flew', 'forgot', 'hid',
  'shook', 'told', 'said', 'heard', 'sat', 'slept', 'swore', 'undertook', 'withdrew', 'overtook', 'arose', 'fled',
  'lay', 'laid', 'dealt', 'sank', 'sprang', 'swam', 'tore', 'woke', 'bore', 'beat', 'bent', 'bound', 'dug', 'fed',
  'hung', 'lit', 'slid', 'spun', 'stuck', 'stung', 'swung', 'wound', 'forbade', 'foresaw', 'mistook', 'upheld',
  'withheld', 'overcame', 'outgrew', 'rebuilt', 'repaid', 'resold', 'retook', 'rewrote', 'underwent',
]);
