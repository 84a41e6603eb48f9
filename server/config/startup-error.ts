/**
 * A reason the process cannot start that the operator can act on (a port in use, a data folder held
 * by another server). `npm start` prints its message as one line, without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
