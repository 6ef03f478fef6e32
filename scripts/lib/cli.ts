/**
 * The one shape of every command-line script: `main(argv, env, io)` returns the exit code, so tests call it
 * like any function, with their own arguments, environment and output, and nothing calls process.exit halfway
 * through. Options are read with node:util parseArgs; every script answers --help (exit 0) and explains an
 * option it does not know (exit 2) with its usage.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export type Env = Readonly<Record<string, string | undefined>>;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const line = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
export const processIo: Io = {
  out: (t) => void process.stdout.write(line(t)),
  err: (t) => void process.stderr.write(line(t)),
};

/** Output kept in memory, for tests. */
export function memoryIo(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += line(t)), err: (t: string) => void (io.stderr += line(t)) };
  return io;
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * The options and words of a command line, or the exit code when there is nothing more to do: 0 after
 * printing the usage for --help, 2 after explaining an option that is not understood.
 */
export function parseCli<const T extends ParseArgsOptionsConfig>(argv: readonly string[], options: T, usage: string, io: Io) {
  let parsed;
  try {
    // npm passes a leading "--" through; it means nothing here.
    parsed = parseArgs({ args: argv.filter((a) => a !== '--'), options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(usage);
    return 0;
  }
  return parsed;
}

/**
 * Run `main` when this file is the program (not when a test imports it), and exit with its code. A failure
 * nobody caught prints its message, not a stack trace, and exits 1.
 */
export async function runMain(meta: ImportMeta, main: (argv: string[], env: Env, io: Io) => number | Promise<number>): Promise<void> {
  if (!meta.main) return;
  try {
    process.exitCode = await main(process.argv.slice(2), process.env, processIo);
  } catch (e) {
    processIo.err(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
