// <input type=color> holds only "#rrggbb" in lower case; anything else (a named colour, "#abc", "rgb()") shows
// as black. Settings may hold any CSS colour, so the input gets the nearest value it can show.
const HEX6 = /^#[\da-f]{6}$/i;
const HEX3 = /^#([\da-f])([\da-f])([\da-f])$/i;

export function toColorInputValue(color: string): string {
  if (HEX6.test(color)) return color.toLowerCase();
  const short = HEX3.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return '#000000';
}
