#!/usr/bin/env node
// Kapacitor alert handler for SMS and WhatsApp through Twilio, run by
//   .exec('/usr/local/bin/kapacitor-ads-twilio', '--channel', 'sms')
// (the package's bin; from the sources: node --import tsx alert/alert_twilio.ts)
// with the alert JSON on stdin. Settings from the environment:
//   TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM (number or MG... service),
//   TWILIO_TO (comma-separated numbers), optional TWILIO_API_BASE,
//   TWILIO_RETRY_BASE_MS (1000), TWILIO_TIMEOUT_MS (10000).
// Exit status: 0 sent to every recipient, 1 a send failed (after up to three
// attempts for 5xx/429/network errors, at once for other 4xx), 2 bad input or
// configuration. One line on stderr per outcome.

import { Command, CommanderError, Option } from 'commander';
import { alertBody } from './alert_message.ts';
import { readConfig, type Channel, type TwilioConfig } from './twilio_config.ts';
import { sendMessage } from './twilio_send.ts';
import { AlertConfigError, AlertInputError, errorMessage } from '../udf/errors.ts';

const SENT = 0;
const FAILED = 1;
const BAD_INPUT = 2;

function say(line: string): void {
  process.stderr.write(`alert_twilio: ${line.replace(/\s+/g, ' ')}\n`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function channelArg(argv: string[]): Channel {
  const program = new Command('alert_twilio')
    .addOption(new Option('--channel <channel>', "'sms' or 'whatsapp'").default('sms'))
    .exitOverride()
    // Usage errors become our own one line (below), not commander's text.
    .configureOutput({ writeOut: (s) => process.stderr.write(s), writeErr: () => {} })
    .parse(argv, { from: 'user' });
  const channel = program.opts<{ channel: string }>().channel;
  if (channel !== 'sms' && channel !== 'whatsapp') throw new AlertConfigError(`--channel must be 'sms' or 'whatsapp', got '${String(channel)}'`);
  return channel;
}

/** Commander's "error: unknown option '--x'" as a sentence of our one-line form. */
function usageError(err: CommanderError): AlertConfigError {
  const text = err.message.replace(/^error: /, '');
  return new AlertConfigError(text.charAt(0).toUpperCase() + text.slice(1), { cause: err });
}

async function main(): Promise<number> {
  let channel: Channel;
  let body: string;
  let cfg: TwilioConfig;
  try {
    try {
      channel = channelArg(process.argv.slice(2));
    } catch (err) {
      if (err instanceof CommanderError && err.code === 'commander.helpDisplayed') return SENT;
      throw err instanceof CommanderError ? usageError(err) : err;
    }
    cfg = readConfig(process.env, channel);
    body = alertBody(await readStdin());
  } catch (err) {
    if (err instanceof AlertInputError || err instanceof AlertConfigError) {
      say(errorMessage(err));
      return BAD_INPUT;
    }
    throw err;
  }
  let status = SENT;
  for (const to of cfg.to) {
    const r = await sendMessage(cfg, to, body);
    if (r.ok) {
      say(`sent ${channel} to ${to} (${r.sid}, attempt ${r.attempts})`);
    } else {
      say(`failed to send ${channel} to ${to} after ${r.attempts} attempt${r.attempts > 1 ? 's' : ''}: ${r.error}`);
      status = FAILED;
    }
  }
  return status;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    say(`unexpected error: ${errorMessage(err)}`);
    process.exitCode = FAILED;
  },
);
