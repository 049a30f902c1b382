// Runs history through a UDF handler as the agent does — Init, then the rows
// as Points in time order, handed over in chunks through Handler.points — and
// applies what it answers for each. The backtest runs the real `ads` handler
// this way, so there is no second implementation.
import Long from 'long';
import { DROP, PASS, type HandlerFactory, type InitRequest, type Point } from '../../udf/agent/handler.ts';
import { withAddedFields } from '../../udf/agent/added_fields.ts';
import { errorMessage } from '../../udf/errors.ts';
import type { HistoryRow } from '../io/history.ts';
import { OptionError } from '../../udf/errors.ts';
import type { Progress } from '../common/progress.ts';

/** Kapacitor-like group id: the sorted tag set, as for `.groupBy(*)`. */
export function groupKey(tags: Record<string, string>): string {
  return Object.keys(tags)
    .sort()
    .map((k) => `${k}=${tags[k]}`)
    .join(',');
}

export function toPoint(row: HistoryRow): Point {
  const fieldsInt: Record<string, Long> = {};
  for (const [k, v] of Object.entries(row.fieldsInt)) fieldsInt[k] = Long.fromNumber(v);
  return {
    time: Long.fromString(row.timeNs.toString()),
    name: row.name,
    database: '',
    retentionPolicy: '',
    group: groupKey(row.tags),
    dimensions: Object.keys(row.tags).sort(),
    tags: row.tags,
    fieldsDouble: row.fieldsDouble,
    fieldsInt,
    fieldsString: row.fieldsString,
    fieldsBool: row.fieldsBool,
    byName: false,
  };
}

/** Rows' indices in time order; rows with equal times keep their input order. */
export function timeOrder(rows: readonly HistoryRow[]): number[] {
  return rows.map((_, i) => i).sort((a, b) => (rows[a]!.timeNs < rows[b]!.timeNs ? -1 : rows[a]!.timeNs > rows[b]!.timeNs ? 1 : a - b));
}

/** Rows handed to the handler at once: about what one 64 KiB input chunk carries in production. */
const CHUNK_ROWS = 1024;

/**
 * Returns, per input row (input order), the point the handler passed on for it
 * (its fields plus those the handler added), or null when it dropped it
 * (e.g. `--emit anomalies` on a normal row).
 */
export function runHandler(factory: HandlerFactory, init: InitRequest, rows: readonly HistoryRow[], source: string, progress?: Progress): (Point | null)[] {
  const handler = factory();
  const answer = handler.init(init);
  if (!answer.success) throw new OptionError(`invalid detector options: ${answer.error}`);
  const out: (Point | null)[] = new Array<Point | null>(rows.length).fill(null);
  const order = timeOrder(rows);
  for (let at = 0; at < order.length; at += CHUNK_ROWS) {
    const chunk = order.slice(at, at + CHUNK_ROWS);
    const points = chunk.map((i) => toPoint(rows[i]!));
    let outcomes;
    try {
      outcomes = handler.points(points);
    } catch (err) {
      // The chunk's first row: the handler cannot say which point it failed on.
      const row = rows[chunk[0]!]!;
      throw new Error(`${source}${row.line > 0 ? `:${row.line}` : ''}: the handler failed on the points from here: ${errorMessage(err)}`, { cause: err });
    }
    chunk.forEach((i, k) => {
      const outcome = outcomes[k]!;
      out[i] = outcome === DROP ? null : withAddedFields(points[k]!, outcome === PASS ? null : outcome);
    });
    progress?.update(Math.min(at + CHUNK_ROWS, order.length));
  }
  progress?.update(rows.length);
  handler.stop();
  return out;
}
