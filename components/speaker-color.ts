// Speakers are coloured by their order in the report, cycling through the palette (lib/settings.ts), so the
// popup, the library and the page agree on who is which colour.
export function speakerColor(palette: readonly string[], index: number): string {
  return palette.length ? palette[index % palette.length]! : 'currentColor';
}
