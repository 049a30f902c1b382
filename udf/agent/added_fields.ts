// A decoded point with a handler's added fields set on it: how the agent
// passes on the points of a batch (held until the batch ends) and how the
// backtest reads what the handler made of each row.
import type { AddedFields, Point } from './handler.ts';

/** A decoded map field, or a fresh object where the decoder left its shared frozen default. */
function ownMap<T>(m: Record<string, T> | null | undefined): Record<string, T> {
  return m && !Object.isFrozen(m) ? m : { ...m };
}

/**
 * Sets the added fields on the point, in place (the point was decoded for this
 * conversation and is not shared), replacing fields of the same name; its
 * name, tags, dimensions, group and other fields stay as they came.
 */
export function withAddedFields(p: Point, added: AddedFields | null): Point {
  if (!added) return p;
  if (added.fieldsDouble) Object.assign((p.fieldsDouble = ownMap(p.fieldsDouble)), added.fieldsDouble);
  if (added.fieldsInt) Object.assign((p.fieldsInt = ownMap(p.fieldsInt)), added.fieldsInt);
  if (added.fieldsString) Object.assign((p.fieldsString = ownMap(p.fieldsString)), added.fieldsString);
  if (added.fieldsBool) Object.assign((p.fieldsBool = ownMap(p.fieldsBool)), added.fieldsBool);
  return p;
}
