// The detectors `.detector(name)` can select.
import type { DetectorFactory } from './types.ts';
import { madFactory } from './mad.ts';
import { thresholdFactory } from './threshold.ts';

export const DETECTORS: ReadonlyMap<string, DetectorFactory> = new Map(
  [madFactory, thresholdFactory].map((f) => [f.name, f]),
);
