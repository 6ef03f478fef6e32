import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { loadDirectory } from '../lib/load-directory.ts';
import { POSTCODES_FILE, parsePostcodeCsv } from '../lib/postcodes.ts';
import { todayIso } from '../lib/review.ts';
import { loadCouncil, loadVocabularies } from '../lib/vocabularies.ts';
import { boundsOfPostcodeCsv } from './area.ts';
import { importFeed, type FeedDocument } from './import-feed.ts';
import type { ImportContext } from './import-service.ts';
import { oneCommentLine, renderListingFile, sourceIdOf, untouchedSinceImport } from './listing-file.ts';
import { addToNeedsMapping, extendNeedsMapping, readNeedsMapping, renderNeedsMapping, type NeedsMapping } from './needs-mapping.ts';
import { buildReport, type ImportReport, type ListingOutcome } from './report.ts';

export interface RunImportOptions {
  documents: FeedDocument[];
  /** Where listings go; nothing is ever written outside it (the mapping file excepted, if given elsewhere). */
  out: string;
  root: string;
  contentDir: string;
  force?: boolean;
  /** The feed's needs mapping file; by default `<out>/_needs-mapping.yaml`. */
  mappingFile?: string;
  sources: string[];
  fetchErrors?: string[];
  today?: string;
  started?: number;
}

/** The mapping as the team left it, which adds a suggestion for each term it meets that it does not hold yet. */
function suggesting(mapping: NeedsMapping, vocab: ImportContext['vocab'], added: string[]): NeedsMapping {
  const original = mapping.get.bind(mapping);
  mapping.get = (term: string) => {
    if (!mapping.has(term)) added.push(...extendNeedsMapping(mapping, [term], vocab));
    return original(term);
  };
  return mapping;
}

export interface RunImportResult {
  report: ImportReport;
  /** One block of lines per listing, for --verbose. */
  details: string[];
}

const rel = (root: string, p: string) => relative(root, p).split(sep).join('/');

/** Inside `dir`, and not through a symbolic link that could lead out of it. */
function safeTarget(dir: string, path: string): boolean {
  const r = relative(dir, path);
  if (r === '' || r.startsWith('..') || resolve(dir, r) !== path) return false;
  let p = dirname(path);
  while (p.length >= dir.length && p !== dirname(p)) {
    if (existsSync(p) && lstatSync(p).isSymbolicLink()) return false;
    if (p === dir) break;
    p = dirname(p);
  }
  return !(existsSync(path) && lstatSync(path).isSymbolicLink());
}

/**
 * Import feed documents into listing files: map, write (ready or draft), keep hand-edited files, check every
 * ready file with the validator and turn any that fails into a draft, and report. Not pure: it writes files.
 */
