import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
const appDir = process.cwd();
const main = async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  await strapi.server.mount();
  const http = strapi.server.httpServer;
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(http.address() as any).port}`;
  const { accessKey } = await strapi.service('admin::api-token').create({ name: `q${Date.now()}`, type: 'full-access', lifespan: null });
  const knex = strapi.db.connection;
  if (process.env.ANALYZE) { const t = Date.now(); await knex.raw('ANALYZE'); console.log('ANALYZE', Date.now() - t, 'ms'); }
  const paths = (process.env.PATHS ?? '/api/newsroom/articles?fields[0]=title&pagination[pageSize]=10&sort=id').split(' ');
  for (const p of paths) {
    const seen: any[] = [];
    const listen = (q: any) => seen.push(q);
    knex.on('query', listen);
    const times: number[] = [];
    const N = Number(process.env.N ?? 5); for (let i = 0; i < N; i++) { const t = performance.now(); const r = await fetch(url + p, { headers: { authorization: `Bearer ${accessKey}` } }); await r.text(); times.push(Math.round(performance.now() - t)); if (i === 0) knex.off('query', listen); }
    times.sort((a,b)=>a-b); console.log('\n##', p, 'ms p50/p95:', times[Math.floor(N/2)], times[Math.floor(N*0.95)]);
    for (const q of seen) {
      if (!/newsroom_articles/.test(q.sql)) continue;
      const plan = (await knex.raw(`EXPLAIN QUERY PLAN ${q.sql}`, q.bindings)).map((s: any) => s.detail).join(' | ');
      const t = performance.now(); for (let i = 0; i < 5; i++) await knex.raw(q.sql, q.bindings); const each = ((performance.now() - t) / 5).toFixed(1);
      console.log(`- ${each} ms  ${q.sql.slice(0, 400)}\n    plan: ${plan}`);
    }
  }
  await strapi.destroy();
  process.exit(0);
};
main();
