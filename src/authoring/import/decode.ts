// Reads a pasted code's bytes as text, whatever Notepad or Word saved it as: UTF-8 (with or without a byte-order
// mark), UTF-16 little- or big-endian, or Windows-1252 ("ANSI"). Anything else is refused with a message naming
// what the file looks like, because a wrong guess would silently change the code's words (’ → U+FFFD).

/** The encodings the importer reads. */
export type SourceEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

export interface DecodedSource {
  /** The text, line endings normalised to "\n", no byte-order mark. */
  text: string;
  encoding: SourceEncoding;
  /** True when the file had Windows (CRLF) or old Mac (CR) line endings. */
  convertedLineEndings: boolean;
}

export class EncodingError extends Error {
  override name = 'EncodingError';
}

/** Windows-1252's bytes 0x80–0x9F (the rest of the code page is ISO-8859-1); undefined where the code page is. */
const CP1252_HIGH: (number | undefined)[] = [
  0x20ac,
  undefined,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  undefined,
  0x017d,
  undefined,
  undefined,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  undefined,
  0x017e,
  0x0178,
];

const REFUSE_HINT =
  'save it again as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8) and import that file';

/** Decodes a source file's bytes, or throws an EncodingError naming the encoding it cannot read. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    throw new EncodingError(`the file is UTF-32 LE (it starts with that byte-order mark): ${REFUSE_HINT}`);
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    throw new EncodingError(`the file is UTF-32 BE (it starts with that byte-order mark): ${REFUSE_HINT}`);
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return finish(strictUtf8(bytes.subarray(3)), 'UTF-8 with BOM');
  if (b0 === 0xff && b1 === 0xfe) return finish(utf16(bytes.subarray(2), 'utf-16le'), 'UTF-16 LE');
  if (b0 === 0xfe && b1 === 0xff) return finish(utf16(bytes.subarray(2), 'utf-16be'), 'UTF-16 BE');
  const bomless = bomlessUtf16(bytes);
  if (bomless) return finish(utf16(bytes, bomless === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be'), bomless);
  if (bytes.includes(0))
    throw new EncodingError(
      'the file holds zero bytes but is not UTF-16: it looks like a binary file (a PDF or Word document?), not text. Copy the text into a plain-text file and import that',
    );
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'UTF-8');
  return finish(windows1252(bytes), 'Windows-1252');
}

/** Text lines as the importer reads them: line endings normalised, a byte-order mark removed. */
function normaliseLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function finish(text: string, encoding: SourceEncoding): DecodedSource {
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    const line = text.slice(0, replacement).split(/\r\n?|\n/).length;
    throw new EncodingError(
      `line ${line} already holds the replacement character U+FFFD (read as ${encoding}): the text was damaged before it was saved; copy it again from the original document`,
    );
  }
  return { text: normaliseLineEndings(text), encoding, convertedLineEndings: /\r/.test(text) };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array): string {
  const text = tryUtf8(bytes);
  if (text === null)
    throw new EncodingError(
      `the file starts with a UTF-8 byte-order mark but is not valid UTF-8: ${REFUSE_HINT}`,
    );
  return text;
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  const name = label === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.length % 2 !== 0)
    throw new EncodingError(
      `the file reads as ${name} but has an odd number of bytes: it is cut short or not ${name}; ${REFUSE_HINT}`,
    );
  if (label === 'utf-16be') {
    const swapped = new Uint8Array(bytes.length);
    for (let index = 0; index < bytes.length; index += 2) {
      swapped[index] = bytes[index + 1]!;
      swapped[index + 1] = bytes[index]!;
    }
    bytes = swapped;
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new EncodingError(
      `the file reads as ${name} but holds an invalid character sequence: ${REFUSE_HINT}`,
    );
  }
}

/** UTF-16 without a byte-order mark: text whose every other byte is zero (ASCII letters in two-byte units). */
function bomlessUtf16(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = Math.min(bytes.length, 2000) / 2;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) evenZero += 1;
    if (bytes[index + 1] === 0) oddZero += 1;
  }
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'UTF-16 LE';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'UTF-16 BE';
  return null;
}

/** Not UTF-8: Windows-1252, unless it holds bytes that code page leaves undefined or control characters. */
function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    const code = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte;
    const control = byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte);
    if (code === undefined || control) {
      const line = bytes.subarray(0, index).filter((each) => each === 0x0a).length + 1;
      throw new EncodingError(
        `the file is neither UTF-8, UTF-16 nor Windows-1252: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} on line ${line} is not a character in Windows-1252 (the file may be in another code page, such as Mac Roman or a non-Latin one); ${REFUSE_HINT}`,
      );
    }
    text += String.fromCharCode(code);
  }
  return text;
}
