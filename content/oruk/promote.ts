import { existsSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { loadDirectory } from '../lib/load-directory.ts';
import { printable } from './report.ts';

/**
 * The editor's last step for an imported draft: `npm run import:oruk -- --promote <draft>`. It refuses while
 * a MUST FIX line is left in the header (fixing each one and deleting its line is the editor's checklist),
 * then checks the listing with the validator under its ready name, and only then swaps the draft for it.
 * The promoted file is marked as edited by hand, so a later import never overwrites it.
 */
export function promoteDraft(
  path: string,
  opts: { contentDir: string; root: string; today?: string },
): { ok: boolean; lines: string[]; target?: string } {
  const draft = resolve(path);
  const shown = (p: string) => printable(relative(opts.root, p).split(sep).join('/'), 200);
  if (!existsSync(draft))
    return {
      ok: false,
      lines: [`${printable(path)} does not exist. Give the path of a draft, for example content/listings/imported/example-org/_service.yaml.`],
    };
  const st = lstatSync(draft);
  if (!st.isFile()) return { ok: false, lines: [`${printable(path)} is not a plain file (it is a folder or a link): give the draft file itself.`] };
  const name = basename(draft);
  if (!/^_[^/]+\.ya?ml$/.test(name))
    return { ok: false, lines: [`${printable(path)} is not a draft: drafts are the imported files whose names start with _.`] };
  const target = join(dirname(draft), name.slice(1));
  if (existsSync(target)) return { ok: false, lines: [`${shown(target)} already exists: merge the two files by hand, then delete the draft.`] };

  const text = readFileSync(draft, 'utf8');
  const header = text.split(/\r?\n/).filter((l) => l.startsWith('#'));
  const mustFix = header.filter((l) => /MUST FIX:/.test(l));
  if (mustFix.length > 0) {
    return {
      ok: false,
      lines: [
        `${shown(draft)} still has ${mustFix.length} MUST FIX line${mustFix.length === 1 ? '' : 's'} at the top. Fix each one in the listing, delete its line, then promote it again:`,
        ...mustFix.slice(0, 20).map((l) => `  ${printable(l.replace(/^#\s*-?\s*MUST FIX:\s*/, ''), 200)}`),
      ],
    };
  }
  const stamped = text.replace(
    /^# import-fingerprint: .*$/m,
    `# Promoted to ready${opts.today ? ` on ${opts.today}` : ''} by npm run import:oruk -- --promote: a later import leaves it alone.`,
  );
  writeFileSync(target, stamped);
  const check = loadDirectory({ contentDir: opts.contentDir, root: opts.root, paths: [target], ...(opts.today ? { today: opts.today } : {}) });
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    rmSync(target);
    return {
      ok: false,
      lines: [
        `${shown(draft)} does not pass the validator yet, so it stays a draft. Fix these, then promote it again:`,
        ...errors
          .slice(0, 20)
          .map((p) => `  ${p.line ? `line ${p.line}: ` : ''}${p.field ? `${printable(p.field, 60)}: ` : ''}${printable(p.message, 200)}`),
        ...(errors.length > 20 ? [`  … and ${errors.length - 20} more.`] : []),
      ],
    };
  }
  rmSync(draft);
  return { ok: true, target, lines: [`${shown(target)} is ready: it passes the validator. Check it reads well, then open a pull request.`] };
}
