// Export (Markdown in one file or one per article, W3C JSON, full backup) and import (a backup or a JSON).
import { useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { plural } from '../../components/plural';
import { zipFiles } from '../../lib/library/zip-files';
import { exportBackup } from '../../lib/storage/backup';
import { exportJson } from '../../lib/storage/export-json';
import { exportMarkdown, exportMarkdownFiles } from '../../lib/storage/export-markdown';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import { importLibrary, type ImportSummary } from '../../lib/storage/import-library';
import { downloadBlob, downloadText, exportFilename } from './download';

function summaryText(s: ImportSummary): string {
  const parts = [
    `${plural(s.articlesAdded, 'new article')}`,
    `${plural(s.articlesUpdated, 'article')} updated`,
    `${plural(s.highlightsAdded, 'highlight')} of yours added`,
  ];
  if (s.highlightsUpdated) parts.push(`${plural(s.highlightsUpdated, 'note')} updated`);
  if (s.articlesUnchanged) parts.push(`${s.articlesUnchanged} already here`);
  if (s.skipped) parts.push(`${s.skipped} unreadable ${s.skipped === 1 ? 'entry' : 'entries'} skipped`);
  return `Imported: ${parts.join(', ')}.`;
}

export function LibraryActions({ db }: { db: FactmarkDB }) {
  const [status, setStatus] = useState<{ tone: 'info' | 'success' | 'error'; text: string } | null>(null);

  const run = async (work: () => Promise<string | void>) => {
    setStatus(null);
    try {
      const done = await work();
      if (done) setStatus({ tone: 'success', text: done });
    } catch (e) {
      setStatus({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const onImport = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      setStatus({ tone: 'info', text: `Importing ${file.name}…` });
      const summary = await importLibrary(db, await file.text(), (done, total) =>
        setStatus({ tone: 'info', text: `Importing ${file.name}: ${done.toLocaleString()} of ${total.toLocaleString()} articles…` }));
      return summaryText(summary);
    });
  };

  return (
    <div class="fm-library__actions">
      <div class="fm-library__exports" role="group" aria-label="Export">
        <button type="button" class="fm-button" data-testid="export-markdown"
          onClick={() => run(async () => downloadText(await exportMarkdown(db), exportFilename('md'), 'text/markdown;charset=utf-8'))}>
          Markdown
        </button>
        <button type="button" class="fm-button" data-testid="export-markdown-files"
          onClick={() => run(async () => downloadBlob(new Blob([zipFiles(await exportMarkdownFiles(db))], { type: 'application/zip' }), exportFilename('zip')))}>
          Markdown files (.zip)
        </button>
        <button type="button" class="fm-button" data-testid="export-json"
          onClick={() => run(async () => downloadText(await exportJson(db), exportFilename('json'), 'application/ld+json;charset=utf-8'))}>
          JSON (Web Annotation)
        </button>
        <button type="button" class="fm-button" data-testid="export-backup"
          onClick={() => run(async () => downloadText(await exportBackup(db), exportFilename('backup.json'), 'application/json;charset=utf-8'))}>
          Full backup
        </button>
        <label class="fm-button fm-import">
          Import…
          <input type="file" accept=".json,application/json,application/ld+json" data-testid="import-file" class="fm-visually-hidden"
            onChange={(e) => onImport(e.currentTarget)} />
        </label>
      </div>
      {status && <Message tone={status.tone} testId={status.tone === 'error' ? 'error' : 'import-status'}>{status.text}</Message>}
    </div>
  );
}
