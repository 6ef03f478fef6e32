import { loadSearchSetup } from './indexer/search-setup.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from './site/lib/search/embedded.ts';
import { embeddedEngine } from './site/lib/search/engine.ts';
import { parseQuery } from './site/lib/search/query.ts';
import { searchUnderstood } from './site/lib/search/understand/plan.ts';
const t0 = Date.now();
const setup = loadSearchSetup('content');
console.log('setup ms', Date.now() - t0, 'synonyms', Object.keys(setup.words.synonyms).length, 'forms', Object.keys(setup.understanding.forms).length, 'places', setup.understanding.places.map(p=>p.label).join('|'));
const engine = embeddedEngine(() => loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(setup.docs, setup.words))));
const qs = process.argv.slice(2).length ? process.argv.slice(2) : ["my husband hits me","I'm pregnant","im pregnant","evicted","we are being evicted","vaccinations","husband drinks too much","single dad struggling","lgbt young people group","rainy day soft play","my 13 year old won't go to school and is anxious","free activities for toddlers this saturday","drama club","killer sudoku"];
for (const q of qs) {
  const { query } = parseQuery(new URLSearchParams({ q }), setup.ctx);
  const r = await searchUnderstood(engine, query, setup.understand);
  const u = r.understanding;
  console.log(`\n"${q}" → text "${u.text}" age ${u.age ? u.age.min+'-'+u.age.max : '-'} day ${u.day?.day ?? '-'} free ${!!u.free} place ${u.place?.label ?? '-'} needs ${u.needs.map(n=>n.needId+':'+n.score+'('+n.phrase+')').join(',')} steps ${JSON.stringify(r.steps)}`);
  console.log(`  total ${r.results.total} boosted ${r.results.boosted}: ` + r.results.hits.slice(0,5).map(h=>`${h.name} [${h.needs.join(',')}]`).join(' | '));
}
