// Our entries in the document's highlight registry (CSS.highlights).
//
// Firefox finding: from a content script, a Highlight or the registry must never be ITERATED. forEach, values()
// and spreading throw "Permission denied to access object" / "Xray wrapping of iterators not supported." (ESR 153),
// while set/get/has/delete/size, new Highlight(...ranges) and highlight.priority work. So this module keeps its
// own record of what it registered and only ever uses the non-iterating calls.

export interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
  StaticRange: typeof StaticRange;
}

interface HighlightGlobals {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
  StaticRange?: typeof StaticRange;
}

/** The Highlight API of `win`, or null where it is missing (happy-dom, jsdom, Firefox < 140, Safari < 17.2). */
export function highlightApi(win: Window): HighlightApi | null {
  const g = win as unknown as HighlightGlobals;
  const registry = g.CSS?.highlights;
  if (!registry || typeof g.Highlight !== 'function' || typeof g.StaticRange !== 'function') return null;
  return { registry, Highlight: g.Highlight, StaticRange: g.StaticRange };
}

export interface HighlightSet {
  /** Replaces the highlight called `name` with one over `ranges`; registers it only when `shown`. */
  put(name: string, ranges: readonly AbstractRange[], priority: number, shown: boolean): void;
  setShown(name: string, shown: boolean): void;
  remove(name: string): void;
  removeAll(): void;
}

export function createHighlightSet(api: HighlightApi): HighlightSet {
  const ours = new Map<string, Highlight>();
  const unregister = (name: string) => {
    const h = ours.get(name);
    // Never delete a highlight that is not ours (another instance, or the page, may use the name meanwhile).
    if (h && api.registry.get(name) === h) api.registry.delete(name);
  };
  const set: HighlightSet = {
    put(name, ranges, priority, shown) {
      set.remove(name);
      const h = new api.Highlight(...ranges);
      h.priority = priority;
      ours.set(name, h);
      if (shown) api.registry.set(name, h);
    },
    setShown(name, shown) {
      const h = ours.get(name);
      if (!h) return;
      if (shown) {
        if (api.registry.get(name) !== h) api.registry.set(name, h);
      } else unregister(name);
    },
    remove(name) {
      const h = ours.get(name);
      if (!h) return;
      unregister(name);
      ours.delete(name);
    },
    removeAll() {
      for (const name of [...ours.keys()]) set.remove(name);
    },
  };
  return set;
}
