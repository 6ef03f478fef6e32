import { describe, expect, it } from 'vitest';
import { memoryIo } from './lib/cli.ts';
import { main as parity } from './parity-report.ts';
import { main as safety, missLines, runSafety, safetyMarkdown } from './safety-report.ts';

describe('npm run safety and npm run parity', () => {
  it('answer --help, and parity explains that it needs a Meilisearch server', async () => {
    const io = memoryIo();
    expect(await safety(['--help'], {}, io)).toBe(0);
    expect(io.stdout).toContain('Usage: npm run safety');
    const noServer = memoryIo();
    expect(await parity([], {}, noServer)).toBe(2);
    expect(noServer.stderr).toMatch(/^npm run parity needs a Meilisearch server: set MEILI_URL and MEILI_MASTER_KEY/);
  });
});

describe('bench/safety.md', () => {
  it("lists the tuning half's misses but never a held-out search, which stays for a review's --held-out", () => {
    const results = runSafety();
    const held = results.find((r) => r.half === 'held-out')!;
    const md = safetyMarkdown(results);
    // A fixture-free check on the real set: the held-out half always has some misses (it is below the bar).
    expect(held.misses.length).toBeGreaterThan(0);
    expect(held.misses.filter((m) => md.includes(`"${m.q}"`))).toEqual([]);
    expect(held.falseAlarms.filter((f) => md.includes(`"${f.q}"`))).toEqual([]);
    expect(md).toContain(`${held.misses.length} missed and ${held.falseAlarms.length} false alarms`);
    expect(missLines(held)).toHaveLength(held.misses.length + held.falseAlarms.length);
    // Reads some 19,000 searches with the lists and the model: about a minute alone, and 145 s was seen on a machine
    // busy with other work. The limit only catches a hang; the matcher's speed is measured by npm run bench.
  }, 600_000);
});
