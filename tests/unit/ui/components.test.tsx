// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimList } from '../../../components/ClaimList';
import { KeyPointList } from '../../../components/KeyPointList';
import { QuotesBySpeaker } from '../../../components/QuotesBySpeaker';
import { RepeatList } from '../../../components/RepeatList';
import { SpeakerList } from '../../../components/SpeakerList';
import { Switch } from '../../../components/Switch';
import type { Quote, Speaker } from '../../../lib/analysis/types';
import { allByTestId, byTestId, cleanup, mount } from './render';

afterEach(cleanup);

const speakers: Speaker[] = [
  { id: 's1', name: 'Jane Doe', aliases: [], roles: ['Mayor', 'Party leader'], kind: 'person' },
  { id: 's2', name: 'City Council', aliases: [], roles: [], kind: 'organization' },
];
const quote = (speaker: string | null, text: string): Quote => ({ block: 0, start: 0, end: 1, text, speaker, kind: 'direct', cue: 'said' });

describe('components', () => {
  it('Switch is a labelled checkbox with the switch role that reports its new state', () => {
    const onChange = vi.fn();
    const root = mount(<Switch label="Claims" checked={true} onChange={onChange} testId="s" />);
    const input = byTestId(root, 's') as HTMLInputElement;
    expect(input.type).toBe('checkbox');
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.closest('label')?.textContent).toBe('Claims');
    input.click();
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('SpeakerList gives each speaker a palette colour by order, roles, and a quote count', () => {
    const root = mount(<SpeakerList speakers={speakers} quotes={[quote('s1', 'a'), quote('s1', 'b')]} palette={['#111111', '#222222']} />);
    const items = allByTestId(root, 'speaker');
    expect(items.map((i) => i.textContent)).toEqual(['Jane DoeMayor, Party leader2 quotes', 'City Council0 quotes']);
    expect(items.map((i) => (i.querySelector('.fm-swatch') as HTMLElement).style.backgroundColor)).toEqual(['#111111', '#222222']);
  });

  it('QuotesBySpeaker groups quotes under their speaker, skips the silent, and keeps unknown speakers’ quotes', () => {
    const root = mount(<QuotesBySpeaker speakers={speakers} quotes={[quote('s1', 'a'), quote(null, 'b'), quote('s9', 'c')]} palette={['#111111']} />);
    const groups = allByTestId(root, 'speaker-group');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Jane Doe', 'Speaker not known']);
    expect(allByTestId(groups[1]!, 'quote').map((q) => q.textContent)).toEqual(['“b”', '“c”']);
  });

  it.each([
    ['KeyPointList', <KeyPointList keyPoints={[]} />, 'No key points found.'],
    ['ClaimList', <ClaimList claims={[]} />, 'No claims found.'],
    ['RepeatList', <RepeatList repeats={[]} />, 'No repeated passages.'],
    ['SpeakerList', <SpeakerList speakers={[]} quotes={[]} palette={[]} />, 'No speakers found.'],
    ['QuotesBySpeaker', <QuotesBySpeaker speakers={speakers} quotes={[]} palette={[]} />, 'No quotes found.'],
  ])('%s says when there is nothing', (_name, node, text) => {
    expect(mount(node).textContent).toBe(text);
  });

  it('KeyPointList makes points buttons only when they do something', () => {
    const point = { text: 'A point', source: 'extracted' as const, block: 0 };
    const onSelect = vi.fn();
    const plain = mount(<KeyPointList keyPoints={[point]} />);
    expect(byTestId(plain, 'keypoint')?.tagName).toBe('LI');
    const clickable = mount(<KeyPointList keyPoints={[point]} onSelect={onSelect} />);
    const button = byTestId(clickable, 'keypoint')!;
    expect(button.tagName).toBe('BUTTON');
    button.click();
    expect(onSelect).toHaveBeenCalledWith(point, 0);
  });
});
