// The `ads` / `ads_batch` handler: scores each point of each Kapacitor group
// with the configured detectors and answers, per point, the verdict fields to
// add to it (the verdict on every point, more where `.include()` asks), or that it is dropped.
import Long from 'long';
import { agent as pb } from '../agent/proto/udf.js';
import { DROP, type BeginBatch, type Edge, type Handler, type HandlerStats, type InitRequest, type Point, type PointOutcome } from '../agent/handler.ts';
import { optionInfos } from './parse_options.ts';
import { buildConfig, DEFAULT_MAX_GROUPS, DEFAULT_MEMORY_BUDGET, formatBytes, type AdsConfig } from './ads_config.ts';
import { combine } from './consensus.ts';
import { VerdictFields } from './verdict_fields.ts';
import { GroupStore, type StoredGroup } from './group_store.ts';
import { beginSnapshot, openSnapshot, sealSnapshot, type LegacySnapshot } from './snapshot_codec.ts';
import { StateWriter } from './state/state_writer.ts';
import type { StateReader } from './state/state_reader.ts';
import type { Detector, Sample, Verdict } from './detectors/types.ts';
import type { DetectorFactory } from './detectors/factory.ts';
import type { DetectorEnv } from './detectors/factory.ts';
import { standaloneEnv } from './detectors/define_detector.ts';
import { errorMessage, SnapshotError } from '../errors.ts';
import type { Logger } from '../log.ts';

export interface AdsHandlerOptions {
  edge?: Edge;
  logger?: Logger;
  /** The detectors' trainer and model source (default: inline training, model/'s files). */
  env?: DetectorEnv;
  /** Memory a configuration's groups may take at most (--memory-budget; default DEFAULT_MEMORY_BUDGET). */
  memoryBudget?: number;
}

interface GroupState extends StoredGroup {
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
  const memoryBudget = opts.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  const edgeType = edge === 'batch' ? pb.EdgeType.BATCH : pb.EdgeType.STREAM;
  let cfg: AdsConfig | null = null;
  let optionsKey = '';
  let groups = new GroupStore<GroupState>(1, 1);
  /** The open batch's group key on the batch edge; null outside a batch. */
  let batchGroup: string | null = null;
  let outputFields = new VerdictFields([], { bands: false, detectors: false, scores: false });
  let detectorNames: string[] = [];
  /** Points judged anomalous since the process started this handler. */
  let anomalies = 0;

