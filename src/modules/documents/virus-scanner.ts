import type { Readable } from 'node:stream';

/** What an antivirus said about a stream: clean, or infected with a named signature. */
export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/**
 * An antivirus that reads a stream (ClamAV's clamd in deployments: clamd-scanner.ts). A scanner that
 * cannot answer (clamd down, a timeout) throws: the document stays in quarantine and is checked again.
 */
export interface VirusScanner {
  scan(content: Readable): Promise<ScanVerdict>;
  /** Whether it answers now (for /health). */
  ping(): Promise<boolean>;
}
