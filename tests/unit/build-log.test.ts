import { describe, expect, it } from 'vitest';
import { imageFigures, precacheFigures } from '../../tools/lib/build-log';

describe('build log figures', () => {
  it('sums the preview image routes, in ms or s, and nothing else', () => {
    const log = [
      '17:45:06 λ src/pages/og/[code]/[clause].png.ts',
      '17:45:06   ├─ /og/iaps/transparent.png/ (+352ms) ',
      '17:45:06   └─ /ethics/og/iaps/person-driven.png (+1.07s) ',
      '17:45:07   ├─ /themes/hope/index.html (+3ms) ',
    ].join('\n');
    const figures = imageFigures(log);
    expect(figures.count).toBe(2);
    expect(figures.seconds).toBeCloseTo(1.422, 3);
  });

  it('reads the precache line, or says there was none', () => {
    expect(precacheFigures('[pec:offline] offline: precache 213 files, 4567890 bytes, version abc')).toEqual({
      files: 213,
      bytes: 4567890,
    });
    expect(precacheFigures('nothing')).toBeNull();
  });
});
