import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directory } from '../../content/lib/load-directory.ts';
import { boundsOf, geocode, shapeDistrictTables } from '../../site/lib/search/geocode.ts';
import type { QueryContext } from '../../site/lib/search/query.ts';

/** The query model's context for scripts that hold the whole directory (benchmarks, relevance check). */
export function queryContextFor(dir: Pick<Directory, 'vocab' | 'council'>, contentDir: string): QueryContext {
  const tables = shapeDistrictTables(readFileSync(join(contentDir, 'data', 'doncaster-postcodes.csv'), 'utf8'));
  return {
    needIds: dir.vocab.needs.map((n) => n.id),
    localityIds: dir.vocab.localities.map((l) => l.id),
    accessRouteIds: dir.vocab.accessRoutes.map((a) => a.id),
    languageIds: dir.vocab.languages.map((l) => l.id),
    areaName: dir.council.area_name,
    geocode: (text) => geocode(text, tables, dir.council.area_name),
    bounds: boundsOf(tables),
  };
}
