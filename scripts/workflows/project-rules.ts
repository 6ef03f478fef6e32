/**
 * This project's own rules for its GitHub workflows, on top of actionlint:
 * - the Meilisearch admin key (secrets.MEILI_ADMIN_KEY / MEILI_MASTER_KEY) is only ever put in the `env` of a
 *   step that runs `npm run index`: never a workflow's or job's env, never a `with:`, never a build step, so no
 *   other step (or action) can read it;
 * - every step that runs a command runs `npm ci`, `npm test` or one of package.json's scripts (`npm run NAME`), so each step
 *   of a deploy can be run the same way on a laptop;
 * - a job that deploys to GitHub Pages has `pages: write` and `id-token: write`, and the workflow has a
 *   concurrency group that does not cancel a deployment half-way.
 */
import { parse } from 'yaml';

export interface RuleProblem {
  message: string;
}

const ADMIN_SECRET = /secrets\.(MEILI_ADMIN_KEY|MEILI_MASTER_KEY)\b/;

type Step = { name?: string; run?: string; uses?: string; env?: Record<string, unknown>; with?: Record<string, unknown> };
type Job = { name?: string; env?: Record<string, unknown>; steps?: Step[]; permissions?: Record<string, string> | string; uses?: string };
type Workflow = { env?: Record<string, unknown>; jobs?: Record<string, Job>; concurrency?: unknown };

/** The npm commands a `run:` block may use: `npm ci`, `npm run NAME [-- args]` for a script in package.json. */
function unknownCommands(run: string, scripts: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of run.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    for (const part of line.split(/&&|\|\|/).map((p) => p.trim())) {
      if (part === 'npm ci' || part === 'npm test') continue;
      const m = /^npm run(?: --silent| -s)? ([\w:.-]+)(?:\s|$)/.exec(part);
      if (m && scripts.has(m[1]!)) continue;
      out.push(part);
    }
  }
  return out;
}

export function projectRules(file: string, source: string, scripts: ReadonlySet<string>): RuleProblem[] {
  const wf = parse(source) as Workflow;
  const problems: RuleProblem[] = [];
  const say = (message: string) => problems.push({ message: `${file}: ${message}` });
  if (wf.env && ADMIN_SECRET.test(JSON.stringify(wf.env)))
    say("the Meilisearch admin key is in the workflow's env: put it only in the env of the step that runs npm run index.");
  let deploysPages = false;
  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    if (job.env && ADMIN_SECRET.test(JSON.stringify(job.env)))
      say(`job "${id}" puts the Meilisearch admin key in the job's env: put it only in the env of the step that runs npm run index.`);
    for (const [i, step] of (job.steps ?? []).entries()) {
      const label = `job "${id}", step ${i + 1}${step.name ? ` ("${step.name}")` : ''}`;
      if (step.with && ADMIN_SECRET.test(JSON.stringify(step.with)))
        say(`${label} passes the Meilisearch admin key to an action: only npm run index may have it.`);
      if (step.run && ADMIN_SECRET.test(step.run))
        say(`${label} writes the Meilisearch admin key into its script: pass it in the step's env instead.`);
      if (step.env && ADMIN_SECRET.test(JSON.stringify(step.env)) && !/^\s*npm run(?: --silent| -s)? index\b/m.test(step.run ?? '')) {
        say(`${label} has the Meilisearch admin key but does not run npm run index: only the indexing step may have it.`);
      }
      if (step.run) {
        for (const cmd of unknownCommands(step.run, scripts))
          say(`${label} runs "${cmd}": steps run npm ci, npm test or an npm script from package.json, so a council can run the same step locally.`);
      }
      if (step.uses?.startsWith('actions/deploy-pages@')) {
        deploysPages = true;
        const p = typeof job.permissions === 'object' ? job.permissions : {};
        if (p.pages !== 'write' || p['id-token'] !== 'write')
          say(`job "${id}" deploys to GitHub Pages but does not have "pages: write" and "id-token: write" permissions.`);
      }
    }
  }
  if (deploysPages) {
    const c = wf.concurrency as { group?: string; 'cancel-in-progress'?: boolean } | undefined;
    if (!c || typeof c !== 'object' || !c.group || c['cancel-in-progress'] !== false) {
      say(
        'a workflow that deploys to GitHub Pages needs a concurrency group with cancel-in-progress: false, so two deployments never race and none is cut off half-way.',
      );
    }
  }
  return problems;
}
