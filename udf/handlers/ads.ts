// The `ads` / `ads_batch` handler: scores each point of each Kapacitor group
// with the configured detectors and emits it with its verdict.
import Long from 'long';
import { agent as pb } from '../agent/proto/udf.js';
import type { AddedFields, BeginBatch, Edge, Emitter, EndBatch, Handler, InitRequest, Point } from '../agent/handler.ts';
import { optionInfos } from './parse_options.ts';
import { buildConfig, type AdsConfig } from './ads_config.ts';
import { combine, type Judgement } from './consensus.ts';
import { GroupStore } from './group_store.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot_codec.ts';
import type { Detector, Sample, Verdict } from './detectors/types.ts';
import type { Logger } from '../log.ts';

export interface AdsHandlerOptions {
  edge?: Edge;
  logger?: Logger;
}

interface GroupState {
  detectors: Detector[];
  /**
   * Batch edge: time (ns) of the newest point scored. Overlapping batch queries (`.period(30m).every(1m)`)
   * return points already scored; those are skipped, so each is scored once.
   */
  lastBatchTime: Long | null;
  /** Fields already reported as non-numeric for this group (log once). */
  warned: Set<string> | null; // created on the first warning: most groups never need it
}

export function createAdsHandler(emitter: Emitter, opts: AdsHandlerOptions = {}): Handler {
  const edge = opts.edge ?? 'stream';
  const log = opts.logger;
  const edgeType = edge === 'batch' ? pb.EdgeType.BATCH : pb.EdgeType.STREAM;
  let cfg: AdsConfig | null = null;
  let optionsKey = '';
  let groups = new GroupStore<GroupState>(1, 1);
  let batch: { begin: BeginBatch; points: Point[] } | null = null;
  let names: FieldNames = { lower: [], upper: [] };
  let detectorNames: string[] = [];

  const newGroup = (key: string): GroupState => ({ detectors: cfg!.detectors.map((d, i) => d.create(cfg!.detectorOptions[i]!, cfg!.fields, key)), warned: null, lastBatchTime: null });

  /** Reads the configured fields into `values`; NaN where missing or unusable. */
  const readFields = (p: Point, group: GroupState, key: string, values: Float64Array): number => {
    let usable = 0;
    const fields = cfg!.fields;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      let x = p.fieldsDouble?.[f];
      if (x === undefined) {
        const n = p.fieldsInt?.[f];
        if (n !== undefined) x = typeof n === 'number' ? n : Long.fromValue(n).toNumber();
        else if ((p.fieldsString && f in p.fieldsString) || (p.fieldsBool && f in p.fieldsBool)) {
          if (!group.warned?.has(f)) {
            (group.warned ??= new Set()).add(f);
            log?.warn({ group: key, field: f }, 'field is not numeric; points pass through unscored for it');
          }
        }
      }
      const v = x !== undefined && Number.isFinite(x) ? x : NaN;
      values[i] = v;
      if (!Number.isNaN(v)) usable++;
    }
    return usable;
  };

  /**
   * Scores points in arrival order: per point the fields to add (null: passed on unscored), or
   * undefined when emit('anomalies') drops it or a batch overlap was already scored. Groups are
   * touched and fields read point by point, so eviction and warnings happen as they arrive; then
   * each group's points go through its detectors together (Detector.stepMany, which gives what
   * stepping them one by one gives). `batchGroup`: the open batch's group on the batch edge.
   */
  const score = (ps: readonly Point[], batchGroup: string | null): (AddedFields | null | undefined)[] => {
    const c = cfg!;
    const out: (AddedFields | null | undefined)[] = new Array(ps.length);
    const runs = new Map<GroupState, { at: number[]; samples: Sample[] }>();
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const key = batchGroup ?? p.group ?? '';
      const t = p.time == null ? Long.ZERO : Long.fromValue(p.time);
      const timeMs = t.toNumber() / 1e6;
      const group = groups.touch(key, timeMs, newGroup);
      out[i] = c.emit === 'anomalies' ? undefined : null; // unscored unless judged below
      if (batchGroup !== null) {
        if (group.lastBatchTime !== null && t.lte(group.lastBatchTime)) {
          out[i] = undefined;
          continue;
        }
        group.lastBatchTime = t;
      }
      const s: Sample = { timeMs, values: new Float64Array(c.fields.length) };
      if (readFields(p, group, key, s.values) === 0) continue;
      let run = runs.get(group);
      if (!run) runs.set(group, (run = { at: [], samples: [] }));
      run.at.push(i);
      run.samples.push(s);
    }
    const perPoint: (Verdict | null)[] = new Array(c.detectors.length);
    for (const [group, run] of runs) {
      const verdicts = group.detectors.map((d) => (d.stepMany ? d.stepMany(run.samples) : run.samples.map((s) => d.step(s))));
      for (let k = 0; k < run.at.length; k++) {
        for (let d = 0; d < verdicts.length; d++) perPoint[d] = verdicts[d]![k]!;
        const judgement = combine(detectorNames, perPoint, c.minConsensus, c.fields.length);
        if (c.emit === 'anomalies' && !judgement?.anomaly) continue;
        out[run.at[k]!] = judgement ? verdictFields(judgement, names) : null;
      }
    }
    return out;
  };

  /** Points in arrival order, with their encoded bytes where the agent has them. */
  const handle = (ps: readonly Point[], encoded: readonly (Uint8Array | undefined)[]): void => {
    requireConfig();
    const open = batch;
    if (open) {
      score(ps, open.begin.group ?? '').forEach((added, i) => {
        if (added !== undefined) open.points.push(addFields(ps[i]!, added));
      });
      return;
    }
    if (edge === 'batch') throw new Error('point received outside a batch on the batch edge');
    const added = score(ps, null);
    for (let i = 0; i < ps.length; i++) {
      const a = added[i];
      if (a === undefined) continue;
      const bytes = encoded[i];
      if (bytes && emitter.passOn) emitter.passOn(bytes, a);
      else emitter.emit({ point: addFields(ps[i]!, a) });
    }
  };

  const requireConfig = (): void => {
    if (!cfg) throw new Error('received data before a successful Init');
  };

  return {
    info: () => ({ wants: edgeType, provides: edgeType, options: optionInfos() }),

    init(request: InitRequest) {
      try {
        cfg = buildConfig(request.options ?? []);
      } catch (err) {
        cfg = null;
        return { success: false, error: (err as Error).message };
      }
      optionsKey = canonicalOptions(request);
      groups = new GroupStore<GroupState>(cfg.maxGroups, cfg.idleTimeoutMs);
      names = { lower: cfg.fields.map((f) => `${f}_lower`), upper: cfg.fields.map((f) => `${f}_upper`) };
      detectorNames = cfg.detectors.map((d) => d.name);
      log?.info({ fields: cfg.fields, detectors: cfg.detectors.map((d) => d.name), minConsensus: cfg.minConsensus }, 'initialised');
      return { success: true, error: '' };
    },

    snapshot() {
      requireConfig();
      return encodeSnapshot({
        options: optionsKey,
        groups: groups.entries().map(([key, g, lastSeenMs]) => ({
          key,
          lastSeenMs,
          warned: g.warned ? [...g.warned] : [],
          lastBatchTime: g.lastBatchTime?.toString() ?? null,
          detectors: g.detectors.map((d) => d.state()),
        })),
      });
    },

    restore(bytes: Uint8Array) {
      requireConfig();
      const c = cfg!;
      const snap = decodeSnapshot(bytes);
      if (snap.options !== optionsKey) {
        // The task was redefined with other options: old state would be wrong, so start fresh.
        log?.warn('snapshot was taken with different options; starting with empty state');
        groups.clear();
        return { success: true, error: '' };
      }
      const restored = new GroupStore<GroupState>(c.maxGroups, c.idleTimeoutMs);
      for (const g of snap.groups) {
        if (!Array.isArray(g.detectors) || g.detectors.length !== c.detectors.length) throw new Error(`snapshot group '${g.key}' has the wrong number of detectors`);
        const detectors = c.detectors.map((d, i) => d.restore(g.detectors[i], c.detectorOptions[i]!, c.fields));
        restored.set(g.key, { detectors, warned: g.warned?.length ? new Set(g.warned) : null, lastBatchTime: typeof g.lastBatchTime === 'string' ? Long.fromString(g.lastBatchTime) : null }, g.lastSeenMs);
      }
      groups = restored;
      return { success: true, error: '' };
    },

    beginBatch(begin: BeginBatch) {
      requireConfig();
      if (batch) throw new Error('BeginBatch received while a batch is open');
      batch = { begin, points: [] };
    },

    points(ps: readonly Point[], encoded: readonly Uint8Array[]) {
      handle(ps, encoded);
    },

    point(p: Point, encoded?: Uint8Array) {
      handle([p], [encoded]);
    },

    endBatch(end: EndBatch) {
      requireConfig();
      if (!batch) {
        log?.warn('EndBatch without BeginBatch ignored');
        return;
      }
      const { begin, points } = batch;
      batch = null;
      // Buffered so that the bracket's size is exact and the pair is always complete.
      emitter.emit({ begin: { ...begin, size: Long.fromNumber(points.length) } });
      for (const point of points) emitter.emit({ point });
      emitter.emit({ end });
    },

    stop() {
      batch = null;
    },
  };
}

