import { BARE_ROUTE, type TopologyResult } from './topology';

const mb = (value: number) => `${value.toFixed(0)} MB`;
const ms = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} ms`);

/** The topology section of docs/BENCHMARKS.md. */
export const topologyTable = (r: TopologyResult) => {
  const [bare, web, indexer] = r.rows;
  const overhead = web.rssMb - bare.rssMb;
  return [
    `## Topology: web instances without the index and an indexer (${r.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${r.stories.toLocaleString('en')} stories)`,
    '',
    `A generated archive (\`bench/generate.ts\`, seeded by direct inserts in ${r.seedS.toFixed(0)} s), three`,
    'playground processes measured in the same run: a bare Strapi (the playground with the plugin',
    'disabled, `NEWSROOM_ENABLED=false`, on its own empty database: a Strapi without the plugin',
    "would drop the plugin's tables of a shared one), a web instance (`indexer: false`) and an",
    'indexer on the archive. Each first answered every request of the sample once (the bare one',
    `\`${BARE_ROUTE}\`, a core route reading the database, the others \`/related\` of ${r.sample.toLocaleString('en')} stories spread over the archive), then`,
    'for 10 s with 10 clients; RSS read from `/proc` after. The load generator shares the',
    "machine's cores with the servers. Reproduce with `npm run bench -- --only=topology`",
    `(\`--stories=\`, \`--sample=\`, \`--db=postgres|sqlite\`).`,
    '',
    '| process | route | RSS at start | RSS after serving | p50 | p95 | requests/s |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.rows.map(
      (row, i) =>
        `| ${row.process} | ${i === 0 ? `\`${BARE_ROUTE}\`` : '`/articles/:id/related`'} | ${mb(row.rssStartMb)} | ${mb(row.rssMb)} | ${ms(row.p50)} | ${ms(row.p95)} | ${row.rps === null ? '–' : row.rps.toFixed(0)} |`
    ),
    '',
    `Web instance RSS − bare Strapi RSS: **${mb(overhead)}** after serving (target ≤ 150 MB), ${mb(web.rssStartMb - bare.rssStartMb)} at start; the indexer's:`,
    `${mb(indexer.rssMb - bare.rssMb)}. Web /related p50 / indexer's: **${(web.p50! / indexer.p50!).toFixed(2)}×**,`,
    `p95: **${(web.p95! / indexer.p95!).toFixed(2)}×**. Lists the web instance served identical to the`,
    `indexer's: ${r.agreeing} of ${r.sample}.`,
    '',
    `The indexer, started on the archive with no saved index: built it in ${(r.build.buildMs / 1000).toFixed(1)} s (saving`,
    `included), then ranked and stored the ${r.build.ranked.toLocaleString('en')} missing related lists in`,
    `${(r.build.rankMs / 1000).toFixed(1)} s, in the background; every list stored ${r.build.readyS.toFixed(0)} s after the process started.`,
    '',
  ];
};
