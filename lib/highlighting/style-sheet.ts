// Puts the ::highlight() rules into effect without adding anything to the page's DOM.
//
// Findings (headless Debian Chromium 156 and Firefox ESR 153, from a real MV3 content script):
// - A CSSStyleSheet constructed in the content script and assigned to document.adoptedStyleSheets works in
//   BOTH. Chromium's isolated world shares the document with the page; Firefox's Xray wrapper accepts both
//   `document.adoptedStyleSheets = [...old, sheet]` and `.push(sheet)` and the rules apply (probed with
//   getComputedStyle and with screenshot pixels). No wrappedJSObject/cloneInto is needed in ESR 153.
// - `document.wrappedJSObject.adoptedStyleSheets.push(sheet)` also works in Firefox; it is kept as the second
//   route for Gecko builds whose Xray rejects the first.
// - Constructed sheets are not subject to the page's CSP style-src (no <style>, no style attribute).
// - The page can see the sheet in its own document.adoptedStyleSheets, and a page that ASSIGNS that array drops
//   ours: ensure() re-adds it. The caller's injectCss (e.g. browser.scripting.insertCSS from the background)
//   is invisible to the page; it is the last route.
export type StyleRoute = 'adopted' | 'adopted-page' | 'injected';

export interface InjectedCss {
  inject(css: string): void | Promise<void>;
  remove(css: string): void | Promise<void>;
}

export interface InstalledSheet {
  readonly route: StyleRoute | null;
  /** Re-adds an adopted sheet the page has dropped; cheap when it is still there. */
  ensure(): void;
  remove(): void;
}

interface XrayWindow {
  wrappedJSObject?: { document?: { adoptedStyleSheets?: CSSStyleSheet[] } };
}

function has(list: ArrayLike<CSSStyleSheet>, sheet: CSSStyleSheet): boolean {
  // Indexed loop: iterators do not always cross Firefox's Xray boundary.
  for (let i = 0; i < list.length; i++) if (list[i] === sheet) return true;
  return false;
}

/**
 * The object the page's own array holds for `sheet`. Read through wrappedJSObject, Firefox hands back the
 * unwrapped sheet, which is not === the Xray the content script holds (found by the probe: a naive identity
 * check missed it and left the sheet behind).
 */
function pageSide(sheet: CSSStyleSheet): CSSStyleSheet {
  return (sheet as unknown as { wrappedJSObject?: CSSStyleSheet }).wrappedJSObject ?? sheet;
}

function pageList(win: Window): CSSStyleSheet[] | undefined {
  return (win as unknown as XrayWindow).wrappedJSObject?.document?.adoptedStyleSheets;
}

export const DEFAULT_ROUTES: readonly StyleRoute[] = ['adopted', 'adopted-page', 'injected'];

/**
 * Installs `css` by the first route that works. Returns route null when none did (no constructable sheets and
 * no injectCss): the caller should then not rely on ::highlight() styles.
 */
export function installStyleSheet(
  doc: Document,
  win: Window,
  css: string,
  injected?: InjectedCss,
  routes: readonly StyleRoute[] = DEFAULT_ROUTES,
): InstalledSheet {
  let sheet: CSSStyleSheet | null = null;
  const makeSheet = (): CSSStyleSheet => {
    if (!sheet) {
      const Ctor = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
      sheet = new Ctor();
      sheet.replaceSync(css);
    }
    return sheet;
  };
  const attempts: Record<StyleRoute, () => InstalledSheet | null> = {
    adopted: () => {
      if (!('adoptedStyleSheets' in doc)) return null;
      const s = makeSheet();
      const add = () => {
        if (!has(doc.adoptedStyleSheets, s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
      };
      add();
      if (!has(doc.adoptedStyleSheets, s)) return null;
      return {
        route: 'adopted',
        ensure: add,
        remove: () => {
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets].filter((x) => x !== s);
        },
      };
    },
    'adopted-page': () => {
      const list = pageList(win);
      if (!list) return null;
      const s = makeSheet();
      const page = pageSide(s);
      const add = () => {
        const l = pageList(win);
        if (l && !has(l, page)) l.push(s);
      };
      const remove = () => {
        const l = pageList(win);
        if (!l) return;
        for (let i = l.length - 1; i >= 0; i--) if (l[i] === page) l.splice(i, 1);
      };
      add();
      if (!has(list, page)) {
        remove();
        return null;
      }
      return { route: 'adopted-page', ensure: add, remove };
    },
    injected: () => {
      if (!injected) return null;
      const report = (e: unknown) => console.warn('[factmark] injectCss failed', e);
      // Fire and forget: painting must not wait on a round trip to the background.
      Promise.resolve().then(() => injected.inject(css)).catch(report);
      return {
        route: 'injected',
        ensure: () => {},
        remove: () => {
          Promise.resolve().then(() => injected.remove(css)).catch(report);
        },
      };
    },
  };
  for (const route of routes) {
    try {
      const installed = attempts[route]();
      if (installed) return installed;
    } catch {
      // This route is closed here (no constructable sheets, an Xray refusal, …): try the next one.
    }
  }
  return { route: null, ensure: () => {}, remove: () => {} };
}