  const newGroup = (key: string): GroupState => ({
    detectors: cfg!.detectors.map((d, i) => d.create(cfg!.detectorOptions[i]!, cfg!.fields, key, env)),
    warned: null,
    lastBatchTime: null,
    lastSeenMs: 0,
    tick: 0,
  });

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
   * Scores points in arrival order: per point the fields to add (the verdict fields on every point, warm-up
   * ones where no detector judged it), or DROP when emit('anomalies') drops it or a batch overlap was already scored. Groups are
   * touched and fields read point by point, so eviction and warnings happen as they arrive; then
   * each group's points go through its detectors together (Detector.stepMany, which gives what
   * stepping them one by one gives). `batchGroup`: the open batch's group on the batch edge.
   */
  const score = (ps: readonly Point[], batchGroup: string | null): PointOutcome[] => {
    const c = cfg!;
    const unscored = c.emit === 'anomalies' ? DROP : outputFields.unjudged;
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
        const judgement = combine(detectorNames, perPoint, c.minConsensus, run.samples[k]!.values, outputFields.wantsExtras);
        if (judgement?.anomaly) anomalies++;
        else if (c.emit === 'anomalies') continue;
        out[run.at[k]!] = judgement ? outputFields.judged(judgement, judgement.judged >= c.minConsensus) : outputFields.unjudged;
      }
    }
    return out;
  };

  const requireConfig = (): void => {
    if (!cfg) throw new Error('received data before a successful Init');
  };

  /** A snapshot taken under other options: its state would be wrong for these, so the task starts fresh. */
  const startAfresh = (): { success: true; error: string } => {
    log?.warn('snapshot was taken with different options; starting with empty state');
    groups.clear();
    return { success: true, error: '' };
  };

  /** One group of a version-2 snapshot, after its key. */
  const readGroup = (r: StateReader, key: string, c: AdsConfig): GroupState => {
    const what = `group '${key}'`;
    const lastSeenMs = r.f64(`the last point time of ${what}`);
    const flags = r.u8(`the flags of ${what}`);
    let lastBatchTime: Long | null = null;
    if (flags & HAS_BATCH_TIME) {
      const low = r.u32(`the last batch time of ${what}`);
      lastBatchTime = new Long(low, r.u32(`the last batch time of ${what}`));
    }
    let warned: Set<string> | null = null;
    if (flags & HAS_WARNED) warned = new Set(Array.from({ length: r.uint(`the warned fields of ${what}`, c.fields.length) }, () => r.str(`a warned field of ${what}`)));
    const detectors = c.detectors.map((d, k) => {
      const length = r.u32(`the length of the ${d.name} state of ${what}`);
      return r.within(length, `the ${d.name} state of ${what}`, () => restoreDetector(d, what, () => d.restore(r, c.detectorOptions[k]!, c.fields, env)));
    });
    return { detectors, warned, lastBatchTime, lastSeenMs, tick: 0 };
  };

  /** The groups of a version-1 (JSON) snapshot, one at a time. */
  function* restoreLegacy(snap: LegacySnapshot, into: GroupStore<GroupState>, c: AdsConfig): Generator<void, void, undefined> {
    if (snap.groups.length > c.maxGroups) throw new SnapshotError(`the snapshot holds ${snap.groups.length} groups, more than maxGroups (${c.maxGroups})`);
    for (const [i, g] of snap.groups.entries()) {
      if (!g || typeof g !== 'object' || typeof g.key !== 'string') throw new SnapshotError(`group ${i + 1} of the version-1 snapshot has no key`);
      const what = `group '${g.key}'`;
      if (!Array.isArray(g.detectors) || g.detectors.length !== c.detectors.length) throw new SnapshotError(`${what} holds ${Array.isArray(g.detectors) ? g.detectors.length : 'no'} detector states, the task runs ${c.detectors.length}`);
      if (typeof g.lastSeenMs !== 'number') throw new SnapshotError(`${what} of the version-1 snapshot has no last point time`);
      const detectors = c.detectors.map((d, k) => restoreDetector(d, what, () => d.restoreLegacy(g.detectors[k], c.detectorOptions[k]!, c.fields, env)));
      const warned = Array.isArray(g.warned) && g.warned.length > 0 ? new Set(g.warned.map(String)) : null;
      const lastBatchTime = typeof g.lastBatchTime === 'string' && /^-?\d+$/.test(g.lastBatchTime) ? Long.fromString(g.lastBatchTime) : null;
      into.set(g.key, { detectors, warned, lastBatchTime, lastSeenMs: g.lastSeenMs, tick: 0 });
      yield;
    }
  }

  return {
    info: () => ({ wants: edgeType, provides: edgeType, options: optionInfos() }),

    init(request: InitRequest) {
      try {
        cfg = buildConfig(request.options ?? [], env, memoryBudget);
      } catch (err) {
        // A refused Init leaves a configuration that was working as it was.
        return { success: false, error: errorMessage(err) };
      }
      optionsKey = canonicalOptions(request);
      groups = new GroupStore<GroupState>(cfg.maxGroups, cfg.idleTimeoutMs);
      outputFields = new VerdictFields(cfg.fields, cfg.output);
      detectorNames = cfg.detectors.map((d) => d.name);
      log?.info({ fields: cfg.fields, detectors: cfg.detectors.map((d) => d.name), minConsensus: cfg.minConsensus, maxGroups: cfg.maxGroups, groupBytes: cfg.groupBytes }, 'initialised');
      if (cfg.maxGroupsDefault && cfg.maxGroups < DEFAULT_MAX_GROUPS) {
        log?.warn({ maxGroups: cfg.maxGroups }, `maxGroups defaults to ${cfg.maxGroups} here, not ${DEFAULT_MAX_GROUPS}: that many groups of up to ${formatBytes(cfg.groupBytes)} fit the memory budget of ${formatBytes(memoryBudget)}`);
      }
      return { success: true, error: '' };
    },

    *snapshot() {
      requireConfig();
      const started = performance.now();
      const w = new StateWriter();
      const header = beginSnapshot(w);
      w.str(optionsKey);
      w.uint(detectorNames.length);
      for (const name of detectorNames) w.str(name);
      w.uint(groups.touchesSincePrune);
      const entries = groups.entries();
      yield;
      w.uint(entries.length);
      let n = 0;
      for (const [key, g] of entries) {
        w.str(key);
        w.f64(g.lastSeenMs);
        w.u8((g.lastBatchTime ? HAS_BATCH_TIME : 0) | (g.warned ? HAS_WARNED : 0));
        if (g.lastBatchTime) {
          w.u32(g.lastBatchTime.low >>> 0);
          w.u32(g.lastBatchTime.high >>> 0);
        }
        if (g.warned) {
          w.uint(g.warned.size);
          for (const f of g.warned) w.str(f);
        }
        for (const d of g.detectors) {
          // Each detector's state with its length, so a reader can tell exactly where one ends.
          const length = w.reserve(4);
          const start = w.length;
          d.save(w);
          w.fillU32(length, w.length - start);
        }
        if ((++n & 15) === 0) yield;
      }
      const pieces = w.finish();
      yield* sealSnapshot(pieces, header);
      if (w.length > SNAPSHOT_LOG_BYTES) log?.info({ bytes: w.length, groups: entries.length, ms: Math.round(performance.now() - started) }, 'snapshot built');
      return pieces;
    },

    *restore(pieces: Uint8Array[]) {
      requireConfig();
      const c = cfg!;
      const started = performance.now();
      const bytes = pieces.reduce((a, p) => a + p.length, 0);
      const opened = yield* openSnapshot(pieces);
      const restored = new GroupStore<GroupState>(c.maxGroups, c.idleTimeoutMs);
      const settling: Detector[] = [];
      if (opened.version === 1) {
        if (opened.legacy.options !== optionsKey) return startAfresh();
        yield* restoreLegacy(opened.legacy, restored, c);
      } else {
        const r = opened.body;
        if (r.str('the options the snapshot was taken under', 1 << 24) !== optionsKey) return startAfresh();
        const names = Array.from({ length: r.uint('the detector count', 64) }, () => r.str('a detector name'));
        if (names.join(',') !== detectorNames.join(',')) throw new SnapshotError(`the snapshot holds the detectors ${names.join(', ')}, the task runs ${detectorNames.join(', ')}`);
        const clock = r.uint('the group store clock');
        const count = r.uint('the group count', c.maxGroups);
        for (let i = 0; i < count; i++) {
          const key = r.str(`the key of group ${i + 1}`);
          const g = readGroup(r, key, c);
          restored.set(key, g);
          for (const d of g.detectors) if (d.settle) settling.push(d);
          if ((i & 15) === 15) yield;
        }
        r.finish('the snapshot');
        restored.touchesSincePrune = clock;
      }
      // Forests grown again from their saved rows: one group's at a time, waiting on the training thread in steps.
      for (const d of settling) {
        while (!d.settle!()) yield;
        yield;
      }
      groups = restored;
      if (bytes > SNAPSHOT_LOG_BYTES) log?.info({ bytes, groups: restored.size, ms: Math.round(performance.now() - started) }, 'snapshot restored');
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

    stats(): HandlerStats {
      return { groups: groups.size, groupsEvicted: groups.evicted, anomalies };
    },
  };
}

/** Group flags in a snapshot: a last batch time follows; warned fields follow. */
const HAS_BATCH_TIME = 1;
const HAS_WARNED = 2;
/** Snapshots above this size are logged (size, groups, time), and restores of them. */
const SNAPSHOT_LOG_BYTES = 16 * 1024 * 1024;

/**
 * A detector's state restored, or a SnapshotError saying which group and detector could not be,
 * in words: a JavaScript error from reading state of the wrong shape is not shown as such.
 */
function restoreDetector(d: DetectorFactory, what: string, restore: () => Detector): Detector {
  try {
    return restore();
  } catch (err) {
    if (err instanceof SnapshotError) throw new SnapshotError(`${what}: ${err.message}`, { cause: err });
    if (err instanceof TypeError || err instanceof RangeError || err instanceof SyntaxError) {
      throw new SnapshotError(`${what}: its ${d.name} state is malformed (it does not have the shape of one)`, { cause: err });
    }
    throw new SnapshotError(`${what}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Options in a stable textual form, to tell whether a snapshot was taken under the same configuration. */
function canonicalOptions(request: InitRequest): string {
  return JSON.stringify(pb.InitRequest.toObject(pb.InitRequest.create({ options: request.options ?? [] }), { longs: String, defaults: false }));
}
