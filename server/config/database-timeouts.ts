/**
 * How long the API waits for PostgreSQL (README, "Configuration"). A database that is slow gets
 * cancelled by its own `statement_timeout`; one that does not answer at all (a stopped or frozen
 * server still accepts TCP connections into the kernel's backlog) is given up on by the client.
 */
export interface DatabaseTimeouts {
  /** Longest wait for a pooled connection, including opening a new one (DATABASE_ACQUIRE_TIMEOUT_MS). */
  acquireMs: number;
  /** PostgreSQL's `statement_timeout` for every statement (DATABASE_STATEMENT_TIMEOUT_MS). */
  statementMs: number;
  /** PostgreSQL's `idle_in_transaction_session_timeout` (DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS). */
  idleInTransactionMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  acquireMs: 5_000,
  statementMs: 15_000,
  idleInTransactionMs: 30_000,
};

/**
 * The client stops waiting for an answer this long after the server's own statement timeout would
 * have fired: a live server reports its cancellation first (and keeps the connection), a frozen one
 * is given up on.
 */
export const CLIENT_READ_GRACE_MS = 500;
