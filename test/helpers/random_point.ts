// Random Point messages for encoder and decoder tests: unicode strings, 64-bit
// times and integers, empty and absent maps.
import Long from 'long';
import type { agent as pb } from '../../udf/agent/proto/udf.js';
import { createRng } from '../../udf/handlers/detectors/iforest/prng.ts';

export function randomPoint(seed: number): pb.IPoint {
  const rng = createRng(seed);
  const word = (n: number): string => {
    const alphabet = ['a', 'b', 'z', '_', '0', 'é', '温', '😀', ' ', '='];
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[rng.int(alphabet.length)]!;
    return s;
  };
  const map = <T>(n: number, value: () => T): Record<string, T> => {
    const m: Record<string, T> = {};
    for (let i = 0; i < n; i++) m[word(1 + rng.int(40))] = value();
    return m;
  };
  const long = (): Long => new Long(rng.int(2 ** 32) | 0, rng.int(2 ** 32) | 0);
  return {
    time: rng.next() < 0.9 ? long() : undefined,
    name: word(rng.int(3) * 10),
    database: word(rng.int(2) * 5),
    retentionPolicy: word(rng.int(2) * 7),
    group: word(rng.int(4) * 20),
    dimensions: Array.from({ length: rng.int(3) }, () => word(rng.int(6))),
    tags: map(rng.int(4), () => word(rng.int(50))),
    fieldsDouble: map(rng.int(6), () => (rng.next() - 0.5) * 10 ** (rng.int(40) - 20)),
    fieldsInt: map(rng.int(3), long),
    fieldsString: map(rng.int(3), () => word(rng.int(200))),
    byName: rng.next() < 0.5,
    fieldsBool: map(rng.int(3), () => rng.next() < 0.5),
  };
}
