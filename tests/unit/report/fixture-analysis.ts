// A small hand-made analysis, so the report code is tested independently of lib/analysis.
import type { Analysis } from '../../../lib/analysis/types';

export function handMadeAnalysis(): Analysis {
  const blocks = [
    { id: 0, kind: 'heading' as const, text: 'Key points' },
    { id: 1, kind: 'list-item' as const, text: 'Talks conclude in Riyadh.' },
    { id: 2, kind: 'paragraph' as const, text: 'The talks lasted over four hours, officials said.' },
    { id: 3, kind: 'paragraph' as const, text: '"Of course, this is unacceptable to us," Lavrov remarked.' },
    { id: 4, kind: 'paragraph' as const, text: 'The talks lasted over four hours, officials said.' },
  ];
  return {
    blocks,
    sentences: [
      { id: 0, block: 1, start: 0, end: 25, text: 'Talks conclude in Riyadh.' },
      { id: 1, block: 2, start: 0, end: 49, text: blocks[2]!.text },
      { id: 2, block: 3, start: 0, end: 57, text: blocks[3]!.text },
      { id: 3, block: 4, start: 0, end: 49, text: blocks[4]!.text },
    ],
    claims: [{ sentence: 1, text: blocks[2]!.text, score: 0.912, reasons: ['quantity', 'attributed'] }],
    speakers: [
      { id: 's1', name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'], roles: ['Russian Foreign Minister'], kind: 'person' },
      { id: 's2', name: 'officials', aliases: [], roles: [], kind: 'unnamed' },
    ],
    quotes: [
      { block: 3, start: 1, end: 33, text: 'Of course, this is unacceptable to us', speaker: 's1', kind: 'direct', cue: 'remarked' },
      { block: 2, start: 0, end: 32, text: 'The talks lasted over four hours', speaker: null, kind: 'indirect', cue: 'said' },
    ],
    mentions: [{ block: 3, start: 39, end: 45, speaker: 's1' }],
    repeats: [{ block: 30, of: 2, similarity: 0.978, text: blocks[4]!.text }],
    keyPoints: [{ text: 'Talks conclude in Riyadh.', source: 'article', block: 1, sentence: 0 }],
  };
}
