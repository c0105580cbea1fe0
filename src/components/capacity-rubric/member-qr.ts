/**
 * A QR code of a member's link, drawn here as an SVG path (no network, no canvas): member mode's "Show a QR
 * code", for a room of phones. Loaded with a dynamic `import()` only when a member asks for it, so neither
 * the rubric's budget nor the script tag's core grows by it.
 *
 * The encoder is `lean-qr/nano` (MIT, ESM, released monthly through 2026): 2.1 kB gzip bundled and minified
 * (3.7 kB raw), byte mode up to version 40. Measured against the others the same way (esbuild, minified,
 * gzip -9, only what this module uses): lean-qr's full build 3.7 kB, `uqr` 3.9 kB, `qr` 6.0 kB (it also
 * reads codes), `qrcode-generator` 7.6 kB. A hand-written encoder (Reed–Solomon, masks, versions up to 40)
 * would be about as large and far less tested.
 */
import { generate } from 'lean-qr/nano';

/**
 * The longest text drawn as a QR code, in UTF-8 bytes. A version 40 code at the lowest error correction
 * holds 2,953 bytes; a little less leaves room for what scanners skip at the edge of the spec.
 */
export const QR_MAX_BYTES = 2_900;

/** A QR code as an SVG: `size` modules a side, and one path of the dark modules (without the quiet zone). */
export interface QrCode {
  readonly size: number;
  /** Dark modules as horizontal runs, `M x y h n v 1 h -n z`: a fraction of one square per module. */
  readonly path: string;
}

/** The QR code of `text`, or why there is none: `too-long` beyond QR_MAX_BYTES. */
export function qrCode(text: string): QrCode | { readonly tooLong: number } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > QR_MAX_BYTES) return { tooLong: bytes };
  const code = generate(text);
  const { size } = code;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && code.get(x, y)) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path };
}
