// TICKscript options given as command-line flags (`--detector mad --k 3.5`)
// turned into the InitRequest Kapacitor would send for
// `@ads().detector('mad').k(3.5)`, typed by udf/handlers/options.ts.
import Long from 'long';
import { agent as pb } from '../../udf/agent/proto/udf.js';
import type { OptionType } from '../../udf/handlers/options.ts';
import { ALL_OPTION_SPECS as OPTION_SPECS } from '../../udf/handlers/option_table.ts';
import { OptionError } from '../../udf/errors.ts';
import { durationNs } from '../common/duration.ts';

/** Flag values by option name: a string, or every value of a repeatable flag. */
export type OptionFlags = Readonly<Record<string, string | readonly string[] | undefined>>;

function optionValue(name: string, type: OptionType, raw: string): pb.IOptionValue {
  const bad = (want: string): never => {
    throw new OptionError(`--${name}: expected ${want}, got '${raw}'`);
  };
  switch (type) {
    case 'double': {
      const x = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(x)) bad('a number');
      return { type: pb.ValueType.DOUBLE, doubleValue: x };
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw.trim())) bad('an integer');
      return { type: pb.ValueType.INT, intValue: Long.fromString(raw.trim()) };
    }
    case 'bool': {
      const v = raw.trim().toLowerCase();
      if (v !== 'true' && v !== 'false') bad('true or false');
      return { type: pb.ValueType.BOOL, boolValue: v === 'true' };
    }
    case 'duration': {
      const ns = durationNs(raw);
      if (ns === null) bad("a duration such as 1h, 30m, 10s, 1d");
      return { type: pb.ValueType.DURATION, durationValue: Long.fromString(ns!.toString()) };
    }
    case 'string':
      return { type: pb.ValueType.STRING, stringValue: raw };
  }
}

/** One Option per call, in the order TICKscript would send them (repeatable options once per value). */
export function buildInitRequest(flags: OptionFlags, taskID: string = 'backtest'): pb.IInitRequest {
  const options: pb.IOption[] = [];
  for (const [name, spec] of Object.entries(OPTION_SPECS)) {
    const given = flags[name];
    if (given === undefined) continue;
    const values = typeof given === 'string' ? [given] : given;
    if (!spec.repeatable && values.length > 1) throw new OptionError(`--${name} takes a single value, given ${values.length} times`);
    for (const v of values) options.push({ name, values: [optionValue(name, spec.type, v)] });
  }
  return { options, taskID, nodeID: 'ads1' };
}

/**
 * One option as a TICKscript literal would send it: a string is STRING, a bool BOOL, a number DOUBLE unless
 * `type` says INT or DURATION (nanoseconds). For tests, benchmarks and programs that build Init by hand.
 */
export function literalOption(name: string, value: number | string | boolean, type?: 'int' | 'double' | 'duration'): pb.IOption {
  let v: pb.IOptionValue;
  if (typeof value === 'string') v = { type: pb.ValueType.STRING, stringValue: value };
  else if (typeof value === 'boolean') v = { type: pb.ValueType.BOOL, boolValue: value };
  else if (type === 'int') v = { type: pb.ValueType.INT, intValue: Long.fromNumber(value) };
  else if (type === 'duration') v = { type: pb.ValueType.DURATION, durationValue: Long.fromNumber(value) };
  else v = { type: pb.ValueType.DOUBLE, doubleValue: value };
  return { name, values: [v] };
}
