import { describe, expect, it } from 'vitest';
import { memoryIo } from './lib/cli.ts';
import { main as parity } from './parity-report.ts';
import { main as safety } from './safety-report.ts';

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
