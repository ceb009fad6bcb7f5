/** A small colour dot next to a speaker or a highlight kind. Decorative: the text next to it says who. */
export function Swatch({ color }: { color: string }) {
  return <span class="fm-swatch" style={{ backgroundColor: color }} aria-hidden="true" />;
}
