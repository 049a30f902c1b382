// The detectors `.detector(name)` can select.
import type { DetectorFactory } from './factory.ts';
import { madFactory } from './mad.ts';
import { thresholdFactory } from './threshold.ts';
import { iforestFactory } from './iforest.ts';
import { iqrFactory } from './iqr.ts';
import { quantileFactory } from './quantile.ts';
import { zscoreFactory } from './zscore.ts';
import { persistFactory } from './persist.ts';
import { levelshiftFactory } from './levelshift.ts';
import { volatilityshiftFactory } from './volatilityshift.ts';
import { seasonalFactory } from './seasonal.ts';
import { surpriseFactory } from './surprise/detector.ts';

export const DETECTORS: ReadonlyMap<string, DetectorFactory> = new Map(
  [
    surpriseFactory,
    madFactory,
    thresholdFactory,
    iforestFactory,
    iqrFactory,
    quantileFactory,
    zscoreFactory,
    persistFactory,
    levelshiftFactory,
    volatilityshiftFactory,
    seasonalFactory,
  ].map((f) => [f.name, f]),
);
