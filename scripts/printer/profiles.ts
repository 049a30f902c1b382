// The normal behaviour of each printer: a smooth baseline per field (daily
// cycle, slow wander, heater duty cycle) and the noise sigma. Parameters are
// drawn once per printer from the seed, so printers differ but repeat exactly.
import { createRng } from './hash_random.ts';
import type { Rng } from './hash_random.ts';
import type { FieldName } from './types.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Wave {
  amplitude: number;
  periodMs: number;
  phase: number;
}

export interface FieldProfile {
  mean: number;
  dailyAmplitude: number;
  /** Hour of day (UTC) when the daily cycle peaks. */
  peakHour: number;
  /** Slow, smooth wander: a few long sine waves. */
  wander: Wave[];
  /** Weight of the heater duty cycle (in field units at full swing). */
  dutyWeight: number;
  /** Standard deviation of the white measurement noise. */
  sigma: number;
  min: number;
  max: number;
}

export interface PrinterProfile {
  /** Enclosure heater duty cycle, shared by the printer's fields. */
  duty: Wave;
  fields: Record<FieldName, FieldProfile>;
}

function wander(rng: Rng, totalAmplitude: number): Wave[] {
  return [0, 1, 2].map(() => ({
    amplitude: (totalAmplitude / 3) * rng.between(0.6, 1.4),
    periodMs: rng.between(40, 180) * 60_000,
    phase: rng.between(0, 2 * Math.PI),
  }));
}

export function createPrinterProfile(seed: number, printerIndex: number): PrinterProfile {
  const rng = createRng(seed, printerIndex, 0x5eed);
  const tempPeak = rng.between(14, 17);
  // Heater cycles slowly (20-35 min) so a 1 s series sees a smooth wave, not steps.
  const duty: Wave = { amplitude: 1, periodMs: rng.between(20, 35) * 60_000, phase: rng.between(0, 2 * Math.PI) };
  return {
    duty,
    fields: {
      temperature: {
        mean: rng.between(30, 36),
        dailyAmplitude: rng.between(2, 3.5),
        peakHour: tempPeak,
        wander: wander(rng, 0.4),
        dutyWeight: rng.between(0.2, 0.3),
        sigma: rng.between(0.15, 0.25),
        min: -40,
        max: 120,
      },
      humidity: {
        mean: rng.between(35, 50),
        dailyAmplitude: rng.between(5, 8),
        // Relative humidity falls when the enclosure warms up.
        peakHour: (tempPeak + 12) % 24,
        wander: wander(rng, 1.2),
        dutyWeight: -rng.between(0.4, 0.7),
        sigma: rng.between(0.4, 0.6),
        min: 0,
        max: 100,
      },
      power: {
        mean: rng.between(140, 180),
        dailyAmplitude: rng.between(25, 40),
        peakHour: rng.between(13, 16),
        wander: wander(rng, 3),
        // About 2-3 noise sigmas: visible as a wave, small against the injected anomalies.
        dutyWeight: rng.between(6, 9),
        sigma: rng.between(2.5, 3.5),
        min: 0,
        max: Infinity,
      },
    },
  };
}

/** Soft square wave in [-1, 1]: a duty cycle with rounded edges. */
function softSquare(x: number): number {
  return Math.tanh(2 * Math.sin(x)) / Math.tanh(2);
}

/** Heater duty cycle in [-1, 1] at a time (shared by the fields of one printer). */
export function dutyAt(profile: PrinterProfile, timeMs: number): number {
  return softSquare((2 * Math.PI * timeMs) / profile.duty.periodMs + profile.duty.phase);
}

/** Smooth, noise-free value of a field at a time; `duty` is dutyAt(profile, timeMs). */
export function baselineAt(profile: PrinterProfile, field: FieldName, timeMs: number, duty = dutyAt(profile, timeMs)): number {
  const p = profile.fields[field];
  const dayPos = (timeMs - p.peakHour * HOUR_MS) / DAY_MS;
  let value = p.mean + p.dailyAmplitude * Math.cos(2 * Math.PI * dayPos) + p.dutyWeight * duty;
  for (const w of p.wander) value += w.amplitude * Math.sin((2 * Math.PI * timeMs) / w.periodMs + w.phase);
  return value;
}

export function clampToField(profile: PrinterProfile, field: FieldName, value: number): number {
  const p = profile.fields[field];
  return Math.min(p.max, Math.max(p.min, value));
}
