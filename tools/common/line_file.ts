// Writes lines to a file (or '-', stdout) in large synchronous writes: the
// demo and the backtest produce tens of thousands of short lines.
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 20;
const STDOUT = 1;

export class LineFile {
  readonly path: string;
  lines = 0;
  private readonly fd: number;
  private buffer: string[] = [];
  private chars = 0;

  constructor(path: string) {
    this.path = path;
    this.fd = path === '-' ? STDOUT : openSync(path, 'w');
  }

  write(line: string): void {
    this.buffer.push(line);
    this.chars += line.length + 1;
    this.lines++;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  close(): void {
    this.flush();
    if (this.fd !== STDOUT) closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.chars = 0;
  }
}

/** Writes every line of `lines` to `path` ('-': stdout). */
export function writeLineFile(path: string, lines: Iterable<string>): void {
  const out = new LineFile(path);
  try {
    for (const line of lines) out.write(line);
  } finally {
    out.close();
  }
}
