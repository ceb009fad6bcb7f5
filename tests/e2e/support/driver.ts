// What the shared e2e suite needs from a browser. Chromium (playwright-core) and Firefox (puppeteer-core over
// BiDi) implement it; each hides its own way of letting a reader start Factmark.
import type { PageState } from '../../../lib/messages';

export type BrowserName = 'chromium' | 'firefox';

/** A tab: an article page or an extension page. */
export interface TabHandle {
  url(): string;
  /** Runs `fn` in the page's main world (for an article: the page's own JavaScript world). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Full-page screenshot, written to `file` and returned. */
  screenshot(file: string): Promise<Buffer>;
  /** A real (trusted) click on the nth element matching `selector`. */
  click(selector: string, nth?: number): Promise<void>;
  /** A real mouse click at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** Real typing into the element matching `selector`. */
  type(selector: string, text: string): Promise<void>;
  press(key: 'Escape'): Promise<void>;
  close(): Promise<void>;
}

export interface DriverOptions {
  profileDir: string;
  proxyPort: number;
}

export interface FactmarkDriver {
  readonly name: BrowserName;
  /** Opens `url` in a new tab and waits for it to load. */
  openPage(url: string): Promise<TabHandle>;
  /**
   * Starts Factmark on the page as a reader of this browser would: Chromium clicks the toolbar button
   * (activeTab); Firefox makes the site "run automatically" in the options page once, then reloads the page.
   */
  activate(tab: TabHandle): Promise<void>;
  /** The browser's tab id of a page Factmark has been started on. */
  tabIdOf(tab: TabHandle): Promise<number>;
  /** Opens an extension page ("popup.html?tabId=3", "library.html") in a window of its own. */
  openExtensionPage(pathAndQuery: string): Promise<TabHandle>;
  /** The content script's PageState ({type:'factmark:state'}), or null when the tab has no content script yet. */
  pageState(tabId: number): Promise<PageState | null>;
  /**
   * Every request URL the driver saw the browser's pages and the extension's worker make (Chromium reports
   * them per context; Firefox's BiDi does not cover extension contexts, so there the proxy alone counts).
   */
  readonly requestsSeen: string[];
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}
