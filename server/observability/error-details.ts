import { statementWithoutValues } from './statement-text';

/**
 * What a log line may say about an unexpected error: its name, message and stack, with the parts a
 * database error could carry client data in left out. A database error's message starts with the
 * statement as sent (knex's `compileSqlOnError: false`, config/orm.config.ts), which holds the values
 * the ORM wrote into it: its literals are taken out as in slow-statement warnings. PostgreSQL's own
 * message may still quote a value (`invalid input syntax for type uuid: "…"`), so quoted values after
 * a colon are replaced, and its `detail` (`Key (email)=(…)`), `where` and `hint` are never copied.
 */
export interface ErrorDetails {
  name: string;
  message: string;
  stack?: string;
  /** SQLSTATE, for a database error. */
  sqlState?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

const QUOTED_VALUE = /: "(?:[^"\\]|\\.)*"/g;
const REDACTED = ': "[redacted]"';

function redactValues(text: string): string {
  return text.replace(QUOTED_VALUE, REDACTED);
}

interface DatabaseErrorFields {
  code?: unknown;
  sqlState?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

export function errorDetails(error: unknown): ErrorDetails {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (!(original instanceof Error)) return { name: 'NonError', message: redactValues(String(original)) };
  const fields = original as Error & DatabaseErrorFields;
  const sqlState =
    text(fields.sqlState) ?? (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) ? fields.code : undefined);
  const message = redactValues(sqlState ? statementWithoutValues(original.message) : original.message);
  // The stack's first lines repeat the message (which may span lines); the frames follow.
  const frames = original.stack ? original.stack.indexOf('\n    at ') : -1;
  const stack = original.stack ? `${original.name}: ${message}${frames >= 0 ? original.stack.slice(frames) : ''}` : undefined;
  return {
    name: original.name,
    message,
    ...(stack ? { stack } : {}),
    ...(sqlState ? { sqlState } : {}),
    ...(text(fields.table) ? { table: text(fields.table) } : {}),
    ...(text(fields.column) ? { column: text(fields.column) } : {}),
    ...(text(fields.constraint) ? { constraint: text(fields.constraint) } : {}),
  };
}
