// Runs history through a UDF handler exactly as the agent would — Init, then
// one Point per row in time order — and collects what it emits. The backtest
// uses the real `ads` handler this way, so there is no second implementation.
import Long from 'long';
import type { Handler, HandlerFactory, InitRequest, Point, Response } from '../../udf/agent/handler.ts';
import type { HistoryRow } from '../io/history.ts';
import { OptionError } from '../client/init_request.ts';
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

/**
 * Returns, per input row (input order), the point the handler emitted for it,
 * or null when it emitted none (e.g. `--emit anomalies` on a normal row).
 */
export function runHandler(factory: HandlerFactory, init: InitRequest, rows: readonly HistoryRow[], source: string, progress?: Progress): (Point | null)[] {
  let emitted: Point | null = null;
  const handler: Handler = factory({
    emit(response: Response) {
      if (response.point) emitted = response.point;
    },
  });
  const answer = handler.init(init);
  if (!answer.success) throw new OptionError(`invalid detector options: ${answer.error}`);
  const out: (Point | null)[] = new Array<Point | null>(rows.length).fill(null);
  const order = timeOrder(rows);
  order.forEach((i, n) => {
    emitted = null;
    const row = rows[i]!;
    try {
      handler.point(toPoint(row));
    } catch (err) {
      throw new Error(`${source}${row.line > 0 ? `:${row.line}` : ''}: the handler failed on this point: ${(err as Error).message}`);
    }
    out[i] = emitted;
    if ((n & 1023) === 0) progress?.update(n);
  });
  progress?.update(rows.length);
  handler.stop();
  return out;
}
