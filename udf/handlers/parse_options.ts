// Turns Kapacitor's InitRequest options into a checked configuration, with
// errors that name the option and say what TICKscript literal it expects.
import Long from 'long';
import { agent as pb } from '../agent/proto/udf.js';
import type { OptionSpec, OptionType } from './options.ts';
import { ALL_OPTION_SPECS } from './option_table.ts';
import type { Options } from './detectors/types.ts';

export type OptionValue = number | string | boolean;

export interface ParsedOptions {
  /** Single-valued options (DURATION as nanoseconds in a number: exact to 2^53 ns, about 104 days). */
  single: Options;
  /** Repeatable options, every call in order. */
  lists: Readonly<Record<string, readonly OptionValue[]>>;
}

const WIRE_TYPE: Record<OptionType, pb.ValueType> = {
  bool: pb.ValueType.BOOL,
  int: pb.ValueType.INT,
  double: pb.ValueType.DOUBLE,
  string: pb.ValueType.STRING,
  duration: pb.ValueType.DURATION,
};

const LITERAL: Record<OptionType, string> = {
  bool: 'a bool, e.g. TRUE',
  int: 'an integer, e.g. 100',
  double: 'a double, written with a decimal point, e.g. 3.0',
  string: "a string, e.g. 'temperature'",
  duration: 'a duration, e.g. 1h',
};

/** Option declarations for InfoResponse: every option takes exactly one argument of its type. */
export function optionInfos(specs: Readonly<Record<string, OptionSpec>> = ALL_OPTION_SPECS): Record<string, pb.IOptionInfo> {
  const out: Record<string, pb.IOptionInfo> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = { valueTypes: [WIRE_TYPE[spec.type]] };
  return out;
}

export function parseOptions(options: readonly pb.IOption[], specs: Readonly<Record<string, OptionSpec>> = ALL_OPTION_SPECS): ParsedOptions {
  const single: Record<string, OptionValue> = {};
  const lists: Record<string, OptionValue[]> = {};
  for (const option of options) {
    const name = option.name ?? '';
    const spec = specs[name];
    if (!spec) throw new Error(`unknown option '${name}'; see the UDF's option list (README) for the known ones`);
    const values = option.values ?? [];
    if (values.length !== 1) throw new Error(`option '${name}' takes exactly one argument (${LITERAL[spec.type]}), got ${values.length}`);
    const value = decodeValue(name, spec.type, values[0]!);
    if (spec.repeatable) (lists[name] ??= []).push(value);
    else if (name in single) throw new Error(`option '${name}' is given more than once; it takes a single value`);
    else single[name] = value;
  }
  return { single, lists };
}

function decodeValue(name: string, type: OptionType, v: pb.IOptionValue): OptionValue {
  const wire = v.type ?? pb.ValueType.BOOL;
  if (wire !== WIRE_TYPE[type]) {
    throw new Error(`option '${name}' expects ${LITERAL[type]}, got a ${pb.ValueType[wire] ?? wire} value`);
  }
  switch (type) {
    case 'bool':
      return v.boolValue === true;
    case 'int':
      return exactInt(name, v.intValue);
    case 'double':
      return v.doubleValue ?? 0;
    case 'string':
      return v.stringValue ?? '';
    case 'duration':
      return toNumber(v.durationValue);
  }
}

/** An INT option's value; one a double cannot hold exactly is refused with the value as given. */
function exactInt(name: string, v: number | Long | null | undefined): number {
  if (v != null && typeof v !== 'number') {
    const long = Long.fromValue(v);
    if (long.greaterThan(Long.fromNumber(Number.MAX_SAFE_INTEGER)) || long.lessThan(Long.fromNumber(Number.MIN_SAFE_INTEGER))) {
      throw new Error(`option '${name}' is ${long.toString()}, beyond the largest integer any option of this UDF takes (2^53)`);
    }
  }
  return toNumber(v);
}

function toNumber(v: number | Long | null | undefined): number {
  if (v == null) return 0;
  return typeof v === 'number' ? v : Long.fromValue(v).toNumber();
}
