// Choosing the font size of a preview image's clause text, and shortening a text that cannot fit even at the
// smallest size. Pure: widths are estimated from a per-character average (deliberately generous, so that the
// real text, wrapped by the renderer, takes no more lines than estimated).

export interface TextBox {
  /** Width and height of the text area, in pixels. */
  width: number;
  height: number;
  /** Candidate font sizes in pixels, largest first; the smallest is the floor that stays legible. */
  sizes: number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Average advance of one character as a fraction of the font size (0.5 suits Source Sans 3 prose). */
  charWidth: number;
}

export interface FittedText {
  fontSize: number;
  text: string;
  /** True when words were dropped (and an ellipsis added). */
  truncated: boolean;
  /** Estimated number of lines at fontSize. */
  lines: number;
}

export const ELLIPSIS = '…';

/** How many lines greedy word wrapping makes of `words` at `perLine` characters per line. */
export function countLines(words: string[], perLine: number): number {
  let lines = 0;
  let used = 0;
  for (const word of words) {
    // A word longer than a line is broken by the renderer over as many lines as it needs.
    const length = word.length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    lines += used > 0 ? 1 : 0;
    lines += Math.floor(Math.max(length - 1, 0) / perLine);
    used = length % perLine || Math.min(length, perLine);
  }
  return lines + (used > 0 ? 1 : 0);
}

/** The largest font size at which the whole text fits; at the smallest size, the longest whole-word prefix + "…". */
export function fitText(text: string, box: TextBox): FittedText {
  if (box.sizes.length === 0) throw new Error('fitText: give at least one font size');
  const words = text.split(/\s+/).filter(Boolean);
  const capacity = (size: number) => ({
    perLine: Math.max(1, Math.floor(box.width / (size * box.charWidth))),
    maxLines: Math.max(1, Math.floor(box.height / (size * box.lineHeight))),
  });
  for (const size of box.sizes) {
    const { perLine, maxLines } = capacity(size);
    const lines = countLines(words, perLine);
    if (lines <= maxLines) return { fontSize: size, text: words.join(' '), truncated: false, lines };
  }
  const size = box.sizes[box.sizes.length - 1]!;
  const { perLine, maxLines } = capacity(size);
  // Drop whole words from the end until the rest and the ellipsis fit; a trailing comma or colon goes too.
  let keep = words.length;
  while (
    keep > 1 &&
    countLines([...words.slice(0, keep - 1), `${words[keep - 1]}${ELLIPSIS}`], perLine) > maxLines
  )
    keep -= 1;
  const kept = words.slice(0, keep);
  kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/[,;:.!?\u2014\u2013-]+$/, '')}${ELLIPSIS}`;
  const shortened = kept.join(' ');
  return { fontSize: size, text: shortened, truncated: true, lines: countLines(kept, perLine) };
}
