import type { DestinationStream } from 'pino';

export interface LogLine {
  level: string;
  msg?: string;
  requestId?: string;
  jobId?: string;
  queue?: string;
  context?: string;
  [key: string]: unknown;
}

/** A pino destination that keeps every line, for tests to read back. */
export function captureLogs(): DestinationStream & { raw: string[]; lines(): LogLine[]; text(): string } {
  const raw: string[] = [];
  return {
    raw,
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line.trim() !== '') raw.push(line);
    },
    lines: () => raw.map((line) => JSON.parse(line) as LogLine),
    text: () => raw.join('\n'),
  };
}
