// The popup's state and actions: which tab, what the page knows (PageState), the reader's settings, and saving.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { KeyPoint } from '../../lib/analysis/types';
import { keyPointSpan } from '../../lib/anchoring/key-point-span';
import type { KindSwitches } from '../../lib/highlight-kinds';
import type { BackgroundRequest, ContentRequest, PageState } from '../../lib/messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { errorState, isPageState, requestState } from './request-state';
import { saveToLibrary } from './save-to-library';
import { popupTabId } from './tab-id';

export type SaveStatus = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The popup's first requests, sent before its first render (main.tsx) so the page is being read meanwhile. */
export interface PopupStart {
  /** The tab the popup is about; rejects when there is none. */
  tabId: Promise<number>;
  /** That tab's state (the background runs Factmark there first) and the reader's settings. */
  ready: Promise<[PageState, Settings]>;
}

export function startPopup(): PopupStart {
  const tabId = popupTabId();
  // Settings that cannot be read fall back to the defaults: the page state matters more.
  const ready = tabId.then((id) => Promise.all([requestState(id), loadSettings().catch(() => DEFAULT_SETTINGS)]));
  // Awaited by usePopup, which reports a missing tab from tabId; this keeps the copy here from counting as unhandled.
  ready.catch(() => undefined);
  return { tabId, ready };
}

/** `start`: requests already sent (main.tsx); without it, they are sent once the popup has rendered. */
export function usePopup(start?: PopupStart) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const requests = start ?? startPopup();
    (async () => {
      let id: number;
      try {
        id = await requests.tabId;
      } catch (error) {
        if (live) setState(errorState(messageOf(error)));
        return;
      }
      // Known at once, so an analysis that finishes while the background is still answering is heard.
      if (live) setTabId(id);
      const [page, loaded] = await requests.ready;
      if (!live) return;
      setSettings(loaded);
      setState(page);
    })();
    return () => {
      live = false;
    };
  }, []);

  // The content script reports to the background when an analysis finishes (a site that runs automatically, a
  // page still loading); extension pages hear it too, so the popup follows along. It never answers.
  useEffect(() => {
    if (tabId === null) return;
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      const m = message as BackgroundRequest;
      if (m?.type === 'factmark:analyzed' && sender.tab?.id === tabId && isPageState(m.state)) setState(m.state);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);

  const report = state?.status === 'ready' ? state.report : undefined;

  const saveNow = useCallback(async () => {
    if (!report || !state) return;
    setSave({ status: 'saving' });
    try {
      await saveToLibrary(report, state.url);
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'error', message: messageOf(error) });
    }
  }, [report, state]);

  useEffect(() => {
    if (report && settings?.autoSave && save.status === 'idle') void saveNow();
  }, [report, settings, save.status, saveNow]);

  /** Sends a request to the page; a PageState answer replaces ours. False when the page did not answer. */
  const toPage = useCallback(
    async (request: ContentRequest): Promise<PageState | null | false> => {
      if (tabId === null) return false;
      try {
        const answer: unknown = await browser.tabs.sendMessage(tabId, request);
        setActionError(null);
        if (isPageState(answer)) {
          setState(answer);
          return answer;
        }
      } catch (error) {
        setActionError(`The page did not answer (${messageOf(error)}). Reload it and open Factmark again.`);
        return false;
      }
      return null;
    },
    [tabId],
  );

  const scrollTo = useCallback(
    (point: KeyPoint) => {
      if (report) void toPage({ type: 'factmark:scroll-to', ...keyPointSpan(report, point) });
    },
    [report, toPage],
  );

  /** Shows one speaker alone on the page (null: everyone again); `step` goes to their next or previous place. */
  const focusSpeaker = useCallback(
    (speaker: string | null, step?: 1 | -1) => {
      void toPage(step ? { type: 'factmark:focus-speaker', speaker, step } : { type: 'factmark:focus-speaker', speaker });
    },
    [toPage],
  );

  const setKind = useCallback(
    async (kind: keyof KindSwitches, on: boolean) => {
      if (!state) return;
      const kinds = { ...state.kinds, [kind]: on };
      setState({ ...state, kinds });
      await Promise.all([
        toPage({ type: 'factmark:set-kinds', kinds }),
        saveSettings({ kinds }).then(setSettings, (error: unknown) => setActionError(`Could not keep this setting: ${messageOf(error)}`)),
      ]);
    },
    [state, toPage],
  );

  const toggle = useCallback(async () => {
    if (!state) return;
    const answer = await toPage({ type: 'factmark:toggle' });
    // A content script that answers without a state has still flipped its highlights.
    if (answer === null) setState((s) => (s ? { ...s, painted: !s.painted } : s));
  }, [state, toPage]);

  const openLibrary = useCallback(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  }, []);

  return { state, report, settings, save, actionError, saveNow, scrollTo, focusSpeaker, setKind, toggle, openLibrary };
}
