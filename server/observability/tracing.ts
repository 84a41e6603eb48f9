import type { Logger } from './logger';

/** The part of `@opentelemetry/sdk-node`'s NodeSDK used here. */
interface NodeSdk {
  start(): void;
  shutdown(): Promise<void>;
}

type Loader = (name: string) => unknown;

/** Packages an operator installs to turn tracing on; the project does not depend on them. */
export const TRACING_PACKAGES = ['@opentelemetry/sdk-node', '@opentelemetry/auto-instrumentations-node'] as const;

/**
 * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. The SDK and its
 * instrumentations are not dependencies of the project (they are many packages, and a server without
 * a collector has no use for them): with the endpoint set, they are loaded from node_modules if an
 * operator installed them, and the SDK reads the standard OTEL_* variables (service name, headers,
 * sampler) itself. It must start before the modules it instruments (http, express, pg) are loaded,
 * which is why the process entry loads the rest of the server after calling this.
 *
 * Returns the function that flushes and stops the SDK, or null when tracing is off.
 */
export function startTracing(endpoint: string | null, logger: Logger, load: Loader = require): (() => Promise<void>) | null {
  if (!endpoint) return null;
  let sdkModule: { NodeSDK: new (options: Record<string, unknown>) => NodeSdk };
  let instrumentations: { getNodeAutoInstrumentations: (options?: Record<string, unknown>) => unknown[] };
  try {
    sdkModule = load(TRACING_PACKAGES[0]) as typeof sdkModule;
    instrumentations = load(TRACING_PACKAGES[1]) as typeof instrumentations;
  } catch {
    logger.warn(
      { packages: TRACING_PACKAGES },
      `OTEL_EXPORTER_OTLP_ENDPOINT is set but the OpenTelemetry packages are not installed: tracing stays off (npm i ${TRACING_PACKAGES.join(' ')}).`,
    );
    return null;
  }
  const sdk = new sdkModule.NodeSDK({
    instrumentations: [
      instrumentations.getNodeAutoInstrumentations({
        // Statement text only: no bound values on spans, as in the logs.
        '@opentelemetry/instrumentation-pg': { enhancedDatabaseReporting: false },
        // File system spans are noise for an API server.
        '@opentelemetry/instrumentation-fs': { enabled: false },
      }),
    ],
  });
  sdk.start();
  logger.info({ endpoint: new URL(endpoint).origin }, 'OpenTelemetry tracing on');
  return () => sdk.shutdown();
}
