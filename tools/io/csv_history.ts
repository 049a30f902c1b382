// History from CSV: a timestamp column (ISO 8601, 'YYYY-MM-DD HH:MM:SS' as
// UTC, or epoch numbers) and value columns, e.g. NAB's `timestamp,value`.
// Columns named as tags become point tags (one series per tag set).
import { parseCsv } from './csv.ts';
import { InputError } from '../../udf/errors.ts';
import { newRow, type History, type HistoryRow } from './history.ts';
import { parseTimestampNs, type EpochUnit } from './timestamps.ts';

export interface CsvHistoryOptions {
  timeColumn?: string;
  tagColumns?: readonly string[];
  /** Measurement name of the points (the UDF's point name). */
  name: string;
  epochUnit?: EpochUnit;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOL: Record<string, boolean> = { true: true, false: false, TRUE: true, FALSE: false, True: true, False: false };

export function parseCsvHistory(text: string, file: string, options: CsvHistoryOptions): History {
  const table = parseCsv(text, file);
  const timeColumn = options.timeColumn ?? 'timestamp';
  const tagColumns = options.tagColumns ?? [];
  const ti = table.header.indexOf(timeColumn);
  if (ti < 0) throw new InputError(file, 1, `no '${timeColumn}' column (columns: ${table.header.join(', ')}); name it with --time-column`);
  for (const t of tagColumns) {
    if (!table.header.includes(t)) throw new InputError(file, 1, `unknown tag column '${t}' (columns: ${table.header.join(', ')})`);
  }
  const seen = new Set<string>();
  for (const h of table.header) {
    if (h === '') throw new InputError(file, 1, 'empty column name in the header');
    if (seen.has(h)) throw new InputError(file, 1, `duplicate column '${h}'`);
    seen.add(h);
  }
  if (table.rows.length === 0) throw new InputError(file, null, 'no data rows after the header');
  const valueIdx = table.header.map((_, i) => i).filter((i) => i !== ti && !tagColumns.includes(table.header[i]!));
  const tagIdx = tagColumns.map((t) => table.header.indexOf(t));
  const rows: HistoryRow[] = table.rows.map((cells, r) => {
    const line = table.lines[r]!;
    const ns = parseTimestampNs(cells[ti]!, options.epochUnit);
    if (ns === null) throw new InputError(file, line, `unparsable timestamp '${cells[ti]}' in column '${timeColumn}'`);
    const row = newRow(ns, options.name, line);
    row.timeText = cells[ti]!.trim();
    tagIdx.forEach((c, j) => {
      const v = cells[c]!.trim();
      if (v !== '') row.tags[tagColumns[j]!] = v;
    });
    for (const c of valueIdx) {
      const raw = cells[c]!.trim();
      if (raw === '') continue; // a missing value: the field is absent from this point
      const key = table.header[c]!;
      if (NUMBER.test(raw)) row.fieldsDouble[key] = Number(raw);
      else if (raw in BOOL) row.fieldsBool[key] = BOOL[raw]!;
      else throw new InputError(file, line, `unparsable value '${raw}' in column '${key}' (want a number; name text columns with --tag-column)`);
    }
    return row;
  });
  return { source: file, rows, fields: valueIdx.map((i) => table.header[i]!), tagKeys: [...tagColumns].sort() };
}
