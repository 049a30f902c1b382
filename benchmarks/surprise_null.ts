// False alarms of the default detector (surprise) on series with no anomaly
// at all: every alarm is false. In process, one field, 10 seeds × 20,000
// points per kind, the first 1,000 points of each left out (warm-up); reports
// alarms per 10,000 points at the default level and one level up. The kinds:
// continuous noise of four shapes, and Poisson counts (values on a grid of
// one, the case where ten tied extremes used to fit a tail narrower than one
// count).
import { DEFAULT_ALARM, surpriseFactory } from '../udf/handlers/detectors/surprise/detector.ts';
import { gaussian, poisson, uniform } from '../test/helpers/random_stream.ts';

const SEEDS = 10;
const POINTS = 20_000;
const WARMUP = 1_000;
const STEP_MS = 60_000;

/** Per kind, a generator of one series' values from a random stream. */
const KINDS: Record<string, (r: () => number) => () => number> = {
  uniform: (r) => () => r(),
  gaussian: (r) => () => gaussian(r),
  laplace: (r) => () => -Math.log(r() + 1e-300) * (r() < 0.5 ? -1 : 1),
  'AR(1) 0.9': (r) => {
    let x = 0;
    return () => (x = 0.9 * x + gaussian(r));
  },
  'Poisson 0.5': (r) => () => poisson(r, 0.5),
  'Poisson 5': (r) => () => poisson(r, 5),
  'Poisson 50': (r) => () => poisson(r, 50),
};

function alarmsPer10k(kind: (r: () => number) => () => number, alarm: number): number {
  let alarms = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const next = kind(uniform(seed * 7919));
    const detector = surpriseFactory.create({ alarm }, ['x']);
    const values = new Float64Array(1);
    for (let i = 0; i < POINTS; i++) {
      values[0] = next();
      const v = detector.step({ timeMs: i * STEP_MS, values });
      if (v?.anomaly && i >= WARMUP) alarms++;
    }
  }
  return (alarms / SEEDS / (POINTS - WARMUP)) * 10_000;
}

console.log(`surprise null rates: alarms per 10,000 points (${SEEDS} seeds × ${POINTS} points, first ${WARMUP} left out)`);
console.log(`${'series'.padEnd(14)}${`alarm ${DEFAULT_ALARM}`.padStart(10)}${`alarm ${DEFAULT_ALARM + 1}`.padStart(10)}`);
for (const [name, kind] of Object.entries(KINDS)) {
  console.log(`${name.padEnd(14)}${alarmsPer10k(kind, DEFAULT_ALARM).toFixed(2).padStart(10)}${alarmsPer10k(kind, DEFAULT_ALARM + 1).toFixed(2).padStart(10)}`);
}
