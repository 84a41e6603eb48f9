import { createLogger, type Logger } from '../../server/observability/logger';

/** One JSON log line, parsed. */
export interface LogRecord {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface CapturedLog {
  logger: Logger;
  /** The raw lines, as they would have reached stdout. */
  lines: string[];
  records(): LogRecord[];
  clear(): void;
}

/** A real pino logger whose destination is an array, so tests read back exactly what would be written. */
export function captureLog(level = 'info'): CapturedLog {
  const lines: string[] = [];
  const logger = createLogger({ level, format: 'json' }, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    lines,
    records: () => lines.map((line) => JSON.parse(line) as LogRecord),
    clear: () => void lines.splice(0, lines.length),
  };
}

/** The logger of test apps: silent, or JSON on stderr at TEST_LOG's level (`TEST_LOG=1` means info). */
export function testLogger(): Logger {
  const asked = process.env.TEST_LOG;
  if (!asked) return createLogger({ level: 'silent', format: 'json' });
  return createLogger(
    { level: /^\d+$/.test(asked) || asked === 'true' ? 'info' : asked, format: 'json' },
    { write: (line: string) => void process.stderr.write(line) },
  );
}
