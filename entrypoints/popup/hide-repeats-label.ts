// The popup's "hide repeated passages" switch says what it did: a repeat that is one sentence of a longer
// paragraph cannot leave the page without the rest of the paragraph, so it stays, dimmed.
export function hideRepeatsLabel(repeats: number, hidden: number | undefined): string {
  const label = 'Hide repeated passages';
  if (hidden === undefined) return label;
  const kept = Math.max(0, repeats - hidden);
  if (kept === 0) return `${label} (${hidden} hidden)`;
  return `${label} (${hidden} hidden; ${kept} inside longer paragraphs stay dimmed)`;
}
