// QR codes for printed handouts, made on the device (no network): uqr computes the module matrix and this
// turns it into one SVG path. Colours go in presentation attributes by the caller, never a style attribute
// (the CSP forbids inline styles).
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, quiet zone included: the SVG viewBox is `0 0 size size`. */
  size: number;
  /** Path data for the dark modules, one rectangle per horizontal run. */
  d: string;
}

/** Error correction M: a printed sheet may be creased or smudged. */
export function qrPath(text: string): QrPath {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  return { size, d: matrixPath(data) };
}

/** Path data for a matrix of dark (true) modules; adjacent modules in a row share one rectangle. */
export function matrixPath(matrix: boolean[][]): string {
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}
