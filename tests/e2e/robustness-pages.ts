// Pages for tests/e2e/robustness.e2e.ts, written at test time: the shapes of real pages that break
// extensions. Each is an article (so Factmark has something to do) plus the difficulty.

const SENTENCES = [
  'The council voted on Tuesday to raise the transport budget by 12% next year.',
  '"We will fix every bridge in the city by 2027," said Mayor John Smith after the vote.',
  'Opponents said the new parking levy would cost commuters $300 a year.',
  'According to officials, more than half of the 140 bridges need repairs.',
  'The plan will be reviewed again in March, when the first inspection report is due.',
  '"This is a tax on people who have no other way to get to work," said councillor Maria Lopez.',
];

function paragraphs(n: number, offset = 0): string {
  return Array.from({ length: n }, (_, i) => {
    const a = SENTENCES[(i + offset) % SENTENCES.length]!;
    const b = SENTENCES[(i + offset + 3) % SENTENCES.length]!;
    return `<p>Paragraph ${i + 1}. ${a} ${b}</p>`;
  }).join('\n');
}

function page(title: string, body: string, lang = 'en', dir = 'ltr'): string {
  return `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>body{font:18px/1.5 Georgia,serif;max-width:760px;margin:30px auto}</style></head><body>${body}</body></html>`;
}

export interface RobustnessPage {
  file: string;
  html: string;
  /** The article's language is not English: claims and speakers are off, and the popup says so. */
  english: boolean;
  /** Readability's own result on it may be no article (then Factmark must say so and paint nothing). */
  mayBeNotArticle?: boolean;
}

// 50,000 words, in paragraphs of about 60: a book chapter or a long report on one page.
const LONG_PAGE_WORDS = 50_000;

function longPage(): string {
  const out: string[] = [];
  let words = 0;
  let i = 0;
  while (words < LONG_PAGE_WORDS) {
    const text = `Section ${i + 1}. ${SENTENCES[i % 6]} ${SENTENCES[(i + 1) % 6]} ${SENTENCES[(i + 4) % 6]} Item ${i} of the record notes ${i * 7} cases in district ${i % 40}.`;
    words += text.split(/\s+/).length;
    out.push(`<p>${text}</p>`);
    i++;
  }
  return page('A very long report', `<article><h1>A very long report</h1>${out.join('\n')}</article>`);
}

function hugeTable(): string {
  const rows = Array.from({ length: 3000 }, (_, r) =>
    `<tr>${Array.from({ length: 10 }, (_, c) => `<td>${c === 0 ? `Team ${r}` : (r * 31 + c * 7) % 1000}</td>`).join('')}</tr>`,
  ).join('');
  return page('Season statistics', `<article><h1>Season statistics</h1>${paragraphs(8)}<table><thead><tr><th>Team</th>${'<th>Stat</th>'.repeat(9)}</tr></thead><tbody>${rows}</tbody></table>${paragraphs(4, 2)}</article>`);
}

// Built by a script, because an HTML parser stops nesting at 512 levels; Factmark must cope with the DOM a
// page's own JavaScript makes. 10,000 levels where the browser survives them (Firefox ESR 153 does); Chromium
// 156's renderer crashes at about 4,000 levels with no extension loaded at all (measured: 2,000 render, 4,000
// crash the tab), so it gets 2,000.
function deepNesting(): string {
  return page(
    'Deep',
    `<article id="story"><h1>Deep</h1>${paragraphs(4)}</article><script>
      const depth = navigator.userAgent.includes('Chrome/') ? 2000 : 10000;
      let at = document.getElementById('story');
      for (let i = 0; i < depth; i++) { const d = document.createElement(i % 2 ? 'div' : 'section'); at.appendChild(d); at = d; }
      at.insertAdjacentHTML('beforeend', ${JSON.stringify(paragraphs(4, 1))});
    </script>`,
  );
}

