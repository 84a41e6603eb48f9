import { afterAll, beforeAll, it } from 'vitest';
import { isObjectType, isInterfaceType, isInputObjectType, isEnumType, isScalarType } from 'graphql';
import { startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

it('explores', async () => {
  const s = app.app.schema;
  const off: string[] = [];
  for (const t of Object.values(s.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    if (['String','Int','Float','Boolean','ID'].includes(t.name)) continue;
    if (!t.description) off.push(`type ${t.name}`);
    if (isObjectType(t) || isInterfaceType(t)) for (const f of Object.values(t.getFields())) { if (!f.description) off.push(`${t.name}.${f.name}`); for (const a of f.args) if (!a.description) off.push(`${t.name}.${f.name}(${a.name})`); }
    if (isInputObjectType(t)) for (const f of Object.values(t.getFields())) if (!f.description) off.push(`${t.name}.${f.name}`);
    if (isEnumType(t)) for (const v of t.getValues()) if (!v.description) off.push(`${t.name}.${v.name} (enum value)`);
  }
  console.log(off.join('\n'));
  const r = await app.orm.em.getConnection().execute('select datcollate, datctype from pg_database where datname = current_database()');
  console.log(r);
  const base = new URL(app.url);
  const h = await fetch(new URL('/graphql', base), { headers: { accept: 'text/html' } });
  console.log(h.status, h.headers.get('content-type'), (await h.text()).slice(0, 400));
  for (const p of ['/explorer/react.js', '/explorer/graphiql.js', '/explorer/nope.js', '/healthz', '/readyz']) {
    const x = await fetch(new URL(p, base));
    console.log(p, x.status, x.headers.get('content-type'), (await x.text()).length);
  }
  const q = await app.graphql('{ progressReports(filter:{latestRevisionOnly:false}, first: 100) { totalCount nodes { id revision supersedes { id } late madeProgress period { label } submittedOn obligation { dueOn } } } }');
  console.log(JSON.stringify(q.body).slice(0, 1500));
  const z = await app.graphql('{ resolutions { nodes { number plans { totalCount nodes { title } } targets { totalCount } } } }');
  console.log(JSON.stringify(z.body));
});