/** Output field names of one configuration, computed once instead of per point. */
interface FieldNames {
  lower: string[];
  upper: string[];
}

const VOTES = Array.from({ length: 64 }, (_, i) => Long.fromNumber(i));

/** A decoded map field, or a fresh object where the decoder left its shared frozen default. */
function ownMap<T>(m: Record<string, T> | null | undefined): Record<string, T> {
  return m && !Object.isFrozen(m) ? m : { ...m };
}

/** The fields a judgement adds to its point. */
function verdictFields(j: Judgement, names: FieldNames): AddedFields {
  const fd: Record<string, number> = { anomaly_score: j.score };
  for (const key in j.extras) fd[key] = j.extras[key]!;
  for (let i = 0; i < names.lower.length; i++) {
    const band = j.bands[i];
    if (!band) continue;
    if (Number.isFinite(band.lower)) fd[names.lower[i]!] = band.lower;
    if (Number.isFinite(band.upper)) fd[names.upper[i]!] = band.upper;
  }
  return {
    fieldsDouble: fd,
    fieldsInt: { anomaly_votes: VOTES[j.votes] ?? Long.fromNumber(j.votes) },
    fieldsString: { anomaly_detectors: j.voters.join(',') },
    fieldsBool: { anomaly: j.anomaly },
  };
}

/**
 * Adds fields to the decoded input point, in place: the point was decoded for
 * this call and is not shared, and Kapacitor needs its name, tags, dimensions,
 * group and input fields back unchanged.
 */
function addFields(p: Point, added: AddedFields | null): Point {
  if (!added) return p;
  if (added.fieldsDouble) Object.assign((p.fieldsDouble = ownMap(p.fieldsDouble)), added.fieldsDouble);
  if (added.fieldsInt) Object.assign((p.fieldsInt = ownMap(p.fieldsInt)), added.fieldsInt);
  if (added.fieldsString) Object.assign((p.fieldsString = ownMap(p.fieldsString)), added.fieldsString);
  if (added.fieldsBool) Object.assign((p.fieldsBool = ownMap(p.fieldsBool)), added.fieldsBool);
  return p;
}

/** Options in a stable textual form, to tell whether a snapshot was taken under the same configuration. */
function canonicalOptions(request: InitRequest): string {
  return JSON.stringify(pb.InitRequest.toObject(pb.InitRequest.create({ options: request.options ?? [] }), { longs: String, defaults: false }));
}
