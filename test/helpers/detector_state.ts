// Test helper: a detector's state as the bytes a snapshot holds of it
// (Detector.save), and a detector restored from them, as the handler does.
import type { Detector, Options } from '../../udf/handlers/detectors/types.ts';
import type { DetectorEnv, DetectorFactory } from '../../udf/handlers/detectors/factory.ts';
import { StateReader } from '../../udf/handlers/state/state_reader.ts';
import { StateWriter } from '../../udf/handlers/state/state_writer.ts';

/** The bytes d.save() writes (copied: pieces may be views of live state). */
export function stateBytes(d: Detector): Buffer {
  const w = new StateWriter();
  d.save(w);
  return Buffer.concat(w.finish());
}

/** A detector restored from `bytes` (default: d's state now), checking the state is read to its end. */
export function restored(factory: DetectorFactory, from: Detector | Uint8Array, options: Options, fields: readonly string[], env?: DetectorEnv): Detector {
  const bytes = from instanceof Uint8Array ? from : stateBytes(from);
  const r = new StateReader([Uint8Array.prototype.slice.call(bytes)]);
  const d = factory.restore(r, options, fields, env);
  r.finish('the detector state');
  return d;
}
