/**
 * npm run lint:workflows: check every workflow in .github/workflows with actionlint and this project's own
 * rules (scripts/workflows/project-rules.ts). Prints one line per problem as file:line:column, exit 1 if any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { actionlint } from './workflows/actionlint.ts';
import { projectRules } from './workflows/project-rules.ts';

export interface WorkflowProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Every workflow file (.yml or .yaml) in `dir`, sorted. */
export function workflowFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export async function lintWorkflows(root: string, files = workflowFiles(join(root, '.github/workflows'))): Promise<WorkflowProblem[]> {
  const scripts = new Set(Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts));
  const problems: WorkflowProblem[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const source = readFileSync(path, 'utf8');
    for (const p of await actionlint(source, file)) problems.push({ file, line: p.line, column: p.column, message: `${p.message} [${p.kind}]` });
    let rules;
    try {
      rules = projectRules(file, source, scripts);
    } catch {
      continue; // not YAML at all: actionlint has said where
    }
    for (const p of rules) problems.push({ file, message: p.message.slice(file.length + 2) });
  }
  return problems;
}

export const formatProblem = (p: WorkflowProblem) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`;

export const USAGE = `Check every GitHub workflow in .github/workflows with actionlint and the project's own rules.

  npm run lint:workflows

Exit code 0 when every workflow passes, 1 when any has a problem (one line each: file:line:column: message).`;

export async function main(argv: string[], _env: Env, io: Io = processIo, root = resolve(import.meta.dirname, '..')): Promise<number> {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length > 0) {
    io.err(`npm run lint:workflows takes no file names: it checks every workflow in .github/workflows.\n\n${USAGE}`);
    return 2;
  }
  const files = workflowFiles(join(root, '.github/workflows'));
  const problems = await lintWorkflows(root, files);
  for (const p of problems) io.out(formatProblem(p));
  io.out(
    problems.length === 0
      ? `All ${files.length} workflows pass actionlint and the project's rules.`
      : `${problems.length} problem${problems.length === 1 ? '' : 's'} in the workflows.`,
  );
  return problems.length === 0 ? 0 : 1;
}

await runMain(import.meta, main);
