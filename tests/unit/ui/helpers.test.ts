import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../components/safe-href';
import { speakerColor } from '../../../components/speaker-color';
import { toColorInputValue } from '../../../entrypoints/options/color-input-value';
import { parseOrigin } from '../../../entrypoints/options/parse-origin';
import { sitePermissionPattern } from '../../../lib/settings';
import { tabIdFromSearch } from '../../../entrypoints/popup/tab-id';
import { toPageState } from '../../../entrypoints/popup/request-state';

describe('parseOrigin', () => {
  it.each([
    ['a bare host', 'example.com', 'https://example.com'],
    ['an https origin', 'https://example.com', 'https://example.com'],
    ['a page address', 'https://news.example.com/world/1?x=2#top', 'https://news.example.com'],
    ['an http origin', 'http://example.com', 'http://example.com'],
    ['a port', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:8080'],
    ['localhost', 'localhost:3000', 'https://localhost:3000'],
    ['spaces and capitals', '  HTTPS://Example.COM/  ', 'https://example.com'],
  ])('reads %s', (_name, input, origin) => {
    expect(parseOrigin(input)).toBe(origin);
  });

  it.each([
    ['nothing', '   '],
    ['words', 'not a site'],
    ['a host without a dot', 'example'],
    ['an ftp address', 'ftp://example.com'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['credentials', 'https://user:pw@example.com'],
  ])('rejects %s', (_name, input) => {
    expect(parseOrigin(input)).toBeNull();
  });

  it.each([
    ['https://example.com', 'https://example.com/*'],
    ['http://127.0.0.1:39983', 'http://127.0.0.1/*'],
  ])('makes a host permission pattern for every page of %s, without the port', (site, pattern) => {
    expect(sitePermissionPattern(site)).toBe(pattern);
  });
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=12', 12],
    ['?x=1&tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-3', null],
    ['?tabId=1.5', null],
    ['?tabId=12abc', null],
  ])('reads %j as %s', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
});

describe('toPageState', () => {
  it('keeps a PageState', () => {
    const state = { status: 'ready', url: 'https://a.example/', kinds: { claims: true, speakers: true, repeats: true }, painted: true, unanchored: 0, english: true } as const;
    expect(toPageState(state)).toBe(state);
  });
  it.each([
    ['an { error } answer', { error: 'No tab with id: 5' }, 'Factmark cannot run on this page: No tab with id: 5'],
    ['no answer', undefined, 'Factmark did not answer. Reload the page and try again.'],
    ['something else', 'pong', 'Factmark did not answer. Reload the page and try again.'],
  ])('turns %s into an error state', (_name, answer, message) => {
    expect(toPageState(answer)).toMatchObject({ status: 'error', message });
  });
});

describe('toColorInputValue', () => {
  it.each([
    ['#D55E00', '#d55e00'],
    ['#abc', '#aabbcc'],
    ['red', '#000000'],
    ['rgb(1, 2, 3)', '#000000'],
  ])('shows %s as %s', (color, value) => {
    expect(toColorInputValue(color)).toBe(value);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example', 'http://a.example/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['not a url', null],
    [null, null],
  ])('links %s as %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

describe('speakerColor', () => {
  it('cycles through the palette by speaker order', () => {
    expect([0, 1, 2, 3].map((i) => speakerColor(['#a', '#b', '#c'], i))).toEqual(['#a', '#b', '#c', '#a']);
  });
  it('falls back to the text colour with an empty palette', () => {
    expect(speakerColor([], 4)).toBe('currentColor');
  });
});
