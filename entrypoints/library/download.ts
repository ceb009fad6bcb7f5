// Downloads text as a file from an extension page: a Blob, an object URL and a click on <a download>. No
// "downloads" permission is needed, and nothing leaves the machine.

// Firefox starts the download after the click returns; revoking the URL at once can cancel it. A minute is
// far more than it needs, and the URL dies with the page anyway.
const REVOKE_AFTER_MS = 60_000;

export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** "factmark-2026-11-21.md": the local date, so two exports on one day sort together. */
export function exportFilename(extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `factmark-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
