/**
 * The bound values of one statement. Fragments are written in any order and take a token for each
 * value; `finish` turns the tokens into PostgreSQL's positional `$n`, numbered once per value, so
 * that no client value is ever spliced into SQL (the text runs through kernel/read/statement.ts).
 */
const TOKEN = /\u0001(\d+)\u0001/g;

/**
 * `{"a","b"}`: the driver would otherwise spread an array into a list of values. Every element is
 * quoted, with `"` and `\` escaped, so the literal means exactly the given strings.
 */
function arrayLiteral(values: readonly unknown[]): string {
  const element = (value: unknown) =>
    value === null || value === undefined ? 'NULL' : `"${String(value).replace(/[\\"]/g, (character) => `\\${character}`)}"`;
  return `{${values.map(element).join(',')}}`;
}

export class SqlParameters {
  private readonly values: unknown[] = [];

  /** A placeholder for `value`; an array is bound as one PostgreSQL array literal (cast it, e.g. `::uuid[]`). */
  bind(value: unknown): string {
    this.values.push(Array.isArray(value) ? arrayLiteral(value) : value);
    return `\u0001${this.values.length - 1}\u0001`;
  }

  /** Embeds a fragment written with `?` placeholders and its bindings (the ORM's query builder). */
  embed(sql: string, bindings: readonly unknown[]): string {
    let next = 0;
    return sql.replace(/\?/g, () => this.bind(bindings[next++]));
  }

  /** The statement with `$n` placeholders, and its values in that order (a value used twice is bound once). */
  finish(text: string): { sql: string; values: unknown[] } {
    const values: unknown[] = [];
    const positions = new Map<number, number>();
    const sql = text.replace(TOKEN, (_token, index: string) => {
      let position = positions.get(Number(index));
      if (position === undefined) {
        values.push(this.values[Number(index)]);
        positions.set(Number(index), (position = values.length));
      }
      return `$${position}`;
    });
    return { sql, values };
  }
}
