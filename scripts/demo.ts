// `npm run demo`: the project's main job on an embedded default, no server needed.
//
//   npm run demo
//   npm run demo -- --hours 2 --printers 5 --seed 7 --detector mad --detector zscore --out /tmp/demo
//
// Generates printer data with injected, labelled anomalies, streams it through the ads UDF process over the real
// Kapacitor protocol (what tick/ads_demo.tick sends), and writes <out>/printer_anomalies.lp, labels.json,
// summary.json, chart.svg and chart.html. The summary (stdout) scores what was flagged against the labels.
import { OptionError, UdfError } from '../udf/errors.ts';
import { parseDemoArgs } from './demo/cli_options.ts';
import { formatReport } from './demo/report.ts';
import { runDemo } from './demo/run_demo.ts';

async function main(): Promise<number> {
  // Commander prints usage errors and --help itself, and exits.
  const config = parseDemoArgs(process.argv.slice(2));
  try {
    const report = await runDemo(config, (m) => process.stderr.write(`demo: ${m}\n`));
    process.stdout.write(formatReport(report));
    return 0;
  } catch (err) {
    if (err instanceof UdfError || err instanceof OptionError) {
      process.stderr.write(`demo: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main();
