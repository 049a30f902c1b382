// The `ads` / `ads_batch` handler: scores each point of each Kapacitor group
// with the configured detectors and answers, per point, the verdict fields to
// add to it (or that it passes unscored, or is dropped).
import Long from 'long';
import { agent as pb } from '../agent/proto/udf.js';
import { DROP, PASS, type AddedFields, type BeginBatch, type Edge, type Handler, type InitRequest, type Point, type PointOutcome } from '../agent/handler.ts';
import { optionInfos } from './parse_options.ts';
import { buildConfig, type AdsConfig } from './ads_config.ts';
import { combine, type Judgement } from './consensus.ts';
import { GroupStore } from './group_store.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot_codec.ts';
import type { Detector, Sample, Verdict } from './detectors/types.ts';
import type { DetectorEnv } from './detectors/factory.ts';
import { standaloneEnv } from './detectors/define_detector.ts';
import { errorMessage, SnapshotError } from '../errors.ts';
import type { Logger } from '../log.ts';

export interface AdsHandlerOptions {
  edge?: Edge;
  logger?: Logger;
  /** The detectors' trainer and model source (default: inline training, model/'s files). */
  env?: DetectorEnv;
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

export function createAdsHandler(opts: AdsHandlerOptions = {}): Handler {
  const edge = opts.edge ?? 'stream';
  const log = opts.logger;
  const env = opts.env ?? standaloneEnv();
  const edgeType = edge === 'batch' ? pb.EdgeType.BATCH : pb.EdgeType.STREAM;
  let cfg: AdsConfig | null = null;
  let optionsKey = '';
  let groups = new GroupStore<GroupState>(1, 1);
  /** The open batch's group key on the batch edge; null outside a batch. */
  let batchGroup: string | null = null;
  let names: FieldNames = { lower: [], upper: [] };
  let detectorNames: string[] = [];

  const newGroup = (key: string): GroupState => ({ detectors: cfg!.detectors.map((d, i) => d.create(cfg!.detectorOptions[i]!, cfg!.fields, key, env)), warned: null, lastBatchTime: null });

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
   * Scores points in arrival order: per point the fields to add, PASS when it is passed on unscored,
   * or DROP when emit('anomalies') drops it or a batch overlap was already scored. Groups are
   * touched and fields read point by point, so eviction and warnings happen as they arrive; then
   * each group's points go through its detectors together (Detector.stepMany, which gives what
   * stepping them one by one gives). `batchGroup`: the open batch's group on the batch edge.
   */
  const score = (ps: readonly Point[], batchGroup: string | null): PointOutcome[] => {
    const c = cfg!;
    const unscored = c.emit === 'anomalies' ? DROP : PASS;
    const out: PointOutcome[] = new Array(ps.length);
    const runs = new Map<GroupState, { at: number[]; samples: Sample[] }>();
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const key = batchGroup ?? p.group ?? '';
      const t = p.time == null ? Long.ZERO : Long.fromValue(p.time);
      const timeMs = t.toNumber() / 1e6;
      const group = groups.touch(key, timeMs, newGroup);
      out[i] = unscored; // unless judged below
      if (batchGroup !== null) {
        if (group.lastBatchTime !== null && t.lte(group.lastBatchTime)) {
          out[i] = DROP;
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
        out[run.at[k]!] = judgement ? verdictFields(judgement, names) : PASS;
      }
    }
    return out;
  };

  const requireConfig = (): void => {
    if (!cfg) throw new Error('received data before a successful Init');
  };

  return {
    info: () => ({ wants: edgeType, provides: edgeType, options: optionInfos() }),

    init(request: InitRequest) {
      try {
        cfg = buildConfig(request.options ?? [], env);
      } catch (err) {
        cfg = null;
        return { success: false, error: errorMessage(err) };
      }
      optionsKey = canonicalOptions(request);
      groups = new GroupStore<GroupState>(cfg.maxGroups, cfg.idleTimeoutMs);
      names = { lower: cfg.fields.map((f) => `${f}_lower`), upper: cfg.fields.map((f) => `${f}_upper`) };
      detectorNames = cfg.detectors.map((d) => d.name);
      log?.info({ fields: cfg.fields, detectors: cfg.detectors.map((d) => d.name), minConsensus: cfg.minConsensus }, 'initialised');
      return { success: true, error: '' };
    },

    *snapshot() {
      requireConfig();
      return [encodeSnapshot({
        options: optionsKey,
        groups: groups.entries().map(([key, g, lastSeenMs]) => ({
          key,
          lastSeenMs,
          warned: g.warned ? [...g.warned] : [],
          lastBatchTime: g.lastBatchTime?.toString() ?? null,
          detectors: g.detectors.map((d) => d.state()),
        })),
      })];
    },

    *restore(pieces: Uint8Array[]) {
      requireConfig();
      const c = cfg!;
      const snap = decodeSnapshot(Buffer.concat(pieces));
      if (snap.options !== optionsKey) {
        // The task was redefined with other options: old state would be wrong, so start fresh.
        log?.warn('snapshot was taken with different options; starting with empty state');
        groups.clear();
        return { success: true, error: '' };
      }
      const restored = new GroupStore<GroupState>(c.maxGroups, c.idleTimeoutMs);
      for (const g of snap.groups) {
        if (!Array.isArray(g.detectors) || g.detectors.length !== c.detectors.length) throw new SnapshotError(`snapshot group '${g.key}' has the wrong number of detectors`);
        const detectors = c.detectors.map((d, i) => d.restore(g.detectors[i], c.detectorOptions[i]!, c.fields, env));
        restored.set(g.key, { detectors, warned: g.warned?.length ? new Set(g.warned) : null, lastBatchTime: typeof g.lastBatchTime === 'string' ? Long.fromString(g.lastBatchTime) : null }, g.lastSeenMs);
      }
      groups = restored;
      return { success: true, error: '' };
    },

    beginBatch(begin: BeginBatch) {
      requireConfig();
      batchGroup = begin.group ?? '';
    },

    points(ps: readonly Point[]): PointOutcome[] {
      requireConfig();
      if (batchGroup === null && edge === 'batch') throw new Error('point received outside a batch on the batch edge');
      return score(ps, batchGroup);
    },

    endBatch() {
      requireConfig();
      batchGroup = null;
    },

    stop() {
      batchGroup = null;
    },
  };
}

/** Output field names of one configuration, computed once instead of per point. */
interface FieldNames {
  lower: string[];
  upper: string[];
}

const VOTES = Array.from({ length: 64 }, (_, i) => Long.fromNumber(i));

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

/** Options in a stable textual form, to tell whether a snapshot was taken under the same configuration. */
function canonicalOptions(request: InitRequest): string {
  return JSON.stringify(pb.InitRequest.toObject(pb.InitRequest.create({ options: request.options ?? [] }), { longs: String, defaults: false }));
}
