// Functions the revisit tests run in the article page's main world (serialised: only their argument and the
// page's globals). The card and the selection button are open shadow roots, so the page can reach into them,
// as a test must to find where to click.

/** Selects `passage` (inside one paragraph, across its text nodes), after scrolling it to the middle of the view. */
export function selectPassage(passage: string): boolean {
  const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(passage));
  if (!p) return false;
  p.scrollIntoView({ block: 'center' });
  const from = p.textContent!.indexOf(passage);
  const to = from + passage.length;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const end = offset + n.data.length;
    if (from >= offset && from < end) range.setStart(n, from - offset);
    if (to > offset && to <= end) range.setEnd(n, to - offset);
    offset = end;
  }
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The middle of an element inside the shadow root of the first `host` element, or null when there is none. */
export function shadowPoint({ host, selector }: { host: string; selector: string }): { x: number; y: number } | null {
  const el = document.querySelector(host)?.shadowRoot?.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Text or form value of an element in the first `host` element's shadow root. */
export function shadowValue({ host, selector }: { host: string; selector: string }): string | null {
  const el = document.querySelector(host)?.shadowRoot?.querySelector(selector);
  if (!el) return null;
  return el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
}

/** The text under each range of a registered highlight. */
export function highlightTexts(name: string): string[] {
  return [...(CSS.highlights.get(name) ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}

/** Scrolls the range of a registered highlight whose text starts with `prefix` into view; returns its middle. */
export function pointOnHighlightText({ name, prefix }: { name: string; prefix: string }): { x: number; y: number } | null {
  for (const r of CSS.highlights.get(name) ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (!range.toString().startsWith(prefix)) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
  }
  return null;
}
