// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installStyleSheet } from '../../../lib/highlighting/style-sheet';

const CSS_TEXT = 'p { color: rgb(1, 2, 3); }';
const serialise = () => document.documentElement.outerHTML;

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.body.replaceChildren();
});

describe('installStyleSheet', () => {
  it('adopts a constructed sheet, adds no element, and removes only its own sheet', () => {
    document.body.append(document.createElement('p'));
    const before = serialise();
    const installed = installStyleSheet(document, window, CSS_TEXT);
    expect(installed.route).toBe('adopted');
    expect(getComputedStyle(document.querySelector('p')!).color).toBe('rgb(1, 2, 3)');
    expect(serialise()).toBe(before);
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet]; // the page adds its own later
    installed.remove();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('ensure() puts the sheet back after the page replaced the list', () => {
    const installed = installStyleSheet(document, window, CSS_TEXT);
    document.adoptedStyleSheets = [];
    installed.ensure();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    installed.ensure();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    installed.remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('skips the Firefox-only route where there is no wrappedJSObject', () => {
    expect(installStyleSheet(document, window, CSS_TEXT, undefined, ['adopted-page']).route).toBeNull();
  });

  it("uses the caller's injectCss/removeCss when it is the route left", async () => {
    const inject = vi.fn();
    const remove = vi.fn();
    const installed = installStyleSheet(document, window, CSS_TEXT, { inject, remove }, ['adopted-page', 'injected']);
    expect(installed.route).toBe('injected');
    installed.remove();
    await Promise.resolve();
    await Promise.resolve();
    expect(inject).toHaveBeenCalledWith(CSS_TEXT);
    expect(remove).toHaveBeenCalledWith(CSS_TEXT);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('reports no route when nothing works', () => {
    expect(installStyleSheet(document, window, CSS_TEXT, undefined, ['injected']).route).toBeNull();
  });
});
