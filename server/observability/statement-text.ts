/**
 * A statement's text with every literal value taken out, for logs. The read engine binds client
 * values as `$n` parameters, but statements built by the ORM reach PostgreSQL with their values
 * written in (`where "p0"."email" = 'x@y'`, inserts with names and e-mails). String literals become
 * `'?'`, numbers outside identifiers become `?`; quoted identifiers, placeholders (`$1`) and keywords
 * stay, so the statement still says what it did.
 */
export function statementWithoutValues(sql: string): string {
  let out = '';
  let index = 0;
  const length = sql.length;
  while (index < length) {
    const char = sql[index];
    if (char === '"') {
      // A quoted identifier, copied as it is ("" escapes a quote).
      let end = index + 1;
      while (end < length && !(sql[end] === '"' && sql[end + 1] !== '"')) end += sql[end] === '"' ? 2 : 1;
      out += sql.slice(index, end + 1);
      index = end + 1;
    } else if (char === "'") {
      // A string literal ('' escapes a quote; E'…' strings may also escape with a backslash).
      let end = index + 1;
      while (end < length) {
        if (sql[end] === '\\') end += 2;
        else if (sql[end] === "'" && sql[end + 1] === "'") end += 2;
        else if (sql[end] === "'") break;
        else end += 1;
      }
      out += "'?'";
      index = end + 1;
    } else if (char === '$' && /[0-9]/.test(sql[index + 1] ?? '')) {
      // A placeholder: $ and its digits stay.
      let end = index + 1;
      while (end < length && /[0-9]/.test(sql[end])) end += 1;
      out += sql.slice(index, end);
      index = end;
    } else if (/[0-9]/.test(char) && !/[A-Za-z0-9_$]/.test(sql[index - 1] ?? ' ')) {
      // A number that does not continue a name: 12, 3.5, 1e6.
      let end = index;
      while (end < length && /[0-9.eE]/.test(sql[end])) end += 1;
      out += '?';
      index = end;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}
