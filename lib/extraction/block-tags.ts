// Which elements start a text block of their own. Everything else (a, span, em, b, custom elements, …) is
// inline: its text joins the block of the nearest block-level ancestor, as it does on screen.
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Elements whose text is never read as article text (Readability removes most of them; some survive).
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'button']);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Lower-case tag name: HTML documents report upper case, Readability's own elements sometimes mixed. */
export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}
