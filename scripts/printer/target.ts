// What every write target offers: batches of line protocol lines in, errors as TargetError out.

export interface Target {
  /** For messages: "Kapacitor at http://localhost:9092/kapacitor/v1/write?db=printer&rp=autogen". */
  readonly description: string;
  /** Write one batch (already retried where that makes sense). */
  write(lines: readonly string[]): Promise<void>;
  /** Flush and release resources. */
  close(): Promise<void>;
  /** Release resources at once, without flushing (after a failure; safe to call after close). */
  dispose(): void;
}
