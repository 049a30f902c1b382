// The offline subcommands on their own commander program, as udf/main.ts
// registers them, without the UDF's own root options:
//   node --import tsx test/helpers/subcommand.ts backtest --input ...
import { Command } from 'commander';
import { registerBacktest } from '../../tools/backtest/command.ts';
import { registerEvaluate } from '../../tools/evaluate/command.ts';

const program = new Command('ads');
registerBacktest(program);
registerEvaluate(program);
await program.parseAsync(process.argv.slice(2), { from: 'user' });
