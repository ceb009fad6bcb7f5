// The command line of ../shared/docs/analysis-report.md, run as a separate process on the seed pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA, type Report } from '../../../lib/analysis/types';

const REPO = resolve(import.meta.dirname, '../../..');
const SEEDS = resolve(REPO, '../shared/seeds');
const PAGE_000 = join(SEEDS, 'pages/seed000.html');
const PAGE_001 = join(SEEDS, 'pages/seed001.html');
const TEXT_000 = join(SEEDS, '000_38bd7e3bd0a3190e.txt');
const TSX = resolve(REPO, 'node_modules/.bin/tsx');

const tmp = mkdtempSync(join(tmpdir(), 'factmark-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/analyze.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeTmp(name: string, content: string): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

const NOT_AN_ARTICLE = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Sign in.</p></body></html>';

function expectReportShape(report: Report): void {
  expect(report.schema).toBe(REPORT_SCHEMA);
  for (const key of ['blocks', 'sentences', 'claims', 'speakers', 'quotes', 'repeats', 'keyPoints'] as const) {
    expect(Array.isArray(report[key]), key).toBe(true);
  }
  expect(Object.keys(report.article).sort()).toEqual(
    ['byline', 'excerpt', 'lang', 'publishedTime', 'siteName', 'textLength', 'title', 'url'].sort());
  expect(report.article.textLength).toBe(report.blocks.reduce((n, b) => n + b.text.length, 0));
  expect(typeof report.timingsMs.extract).toBe('number');
  expect(typeof report.timingsMs.analyze).toBe('number');
}

describe('analyze PAGE.html', () => {
  const { code, stdout } = run(PAGE_000, '--url', 'https://example.com/riyadh');

  it('prints the report as JSON and exits 0', () => {
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expectReportShape(report);
    expect(report.article).toMatchObject({
      url: 'https://example.com/riyadh', title: 'US-Russia talks on Ukraine war conclude in Riyadh',
      siteName: 'World Desk Daily', byline: 'Staff Reporter', lang: 'en', publishedTime: '2026-11-18T08:00:00Z',
    });
    expect(report.blocks).toHaveLength(37);
    expect(report.blocks[0]).toEqual({ id: 0, kind: 'heading', text: 'Key points' });
    expect(report.blocks.map((b) => b.text).join(' ')).not.toMatch(/cookies|Most read|reader_42|All rights reserved/);
    expect(report.sentences.length).toBeGreaterThan(report.blocks.length);
    expect(report.timingsMs.parse).toBeGreaterThan(0);
  });
});

describe('analyze ARTICLE.txt', () => {
  it('analyses plain text without extraction', () => {
    const { code, stdout } = run(TEXT_000);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expectReportShape(report);
    expect(report.article.url).toBeNull();
    expect(report.blocks.map((b) => b.text)).toContain(
      'Senior Russian officials, including Yury Ushakov, a key aide to President Vladimir Putin, confirmed the wrap-up of the talks on Tuesday.');
  });
});

describe('analyze --format markdown', () => {
  it('prints the human report and nothing else', () => {
    const { code, stdout } = run(PAGE_000, '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# US-Russia talks on Ukraine war conclude in Riyadh\n/);
    expect(stdout).toMatch(/^- \*\*Site:\*\* World Desk Daily$/m);
    for (const heading of ['## Key points', '## Speakers', '## Claims to check', '## Repeated passages']) {
      expect(stdout).toContain(heading);
    }
    expect(() => JSON.parse(stdout)).toThrow();
  });
});

describe('analyze --batch', () => {
  const lines = [
    JSON.stringify({ id: 'page-0', html: readFileSync(PAGE_000, 'utf8'), url: 'https://example.com/0' }),
    '',
    JSON.stringify({ id: 'text-0', text: readFileSync(TEXT_000, 'utf8') }),
    '{"id": "broken", "html": ',
    JSON.stringify({ id: 'menu', html: NOT_AN_ARTICLE }),
    JSON.stringify({ id: 'both', html: '<p>x</p>', text: 'x' }),
    JSON.stringify({ id: 'page-1', html: readFileSync(PAGE_001, 'utf8') }),
  ];
  const { code, stdout, stderr } = run('--batch', writeTmp('mixed.jsonl', lines.join('\n') + '\n'));
  const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes one line per document, in input order, with its id', () => {
    expect(out.map((o) => o.id)).toEqual(['page-0', 'text-0', null, 'menu', 'both', 'page-1']);
  });

  it('writes full reports for the documents it could analyse', () => {
    for (const i of [0, 1, 5]) expectReportShape(out[i] as unknown as Report);
    expect((out[0] as unknown as Report).article.url).toBe('https://example.com/0');
    expect((out[5] as unknown as Report).blocks).toHaveLength(52);
  });

  it('writes {"id", "error"} for the others, and goes on', () => {
    expect(out[2]).toEqual({ id: null, error: expect.stringMatching(/line 4: not valid JSON/) });
    expect(out[3]).toEqual({ id: 'menu', error: expect.stringMatching(/^not an article/) });
    expect(out[4]).toEqual({ id: 'both', error: expect.stringMatching(/exactly one of "html" and "text"/) });
  });

  it('exits 1 when any document failed, and reports on stderr', () => {
    expect(code).toBe(1);
    expect(stderr).toMatch(/6 documents, 3 failed/);
  });

  it('exits 0 when every document was analysed', () => {
    const good = run('--batch', writeTmp('good.jsonl', lines[0] + '\n' + lines[2] + '\n'));
    expect(good.code).toBe(0);
    expect(good.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('analyze failures', () => {
  it('exits 1 with a clear message for a page that is not an article', () => {
    const r = run(writeTmp('menu.html', NOT_AN_ARTICLE));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not an article/);
  });

  it.each([
    ['no input', []],
    ['an unknown option', [PAGE_000, '--verbose']],
    ['an unknown format', [PAGE_000, '--format', 'xml']],
    ['a missing option value', [PAGE_000, '--url']],
    ['two input files', [PAGE_000, PAGE_001]],
    ['a file and --batch', [PAGE_000, '--batch', PAGE_000]],
    ['--batch with --format markdown', ['--batch', PAGE_000, '--format', 'markdown']],
    ['a file that does not exist', [join(tmp, 'missing.html')]],
    ['a batch file that does not exist', ['--batch', join(tmp, 'missing.jsonl')]],
  ])('exits 2 on bad usage: %s', (_name, args) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage:/);
  });
});