function framesAndShadows(): string {
  const framed = page('Framed', `<article>${paragraphs(5, 2)}</article>`).replace(/"/g, '&quot;');
  return page(
    'Frames and shadows',
    `<article><h1>Frames and shadows</h1>${paragraphs(5)}` +
      `<iframe srcdoc="${framed}" width="600" height="200"></iframe>` +
      `<div id="host"><template shadowrootmode="open"><p>Shadow paragraph. ${SENTENCES[1]}</p><slot></slot></template><p>Slotted. ${SENTENCES[2]}</p></div>` +
      `<custom-card></custom-card>${paragraphs(4, 3)}</article>` +
      `<script>customElements.define('custom-card', class extends HTMLElement { connectedCallback() { this.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed shadow text.</p>'; } });</script>`,
  );
}

const ARABIC = [
  'قال الوزير يوم الثلاثاء إن الميزانية سترتفع بنسبة اثني عشر بالمئة في العام المقبل.',
  'وأضاف أن أكثر من نصف الجسور في المدينة بحاجة إلى إصلاح عاجل.',
  'وقالت المعارضة إن الضريبة الجديدة ستكلف الركاب ثلاثمئة دولار في السنة.',
  'وسيراجع المجلس الخطة مرة أخرى في شهر مارس عندما يصدر التقرير الأول.',
];

function rtlPage(): string {
  const ps = Array.from({ length: 8 }, (_, i) => `<p>${ARABIC[i % 4]} ${ARABIC[(i + 1) % 4]} ${ARABIC[(i + 2) % 4]}</p>`);
  // The article prints its second paragraph twice: repeats work in any language.
  return page('الميزانية', `<article><h1>المجلس يرفع الميزانية</h1>${ps.join('')}${ps[1]}</article>`, 'ar', 'rtl');
}

const GERMAN = [
  'Der Stadtrat hat am Dienstag beschlossen, das Verkehrsbudget im nächsten Jahr um zwölf Prozent zu erhöhen.',
  'Bürgermeister Johann Schmidt sagte nach der Abstimmung, alle Brücken würden bis 2027 saniert.',
  'Die Opposition kritisierte die neue Parkgebühr als ungerecht gegenüber Pendlern aus dem Umland.',
  'Im März wird der Rat den Plan erneut prüfen, wenn der erste Bericht über die Brücken vorliegt.',
];

function germanPage(): string {
  const ps = Array.from({ length: 8 }, (_, i) => `<p>${GERMAN[i % 4]} ${GERMAN[(i + 1) % 4]} ${GERMAN[(i + 3) % 4]}</p>`);
  return page('Haushalt', `<article><h1>Stadtrat erhöht den Haushalt</h1>${ps.join('')}${ps[2]}</article>`, 'de');
}

/** A page that rewrites its article after Factmark painted it (a live update): see the test. */
function livePage(): string {
  return page('Live', `<article id="story"><h1>Live</h1>${paragraphs(10)}</article><script>
    window.__rewrite = () => {
      const ps = document.querySelectorAll('#story p');
      ps[1].firstChild.data = ps[1].firstChild.data.replace('Paragraph 2.', 'Paragraph 2 (updated at 10:42).');
      ps[3].remove();
      const fresh = document.createElement('p');
      fresh.textContent = 'A paragraph added by the live update.';
      ps[5].after(fresh);
    };
  </script>`);
}

export function robustnessPages(): RobustnessPage[] {
  return [
    { file: 'robust-frames.html', html: framesAndShadows(), english: true },
    { file: 'robust-table.html', html: hugeTable(), english: true },
    { file: 'robust-long.html', html: longPage(), english: true },
    { file: 'robust-deep.html', html: deepNesting(), english: true },
    { file: 'robust-rtl.html', html: rtlPage(), english: false },
    { file: 'robust-german.html', html: germanPage(), english: false },
    { file: 'robust-live.html', html: livePage(), english: true },
  ];
}
