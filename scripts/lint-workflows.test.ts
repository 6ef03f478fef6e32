import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, lintWorkflows, workflowFiles } from './lint-workflows.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'fis-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scratch repository with this package.json and one workflow. */
function lintOne(name: string, text: string) {
  const dir = join(scratch, name);
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
  writeFileSync(join(dir, '.github/workflows', `${name}.yml`), text);
  return lintWorkflows(dir);
}

/** A GitHub expression, `${{ … }}`, written so it is not mistaken for a JavaScript template placeholder. */
const expr = (e: string) => ['$', '{{ ', e, ' }}'].join('');

const deploy = readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8');

describe('the GitHub workflows', () => {
  it('every workflow in .github/workflows passes actionlint and the project rules', { timeout: 60_000 }, async () => {
    const files = workflowFiles(join(root, '.github/workflows'));
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(
      expect.arrayContaining(['.github/workflows/deploy.yml', '.github/workflows/preview.yml']),
    );
    expect((await lintWorkflows(root, files)).map(formatProblem)).toEqual([]);
  });

  it('actionlint catches a mistake: an unknown action input and untrusted input in a script', { timeout: 60_000 }, async () => {
    const problems = await lintOne(
      'broken',
      [
        'on: pull_request',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '        with:',
        '          depth: 1',
        `      - run: npm run validate -- "${expr('github.event.pull_request.title')}"`,
        '',
      ].join('\n'),
    );
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      expect.stringMatching(/^8: input "depth" is not defined in action "actions\/checkout@v4"/),
      expect.stringMatching(/^9: "github.event.pull_request.title" is potentially untrusted/),
    ]);
  });

  it('refuses the admin key anywhere but the indexing step', { timeout: 60_000 }, async () => {
    const leaky = deploy
      .replace(
        '      - name: Build the site\n        run: npm run build\n        env:\n',
        `      - name: Build the site\n        run: npm run build\n        env:\n          MEILI_ADMIN_KEY: ${expr('secrets.MEILI_ADMIN_KEY')}\n`,
      )
      .replace(
        'permissions:\n  contents: read\n',
        `permissions:\n  contents: read\n\nenv:\n  MEILI_MASTER_KEY: ${expr('secrets.MEILI_MASTER_KEY')}\n`,
      );
    expect(leaky).not.toBe(deploy);
    const messages = (await lintOne('leaky', leaky)).map((p) => p.message);
    expect(messages).toEqual([
      "the Meilisearch admin key is in the workflow's env: put it only in the env of the step that runs npm run index.",
      'job "build", step 5 ("Build the site") has the Meilisearch admin key but does not run npm run index: only the indexing step may have it.',
    ]);
  });

  it('refuses a step that is not an npm script, a Pages job without its permissions, and a deploy that can be cancelled', {
    timeout: 60_000,
  }, async () => {
    const changed = deploy
      .replace('run: npm run validate', 'run: node scripts/validate.ts')
      .replace('      pages: write\n', '')
      .replace('cancel-in-progress: false', 'cancel-in-progress: true');
    const messages = (await lintOne('loose', changed)).map((p) => p.message);
    expect(messages).toEqual([
      'job "build", step 4 ("Check every listing") runs "node scripts/validate.ts": steps run npm ci, npm test or an npm script from package.json, so a council can run the same step locally.',
      'job "deploy" deploys to GitHub Pages but does not have "pages: write" and "id-token: write" permissions.',
      'a workflow that deploys to GitHub Pages needs a concurrency group with cancel-in-progress: false, so two deployments never race and none is cut off half-way.',
    ]);
  });
});
