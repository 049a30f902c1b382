// History to backtest, whatever it was read from: points in the shape the
// handler receives them, with where each came from for error messages.

export interface HistoryRow {
  timeNs: bigint;
  /** The timestamp as written in a CSV input, echoed in the CSV output. */
  timeText?: string;
  name: string;
  tags: Record<string, string>;
  fieldsDouble: Record<string, number>;
  fieldsInt: Record<string, number>;
  fieldsString: Record<string, string>;
  fieldsBool: Record<string, boolean>;
  /** 1-based source line (0 for rows from a query). */
  line: number;
}

export interface History {
  /** File name or query URL, for messages. */
  source: string;
  rows: HistoryRow[];
  /** Field names in first-seen order (CSV: the value columns in header order). */
  fields: string[];
  /** Tag keys, sorted. */
  tagKeys: string[];
}

export function newRow(timeNs: bigint, name: string, line: number): HistoryRow {
  return { timeNs, name, tags: {}, fieldsDouble: {}, fieldsInt: {}, fieldsString: {}, fieldsBool: {}, line };
}

/** Field and tag names of the rows, in first-seen order / sorted. */
export function collectNames(rows: readonly HistoryRow[]): { fields: string[]; tagKeys: string[] } {
  const fields = new Set<string>();
  const tags = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r.fieldsDouble)) fields.add(k);
    for (const k of Object.keys(r.fieldsInt)) fields.add(k);
    for (const k of Object.keys(r.fieldsString)) fields.add(k);
    for (const k of Object.keys(r.fieldsBool)) fields.add(k);
    for (const k of Object.keys(r.tags)) tags.add(k);
  }
  return { fields: [...fields], tagKeys: [...tags].sort() };
}
