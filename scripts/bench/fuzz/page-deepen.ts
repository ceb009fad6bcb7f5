// Nesting 10,000 deep in a real browser. Chromium's HTML parser stops nesting at 512 elements and puts deeper
// ones beside one another (the HTML standard lets a parser cap the depth), so a deep-nesting document as served
// is 512 deep there. A script can build deeper trees with the DOM, but Chromium's renderer itself crashes when it
// lays one out: measured on this machine with no extension loaded, a chain of the generator's tags (div, span,
// section, blockquote, em, article) crashes the tab at 800 levels (600 is fine), and a chain of divs at 10,000
// (2,000 is fine). So no page can show a 10,000-deep article; it can hold one in a part of the page the browser
// does not lay out. This page script builds that: the article's last `innerParagraphs` paragraphs (the ones the
// markup nests) are moved into a chain of `depth` elements under a wrapper with `content-visibility: hidden`
// (kept in the DOM, skipped by layout, and not hidden for Readability, which checks display, visibility and the
// hidden attributes). Factmark then clones, extracts, locates and paints text 10,000 levels down, while the
// parser's 512-deep wrappers stay where they were. Evaluated in the page's main world before the trigger, so
// this is the page Factmark meets, and the markup removal must give back. Returns the paragraphs' new depth.
//
// Plain JavaScript in a string, for the reason given in ./page-mutator.ts.
export const PAGE_DEEPEN = String.raw`((depth, innerParagraphs) => {
  const article = document.querySelector('article');
  if (!article) return 0;
  const inner = [...article.querySelectorAll('p')].slice(-innerParagraphs);
  const tags = ['div', 'span', 'section', 'blockquote', 'em', 'article'];
  const root = document.createElement('div');
  root.style.contentVisibility = 'hidden';
  let at = root;
  for (let i = 0; i < depth; i++) {
    const el = document.createElement(tags[i % tags.length]);
    at.appendChild(el);
    at = el;
  }
  for (const p of inner) at.appendChild(p);
  article.appendChild(root);
  let deepest = 0;
  for (let n = inner[0]; n; n = n.parentElement) deepest++;
  return deepest;
})`;
