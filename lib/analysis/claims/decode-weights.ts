// The learned weights ship as text inside a JSON module (claim-model.json): base64 of a sparse table, the
// gaps between used buckets as variable-length integers and one signed byte per weight. This decodes it
// without atob or Buffer, which lib/analysis may not use (it runs in Node, tests and the extension).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = VALUE_OF[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`not base64 at ${i}`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) s += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return s + '='.repeat((3 - (bytes.length % 3)) % 3);
}

/** A table of 2^bits signed bytes, most of them zero, as two base64 strings (gaps, values). */
export interface PackedWeights {
  gaps: string;
  values: string;
}

export function packWeights(table: Int8Array): PackedWeights {
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < table.length; i++) {
    const v = table[i] ?? 0;
    if (!v) continue;
    // Seven bits per byte, high bit set while more bytes follow.
    let gap = i - last - 1;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values.push(v & 0xff);
    last = i;
  }
  return { gaps: encodeBase64(Uint8Array.from(gaps)), values: encodeBase64(Uint8Array.from(values)) };
}

export function unpackWeights(packed: PackedWeights, size: number): Int8Array {
  const gaps = decodeBase64(packed.gaps);
  const values = new Int8Array(decodeBase64(packed.values).buffer);
  const table = new Int8Array(size);
  let at = -1;
  let g = 0;
  for (let k = 0; k < values.length; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[g++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    at += gap + 1;
    if (at >= size) throw new Error('weights do not fit the table');
    table[at] = values[k] ?? 0;
  }
  return table;
}
