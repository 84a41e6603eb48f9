import { describe, expect, it } from 'vitest';

import { readEnvironment } from '../../server/config/environment';
import { AppMetrics } from '../../server/observability/metrics';

describe('logging and metrics settings from the environment', () => {
  it('defaults: info, JSON when stdout is not a terminal, pretty on one outside production, 1000/200 ms, no metrics token, no tracing', () => {
    const piped = readEnvironment({}, '/tmp', false);
    expect(piped.log).toEqual({ level: 'info', format: 'json' });
    expect(piped.observability).toEqual({ slowRequestMs: 1000, slowStatementMs: 200 });
    expect(piped.metrics).toEqual({ token: null, maxOperations: 100 });
    expect(piped.otelEndpoint).toBeNull();
    expect(readEnvironment({}, '/tmp', true).log.format).toBe('pretty');
    expect(readEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, '/tmp', true).log.format).toBe('json');
  });

  it('reads each variable and refuses bad values with the variable named', () => {
    const env = readEnvironment(
      {
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'pretty',
        LOG_SLOW_REQUEST_MS: '0',
        LOG_SLOW_STATEMENT_MS: '50',
        METRICS_TOKEN: 'a-long-enough-token',
        METRICS_MAX_OPERATIONS: '7',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
      },
      '/tmp',
      false,
    );
    expect(env.log).toEqual({ level: 'warn', format: 'pretty' });
    expect(env.observability).toEqual({ slowRequestMs: 0, slowStatementMs: 50 });
    expect(env.metrics).toEqual({ token: 'a-long-enough-token', maxOperations: 7 });
    expect(env.otelEndpoint).toBe('http://127.0.0.1:4318');
    expect(() => readEnvironment({ LOG_LEVEL: 'verbose' }, '/tmp')).toThrow(/LOG_LEVEL must be one of/);
    expect(() => readEnvironment({ LOG_FORMAT: 'xml' }, '/tmp')).toThrow(/LOG_FORMAT must be/);
    expect(() => readEnvironment({ LOG_SLOW_STATEMENT_MS: '-1' }, '/tmp')).toThrow(/LOG_SLOW_STATEMENT_MS must be an integer/);
    expect(() => readEnvironment({ METRICS_TOKEN: 'short' }, '/tmp')).toThrow(/METRICS_TOKEN must be at least 16/);
  });
});

describe('operation labels of the metrics', () => {
  it('are the names until the cap, then "other"; no name is "anonymous"', () => {
    const metrics = new AppMetrics({ token: null, maxOperations: 2 }, () => undefined);
    expect(metrics.operationLabel('First')).toBe('First');
    expect(metrics.operationLabel('Second')).toBe('Second');
    expect(metrics.operationLabel('Third')).toBe('other');
    expect(metrics.operationLabel('First')).toBe('First');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
  });
});
