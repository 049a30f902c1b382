// Shared machinery of the detectors that compare two adjacent windows of a
// field (levelshift: medians, volatilityshift: standard deviations): the
// newest `window` values (right) push their oldest into the `window` values
// before them (left); once both are full, a statistic of the pair is judged
// by an IQR rule on its own history (ADTK's LevelShiftAD/VolatilityShiftAD
// pipelines), then learnt. Options: window, c, side, history.
import type { Detector, Options, Sample, Verdict } from './types.ts';
import type { DetectorFactory } from './factory.ts';
import { perFieldDetector, saveFields } from './per_field_detector.ts';
import { AbsIqrRule } from './abs_iqr_rule.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, sideOption, type Side } from './suite_options.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { MAX_WINDOW, OBJECT_BYTES, sortedWindowBytes } from './state_bytes.ts';

/** A rolling window kind: what the two windows are made of. */
export interface WindowKind<W, S> {
  create(capacity: number): W;
  /** Adds a value; returns the value that fell out of a full window, if any. */
  push(w: W, x: number): number | undefined;
  full(w: W): boolean;
  save(w: W, out: StateWriter): void;
  /** A window from what save() wrote. */
  read(capacity: number, from: StateReader, what: string): W;
  /** A window from its version-1 JSON state. */
  load(capacity: number, state: S): W;
}

export interface AdjacentWindowsSpec<W, S> {
  name: string;
  /** Smallest allowed window. */
  minWindow: number;
  /** Default c (IQR multiplier). */
  defaultC: number;
  kind: WindowKind<W, S>;
  /** The statistic comparing the newer (right) window with the older (left) one. */
  statistic(left: W, right: W): number;
  /** An upper bound of one window's memory. */
  windowBytes(capacity: number): number;
}

interface Config {
  window: number;
  c: number;
  side: Side;
  history: number;
}

interface Field<W> {
  left: W;
  right: W;
  rule: AbsIqrRule;
}

/** A field's state in a version-1 (JSON) snapshot. */
interface FieldState<S> {
  left: S;
  right: S;
  history: number[];
}

class AdjacentWindowsDetector<W, S> implements Detector {
  private readonly spec: AdjacentWindowsSpec<W, S>;
  private readonly fields: Field<W>[];

  constructor(spec: AdjacentWindowsSpec<W, S>, fields: Field<W>[]) {
    this.spec = spec;
    this.fields = fields;
  }

  step(sample: Sample): Verdict | null {
    const { kind, statistic } = this.spec;
    const out = new FieldVerdicts(this.fields.length, false);
    for (let i = 0; i < this.fields.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const f = this.fields[i]!;
      const moved = kind.push(f.right, x);
      if (moved !== undefined) kind.push(f.left, moved);
      if (!kind.full(f.left)) continue;
      const v = statistic(f.left, f.right);
      if (f.rule.ready) out.add(i, f.rule.distance(v, f.rule.cutoff()));
      f.rule.learn(v);
    }
    return out.verdict();
  }

  save(w: StateWriter): void {
    const { kind } = this.spec;
    saveFields(w, this.fields, (f, out) => {
      kind.save(f.left, out);
      kind.save(f.right, out);
      f.rule.save(out);
    });
  }
}

export function adjacentWindowsFactory<W, S>(spec: AdjacentWindowsSpec<W, S>): DetectorFactory {
  const readConfig = (options: Options, fields: readonly string[]): Config => {
    requireFields(fields);
    return {
      window: intOption(options, 'window', 10, spec.minWindow, MAX_WINDOW),
      c: positiveOption(options, 'c', spec.defaultC),
      side: sideOption(options),
      history: intOption(options, 'history', 200, 10, MAX_WINDOW),
    };
  };
  const newField = (cfg: Config): Field<W> => ({
    left: spec.kind.create(cfg.window),
    right: spec.kind.create(cfg.window),
    rule: new AbsIqrRule(cfg.c, cfg.side, cfg.history),
  });
  return perFieldDetector<Config, Field<W>, FieldState<S>>({
    name: spec.name,
    options: ['window', 'c', 'side', 'history'],
    readConfig,
    newField,
    fieldBytes: (cfg) => 2 * OBJECT_BYTES + 2 * spec.windowBytes(cfg.window) + sortedWindowBytes(cfg.history),
    readField: (cfg, r, what) => {
      const f = newField(cfg);
      f.left = spec.kind.read(cfg.window, r, `the older window of ${what}`);
      f.right = spec.kind.read(cfg.window, r, `the newer window of ${what}`);
      f.rule.load(r, what);
      return f;
    },
    shape: (cfg) => ({ window: cfg.window, history: cfg.history }),
    loadField: (cfg, s) => {
      const f = newField(cfg);
      f.left = spec.kind.load(cfg.window, s.left);
      f.right = spec.kind.load(cfg.window, s.right);
      f.rule.restore(s.history);
      return f;
    },
    detector: (_cfg, fields) => new AdjacentWindowsDetector(spec, fields),
  });
}
