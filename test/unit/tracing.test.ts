import { describe, expect, it } from 'vitest';

import { startTracing, TRACING_PACKAGES } from '../../server/observability/tracing';
import { captureLog } from '../setup/log-capture';

describe('startTracing', () => {
  it('loads nothing and logs nothing without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    const log = captureLog('debug');
    const loaded: string[] = [];
    expect(startTracing(null, log.logger, (name) => loaded.push(name))).toBeNull();
    expect(loaded).toEqual([]);
    expect(log.lines).toEqual([]);
  });

  it('stays off with a warning that names the packages when they are not installed (as in this checkout)', () => {
    const log = captureLog('info');
    // The project does not depend on them, so they are not in node_modules here.
    expect(startTracing('http://127.0.0.1:4318', log.logger)).toBeNull();
    const [warning] = log.records();
    expect(warning.level).toBe('warn');
    for (const name of TRACING_PACKAGES) expect(warning.msg).toContain(name);
  });
});
