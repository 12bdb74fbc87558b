// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF between records.

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 byte-order mark: spreadsheet programs read "¶" and curly quotes as UTF-8 only when a file starts with it. */
export const BOM = '\uFEFF';

/** RFC 4180 CSV for spreadsheets: toCsv behind a byte-order mark. */
export function toSpreadsheetCsv(header: string[], rows: string[][]): string {
  return BOM + toCsv(header, rows);
}

/** A site path made absolute on the public origin when there is one (SITE_URL); the path as it is otherwise. */
export function absoluteUrl(path: string, site?: string): string {
  return site ? new URL(path, site).href : path;
}

/** Parses RFC 4180 CSV (for tests and tools reading the export back). */
export function parseCsv(input: string): string[][] {
  // A leading byte-order mark is not part of the first field.
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      // CRLF ends the record; the \n is consumed on the next turn.
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
