// Minimal RFC 4180 CSV: comma-separated, optional double quotes with "" as an
// escaped quote, one record per line (quoted fields may not span lines).
import { InputError } from '../../udf/errors.ts';

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** 1-based line number of each row in the file, for error messages. */
  lines: number[];
}

export function parseCsv(text: string, file: string): CsvTable {
  const physical = text.split('\n');
  let header: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line, file, i + 1);
    if (header === null) {
      header = fields.map((f) => f.trim());
      continue;
    }
    if (fields.length !== header.length) {
      throw new InputError(file, i + 1, `expected ${header.length} fields (${header.join(',')}), got ${fields.length}`);
    }
    rows.push(fields);
    lines.push(i + 1);
  }
  if (header === null) throw new InputError(file, null, 'file is empty (no header line)');
  return { header, rows, lines };
}

export function splitCsvLine(line: string, file: string, lineNo: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new InputError(file, lineNo, 'unterminated quoted field');
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      if (i < line.length && line[i] !== ',') throw new InputError(file, lineNo, `unexpected character after quoted field at column ${i + 1}`);
    } else {
      const c = line.indexOf(',', i);
      fields.push(c < 0 ? line.slice(i) : line.slice(i, c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return fields;
    i++; // past the comma
    if (i === line.length) {
      fields.push('');
      return fields;
    }
  }
}

/** Quotes a field when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
