import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export type LogFormat = 'json' | 'pretty';

export interface LogSettings {
  /** pino level name: fatal, error, warn, info, debug, trace or silent (LOG_LEVEL). */
  level: string;
  /** JSON lines, or pino-pretty's readable lines for a developer's terminal (LOG_FORMAT). */
  format: LogFormat;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Keys whose values never reach a log line, wherever they appear one level deep: the request line
 * carries none of them, and this catches a details object that would.
 */
const REDACTED_KEYS = ['authorization', 'token', 'password', 'email', 'apiKey', 'secret', 'cookie'];

function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    base: { pid: process.pid },
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: '[redacted]' },
  };
}

/**
 * The process's logger: JSON lines on stdout, or readable lines through pino-pretty. `destination`
 * replaces stdout (tests read the lines back).
 */
export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const options = loggerOptions(settings.level);
  if (destination) return pino(options, destination);
  if (settings.format === 'pretty') {
    // Loaded only when asked for: production never needs it.

    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
    return pino(options, pretty({ colorize: Boolean(process.stdout.isTTY), sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid' }));
  }
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** A logger that writes nothing (the default of `createApp`, and of tests unless TEST_LOG is set). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
