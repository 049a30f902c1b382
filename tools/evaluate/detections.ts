// Detector output for `evaluate`: CSV files with a timestamp column, an
// `anomaly_score` column and optionally the detector's own `anomaly` verdict
// (backtest output, NAB's results files), one file or a directory of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseCsv } from '../io/csv.ts';
import { errorMessage, InputError } from '../../udf/errors.ts';
import { nsToMs, parseTimestampNs, type EpochUnit } from '../io/timestamps.ts';

export interface DetectionSeries {
  /** File path relative to the input directory (or the file name), with '/' separators. */
  file: string;
  /** Value of the series column, when the file holds several series (e.g. one per printer). */
  group: string | null;
  timesMs: Float64Array;
  scores: Float64Array;
  flags?: Uint8Array;
}

export interface DetectionReadOptions {
  timeColumn?: string;
  scoreColumn?: string;
  flagColumn?: string;
  /** Split the file into series by this column's value (e.g. 'printer'); absent column → one series. */
  seriesColumn?: string;
  epochUnit?: EpochUnit;
}

/** The .csv files of a directory tree (sorted), or the one file given. */
export function listCsvFiles(path: string): { path: string; rel: string }[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(path, null, 'no such file or directory');
  }
  if (!st.isDirectory()) return [{ path, rel: path.split(sep).pop()! }];
  const out: { path: string; rel: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.csv')) out.push({ path: full, rel: relative(path, full).split(sep).join('/') });
    }
  };
  walk(path);
  return out;
}

const TRUE = new Set(['true', '1', 't', 'yes']);
const FALSE = new Set(['false', '0', 'f', 'no', '']);

export function readDetectionCsv(path: string, rel: string, options: DetectionReadOptions = {}): DetectionSeries[] {
  const timeColumn = options.timeColumn ?? 'timestamp';
  const scoreColumn = options.scoreColumn ?? 'anomaly_score';
  const flagColumn = options.flagColumn ?? 'anomaly';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(path, null, `cannot read: ${errorMessage(err)}`, { cause: err });
  }
  const table = parseCsv(text, path);
  const col = (name: string): number => table.header.indexOf(name);
  const ti = col(timeColumn);
  const si = col(scoreColumn);
  const fi = col(flagColumn);
  const gi = options.seriesColumn ? col(options.seriesColumn) : -1;
  if (ti < 0) throw new InputError(path, 1, `no '${timeColumn}' column (columns: ${table.header.join(', ')})`);
  if (si < 0) throw new InputError(path, 1, `no '${scoreColumn}' column (columns: ${table.header.join(', ')})`);
  if (table.rows.length === 0) throw new InputError(path, null, 'no data rows');

  const groups = new Map<string | null, { times: number[]; scores: number[]; flags: number[] }>();
  table.rows.forEach((row, r) => {
    const line = table.lines[r]!;
    const ns = parseTimestampNs(row[ti]!, options.epochUnit);
    if (ns === null) throw new InputError(path, line, `unparsable timestamp '${row[ti]}'`);
    const scoreText = row[si]!.trim();
    const score = scoreText === '' ? NaN : Number(scoreText);
    if (scoreText !== '' && !Number.isFinite(score)) throw new InputError(path, line, `unparsable ${scoreColumn} '${scoreText}'`);
    let flag = 0;
    if (fi >= 0) {
      const f = row[fi]!.trim().toLowerCase();
      if (TRUE.has(f)) flag = 1;
      else if (!FALSE.has(f)) throw new InputError(path, line, `unparsable ${flagColumn} '${row[fi]}' (want true/false/1/0)`);
    }
    const key = gi >= 0 ? row[gi]! : null;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { times: [], scores: [], flags: [] }));
    g.times.push(nsToMs(ns));
    g.scores.push(score);
    g.flags.push(flag);
  });

  return [...groups.entries()].map(([group, g]) => {
    // Rows of one series in time order (stable for equal times).
    const order = g.times.map((_, i) => i).sort((a, b) => g.times[a]! - g.times[b]! || a - b);
    return {
      file: rel,
      group,
      timesMs: Float64Array.from(order, (i) => g.times[i]!),
      scores: Float64Array.from(order, (i) => g.scores[i]!),
      flags: fi >= 0 ? Uint8Array.from(order, (i) => g.flags[i]!) : undefined,
    };
  });
}