export function runImport(o: RunImportOptions): RunImportResult {
  const started = o.started ?? performance.now();
  const out = resolve(o.out);
  const council = loadCouncil(o.contentDir);
  const csv = readFileSync(join(o.contentDir, POSTCODES_FILE), 'utf8');
  const ctx: ImportContext = {
    council,
    vocab: loadVocabularies(o.contentDir),
    postcodes: parsePostcodeCsv(csv),
    today: o.today ?? todayIso(process.env, council.review.as_of),
    bounds: boundsOfPostcodeCsv(csv),
  };

  // The needs mapping: as the team left it, plus the terms this feed brings that it does not hold yet.
  const mappingFile = resolve(o.mappingFile ?? join(out, '_needs-mapping.yaml'));
  const read = existsSync(mappingFile)
    ? readNeedsMapping(readFileSync(mappingFile, 'utf8'), ctx.vocab)
    : { mapping: new Map() as NeedsMapping, problems: [] };
  const added: string[] = [];
  const feed = importFeed(o.documents, { ...ctx, mapping: suggesting(read.mapping, ctx.vocab, added) });
  // The file is the team's: it is written only when this feed brings new terms, and then only added to.
  if (added.length > 0 && existsSync(mappingFile) && read.problems.length === 0) {
    writeFileSync(
      mappingFile,
      addToNeedsMapping(
        readFileSync(mappingFile, 'utf8'),
        added.map((t) => [t, read.mapping.get(t)!]),
      ),
    );
  } else if (added.length > 0 && !existsSync(mappingFile)) {
    mkdirSync(dirname(mappingFile), { recursive: true });
    writeFileSync(mappingFile, renderNeedsMapping(read.mapping, o.sources.join(', ')));
  }

  const outcomes: ListingOutcome[] = [];
  const details: string[] = [];
  const readyWritten: { file: string; index: number }[] = [];
  // Files an earlier import wrote, by source id: a service the feed has renamed is still the same listing.
  const earlier = new Map<string, string[]>();
  if (existsSync(out)) {
    for (const e of readdirSync(out, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !/\.ya?ml$/.test(e.name) || e.name === '_needs-mapping.yaml') continue;
      const file = join(e.parentPath, e.name);
      const id = sourceIdOf(readFileSync(file, 'utf8'));
      if (id !== undefined) earlier.set(id, [...(earlier.get(id) ?? []), file]);
    }
  }
  feed.listings.forEach((l) => {
    const ready = resolve(out, `${l.path}.yaml`);
    const draftFile = join(dirname(ready), `_${basename(ready)}`);
    if (!safeTarget(out, ready) || !safeTarget(out, draftFile)) {
      feed.failed.push({
        file: l.sourceFile,
        index: -1,
        id: l.sourceId,
        name: l.listing.name,
        reason: `its file would be written outside ${rel(o.root, out)}`,
      });
      return;
    }
    const draft = l.notes.some((n) => n.blocking);
    const target = draft ? draftFile : ready;
    const elsewhere = (earlier.get(oneCommentLine(l.sourceId)) ?? []).filter((f) => f !== ready && f !== draftFile);
    const edited = [ready, draftFile, ...elsewhere].filter((f) => existsSync(f) && !untouchedSinceImport(readFileSync(f, 'utf8')));
    const facts = { notes: l.notes, lapsed: l.lapsed, urls: l.urls };
    if (edited.length > 0 && !o.force) {
      outcomes.push({ file: rel(o.root, edited[0]!), status: 'kept', ...facts });
      details.push(`${rel(o.root, edited[0]!)}: kept as it is, because it has been edited by hand. Run with --force to replace it.`);
      return;
    }
    for (const f of [ready, draftFile, ...elsewhere]) if (f !== target && existsSync(f)) rmSync(f);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, renderListingFile(l, { file: l.sourceFile, today: ctx.today }));
    outcomes.push({ file: rel(o.root, target), status: draft ? 'draft' : 'ready', ...facts });
    if (!draft) readyWritten.push({ file: target, index: outcomes.length - 1 });
  });

  // Every ready file must pass the validator as it stands; one that does not becomes a draft that says why.
  if (readyWritten.length > 0) {
    const check = loadDirectory({ contentDir: o.contentDir, root: o.root, paths: readyWritten.map((r) => r.file), today: ctx.today });
    const errors = new Map<string, string[]>();
    for (const p of check.problems.filter((x) => x.severity === 'error')) {
      errors.set(p.file, [...(errors.get(p.file) ?? []), `${p.field ? `${p.field}: ` : ''}${p.message}`]);
    }
    for (const r of readyWritten) {
      const problems = errors.get(rel(o.root, r.file));
      if (!problems) continue;
      const outcome = outcomes[r.index]!;
      const listing = feed.listings.find((l) => resolve(out, `${l.path}.yaml`) === r.file)!;
      const notes = [...listing.notes, ...problems.map((m) => ({ kind: 'validator' as const, message: `The validator says: ${m}`, blocking: true }))];
      const draftFile = join(dirname(r.file), `_${basename(r.file)}`);
      rmSync(r.file);
      writeFileSync(draftFile, renderListingFile({ ...listing, notes }, { file: listing.sourceFile, today: ctx.today }));
      Object.assign(outcome, { file: rel(o.root, draftFile), status: 'draft', notes });
    }
  }
  for (const oc of outcomes) {
    if (oc.status === 'kept') continue;
    const todo = oc.notes.filter((n) => n.blocking);
    details.push(
      `${oc.file}: ${oc.status === 'draft' ? `draft, ${todo.length} thing${todo.length === 1 ? '' : 's'} to fix before it can be published` : 'ready to review'}.`,
      ...todo.map((n) => `  Must fix: ${n.message}`),
      ...oc.notes.filter((n) => !n.blocking).map((n) => `  Check: ${n.message}`),
    );
  }

  const report = buildReport({
    sources: o.sources,
    out: rel(o.root, out),
    seconds: (performance.now() - started) / 1000,
    ...(feed.unplaced ? { unplaced: feed.unplaced } : {}),
    outcomes,
    failed: feed.failed,
    withoutId: feed.withoutId,
    fetchErrors: o.fetchErrors ?? [],
    skippedFiles: feed.skipped,
    ...(read.mapping.size > 0
      ? {
          mapping: {
            file: rel(o.root, mappingFile),
            terms: read.mapping.size,
            added: added.length,
            unreviewed: [...read.mapping.values()].filter((m) => !m.reviewed).length,
            problems: read.problems,
          },
        }
      : {}),
  });
  return { report, details };
}
