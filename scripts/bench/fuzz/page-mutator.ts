// The page's side of a mutating hostile document in the browser: its own script edits its article while
// Factmark works on it (edit a text node, remove a paragraph, add one, replace one's children), as a live blog
// or a lazy widget does. The edits land on the page's own timers from the trigger on (0, 5, 20 and 60 ms: during
// extraction, during the wait for the analysis, around the paint) and once more in the first frame that shows
// Factmark's highlights, so re-anchoring runs too.
//
// What removal must give back is the page as its own edits left it, not as it was before them. Each edit is
// made twice, with the same choices: on the live page and on a copy of its markup taken before the trigger.
// Factmark paints with the Highlight API in Chromium and changes no markup, so at the end the live markup must
// equal the copy's.
//
// Plain JavaScript in a string, evaluated in the page's main world: a function compiled by tsx would carry
// helpers that do not exist in the page (see ../call-probe.ts). The markup is fingerprinted as the harness
// fingerprints the live page (./page-fingerprint.ts).
import { FINGERPRINT_FUNCTION } from './page-fingerprint';

export const PAGE_MUTATOR = String.raw`(() => {
  const fingerprint = ${FINGERPRINT_FUNCTION};
  const seeded = (seed) => {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };
  // One edit, the same on both roots: the choices are drawn once and applied to each.
  const edit = (roots, random) => {
    const picks = [random(), random(), random(), random()];
    for (const root of roots) {
      const doc = root.ownerDocument;
      const paragraphs = [...root.querySelectorAll('p')];
      if (paragraphs.length === 0) continue;
      const at = (i) => paragraphs[Math.floor(picks[i] * paragraphs.length + i) % paragraphs.length];
      const edited = at(0).firstChild;
      if (edited && edited.nodeType === 3) edited.data = 'Edited: ' + edited.data.slice(0, 40);
      at(1).remove();
      const fresh = doc.createElement('p');
      fresh.textContent = 'A paragraph the page added while Factmark was reading it.';
      at(2).after(fresh);
      const replaced = at(3);
      replaced.replaceChildren(doc.createTextNode(replaced.textContent || ''));
    }
  };
  const DELAYS_MS = [0, 5, 20, 60];
  // No highlight by then (not an article, nothing found): the last edit is not waited for.
  const PAINT_WAIT_MS = 10000;
  window.__fuzzMutator = {
    start(seed) {
      const random = seeded(seed ^ 0x5eed);
      const copy = document.documentElement.cloneNode(true);
      const roots = [document.documentElement, copy];
      let edits = 0;
      const timers = DELAYS_MS.map((ms) => new Promise((resolve) => setTimeout(() => { edit(roots, random); edits++; resolve(); }, ms)));
      const started = performance.now();
      const painted = new Promise((resolve) => {
        const tick = () => {
          let ours = false;
          CSS.highlights.forEach((_h, name) => { if (name.startsWith('factmark-')) ours = true; });
          if (ours) { edit(roots, random); edits++; resolve(); }
          else if (performance.now() - started > PAINT_WAIT_MS) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      // Resolves once every edit has landed: the markup removal must give back, and how many edits there were.
      window.__fuzzMutatorDone = Promise.all([...timers, painted])
        .then(() => fingerprint(copy.outerHTML))
        .then((expected) => ({ expected, edits }));
    },
  };
})();`;
