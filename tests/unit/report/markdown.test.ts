import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/report/build-report';
import { escapeMarkdown } from '../../../lib/report/escape-markdown';
import { reportToMarkdown } from '../../../lib/report/markdown';
import { handMadeAnalysis } from './fixture-analysis';

function report(meta: Parameters<typeof buildReport>[0]['meta'] = { title: 'US-Russia talks', siteName: 'World Desk', url: 'https://example.com/a' }) {
  return buildReport({ meta, analysis: handMadeAnalysis(), timingsMs: { extract: 1, analyze: 1 } });
}

describe('reportToMarkdown', () => {
  const md = reportToMarkdown(report());

  it.each([
    ['the title as the heading', /^# US-Russia talks\n/],
    ['the site', /^- \*\*Site:\*\* World Desk$/m],
    ['the URL', /^- \*\*URL:\*\* https:\/\/example\.com\/a$/m],
    ['the article’s own key points', /^## Key points \(the article’s own\)\n\n- Talks conclude in Riyadh\. \(¶2\)$/m],
    ['a speaker with the merged names', /^### Sergey Lavrov\n\nRoles: Russian Foreign Minister\n\nAlso named: Lavrov; Sergei Lavrov\n/m],
    ['the speaker’s quote under the speaker', /Also named: .*\n\n- Said: “Of course, this is unacceptable to us” \(¶4, “remarked”\)$/m],
    ['an unnamed speaker’s kind', /^### officials \(unnamed\)$/m],
    ['quotes without a speaker', /^### Quotes without a known speaker\n\n- Reported: “The talks lasted over four hours” \(¶3, “said”\)$/m],
    ['claims with reasons and score', /^1\. The talks lasted over four hours, officials said\. \(¶3, quantity, attributed; 0\.91\)$/m],
    ['repeats as “¶31 repeats ¶3 (0.98)”', /^- ¶31 repeats ¶3 \(0\.98\): The talks lasted/m],
  ])('shows %s', (_name, pattern) => {
    expect(md).toMatch(pattern);
  });

  it('says “None found.” for empty sections instead of leaving them out', () => {
    const empty = buildReport({
      meta: { title: 'Empty' },
      analysis: { ...handMadeAnalysis(), claims: [], speakers: [], quotes: [], repeats: [], keyPoints: [] },
      timingsMs: { extract: 0, analyze: 0 },
    });
    const text = reportToMarkdown(empty);
    expect(text.match(/^None found\.$/gm)).toHaveLength(4);
    expect(text).toMatch(/^## Key points\n\nNone found\./m);
  });

  it('cannot be given structure by the page: every line of page text stays inside its own line', () => {
    const hostile = '# Owned\n\n<script>alert(1)</script> [click](javascript:alert(1)) ![x](y) **b** `c` | t | &amp;';
    const analysis = handMadeAnalysis();
    analysis.speakers[0]!.name = hostile;
    analysis.claims[0]!.text = hostile;
    analysis.keyPoints[0]!.text = hostile;
    const text = reportToMarkdown(buildReport({ meta: { title: hostile, byline: '> quoted', url: 'x' }, analysis, timingsMs: { extract: 0, analyze: 0 } }));
    expect(text).not.toMatch(/^#+ Owned/m);
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    // The report's own bold labels are the only unescaped markup characters.
    expect(text.replace(/\*\*(?:By|URL):\*\*/g, '')).not.toMatch(/(?<!\\)[<`*|&]/);
    expect(text).not.toMatch(/^> /m);
    expect(text).toContain('\\# Owned \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(1)) !\\[x\\](y) \\*\\*b\\*\\* \\`c\\` \\| t \\| \\&amp;');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['escapes a leading heading mark', '# Title', '\\# Title'],
    ['escapes a leading quote mark', '> said', '\\> said'],
    ['escapes a leading bullet', '- item', '\\- item'],
    ['escapes a leading plus bullet', '+ item', '\\+ item'],
    ['escapes a leading ordered-list number', '1. First', '1\\. First'],
    ['escapes a leading ordered-list number with a parenthesis', '12) First', '12\\) First'],
    ['escapes HTML', '<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['escapes links and images', '![a](b) [c](d)', '!\\[a\\](b) \\[c\\](d)'],
    ['escapes emphasis and code', '*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['escapes entities and backslashes', '&lt; \\n', '\\&lt; \\\\n'],
    ['escapes table pipes and strikethrough', 'a | ~~b~~', 'a \\| \\~\\~b\\~\\~'],
    ['joins lines into one', 'one\n# two\r\n\tthree', 'one # two three'],
    ['leaves ordinary punctuation alone', 'U.S. talks (Riyadh): 4.5-hour, “fair”!', 'U.S. talks (Riyadh): 4.5-hour, “fair”!'],
    ['leaves a mid-line number alone', 'In 1994. Then', 'In 1994. Then'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
