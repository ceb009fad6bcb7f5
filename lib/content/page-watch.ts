// Notices when the page edits or removes the text Factmark painted. Highlights are StaticRanges (they cost the
// page nothing when it edits its DOM, see lib/highlighting/painter.ts), and a StaticRange does not follow
// edits: after the page rewrites a paragraph, its range would mark the wrong characters, or nothing. So the
// session watches the painted text and re-anchors when it changes.
//
// Kept cheap for pages that change all the time (tickers, ads, comment counts):
// - one MutationObserver, on the smallest element that holds every painted text node (the article, usually),
//   so changes elsewhere on the page are never even recorded;
// - the callback only looks for an edit of a painted text node or a removal, and schedules one check;
// - the check runs once the page has been quiet for a moment, and compares the painted nodes with what they
//   held at paint time.

export interface PageWatchOptions {
  win: Window;
  /** The live text nodes the painted ranges start and end in. */
  nodes: Iterable<Text>;
  /** Nodes Factmark itself put in the page (card host, fallback marks): their changes are ours. */
  isOwnNode?: (node: Node) => boolean;
  /** Painted text nodes that were edited or left the page since paint time (called at most once per check). */
  onStale: (stale: Text[]) => void;
  /** Quiet time before the check (default QUIET_MS). */
  quietMs?: number;
}

export interface PageWatch {
  stop(): void;
  /** The element observed, or null when there was nothing to watch. */
  readonly root: Node | null;
}

// A page that rewrites its article usually does it in one burst (a framework re-render, a live update);
// checking after a short quiet spell handles the burst once instead of once per edit.
export const QUIET_MS = 150;

/** The deepest node that contains every node of `nodes` (null when they are not all in one tree). */
export function commonAncestor(nodes: readonly Node[]): Node | null {
  const first = nodes[0];
  if (!first) return null;
  // Ancestors of the first node, deepest first; the answer is one of them.
  const chain: Node[] = [];
  for (let n: Node | null = first.parentNode; n; n = n.parentNode) chain.push(n);
  const index = new Map(chain.map((n, i) => [n, i] as const));
  let depth = 0;
  for (const node of nodes) {
    let n: Node | null = node.parentNode;
    while (n && !index.has(n)) n = n.parentNode;
    if (!n) return null;
    depth = Math.max(depth, index.get(n)!);
  }
  return chain[depth] ?? null;
}

export function watchPaintedText(opts: PageWatchOptions): PageWatch {
  const { win } = opts;
  const painted = new Map<Text, string>();
  for (const node of opts.nodes) painted.set(node, node.data);
  const root = commonAncestor([...painted.keys()]);
  const Observer = (win as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  if (!root || !Observer) return { stop() {}, root: null };

  const quietMs = opts.quietMs ?? QUIET_MS;
  let timer: number | undefined;
  let stopped = false;

  const check = () => {
    timer = undefined;
    if (stopped) return;
    const stale: Text[] = [];
    for (const [node, data] of painted) if (!node.isConnected || node.data !== data) stale.push(node);
    if (stale.length) opts.onStale(stale);
  };

  const observer = new Observer((records) => {
    let relevant = false;
    for (const r of records) {
      if (opts.isOwnNode?.(r.target)) continue;
      if (r.type === 'characterData' ? painted.has(r.target as Text) : r.removedNodes.length > 0) {
        relevant = true;
        break;
      }
    }
    if (!relevant) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(check, quietMs);
  });
  // From the parent: the removal of the article element itself is a change of its parent's children.
  observer.observe(root.parentNode ?? root, { subtree: true, childList: true, characterData: true });

  return {
    root,
    stop() {
      stopped = true;
      observer.disconnect();
      win.clearTimeout(timer);
    },
  };
}
