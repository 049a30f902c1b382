// Option types and readers of the suite detectors (side, seasonality), on top
// of the shared readers in option_checks.ts.

import type { Options } from './types.ts';
import { choiceOption } from './option_checks.ts';

export type Side = 'both' | 'positive' | 'negative';
export type Seasonality = 'none' | 'hour' | 'dow';

const SIDES: readonly Side[] = ['both', 'positive', 'negative'];
const SEASONALITIES: readonly Seasonality[] = ['none', 'hour', 'dow'];

export { fractionOption, intOption, positiveOption } from './option_checks.ts';

export function sideOption(options: Options): Side {
  return choiceOption(options, 'side', 'both', SIDES);
}

export function seasonalityOption(options: Options): Seasonality {
  return choiceOption(options, 'seasonality', 'none', SEASONALITIES);
}

/** At least one field: the detectors hold per-field state. */
export function requireFields(fields: readonly string[]): void {
  if (fields.length === 0) throw new Error('field must be given at least once');
}
