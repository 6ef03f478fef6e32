/**
 * npm run lint:workflows: check every workflow in .github/workflows with actionlint and this project's own
 * rules (scripts/workflows/project-rules.ts). Prints one line per problem as file:line:column, exit 1 if any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  const files = workflowFiles(join(root, '.github/workflows'));
  const problems = await lintWorkflows(root, files);
  for (const p of problems) console.log(formatProblem(p));
  console.log(problems.length === 0 ? `All ${files.length} workflows pass actionlint and the project's rules.` : `${problems.length} problem${problems.length === 1 ? '' : 's'} in the workflows.`);
  process.exit(problems.length === 0 ? 0 : 1);
}
