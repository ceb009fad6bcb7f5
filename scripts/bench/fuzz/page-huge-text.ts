// A 10 MB text node in a real browser. Chromium's HTML parser splits long text into nodes of 65,536 characters
// (a 10 MB paragraph as served becomes about 160 adjacent text nodes), and loading it that way takes about 11 s
// on this machine (the parser lays the page out again as the text grows), most of a run's time for 72 pages.
// So the hostile server serves the huge paragraph empty and its text apart (./hostile-server.ts), and this page
// script puts the text in with one `textContent`: the page then holds one text node of 10 MB, the issue's
// shape, its markup is the same as served, and the load takes 1.5 to 5 s (the layout of the text). Evaluated in
// the page's main world before the trigger; returns the text node's size in UTF-8 bytes (the 10 MB).
//
// Plain JavaScript in a string, for the reason given in ./page-mutator.ts.
export const PAGE_HUGE_TEXT = String.raw`(async () => {
  const text = await (await fetch('text')).text();
  const p = [...document.querySelectorAll('article p')].at(-1);
  if (!p) return 0;
  p.textContent = text;
  return p.childNodes.length === 1 ? new TextEncoder().encode(p.firstChild.data).length : 0;
})()`;
