import type { PublishProgress } from './publish.ts';

interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** "[##########----------]  512/1024 documents" */
export function progressLine(done: number, total: number, width = 30): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total} documents`;
}

/**
 * Progress on stderr, so stdout stays clean for the summary. On a terminal the bar redraws in place; in a
 * CI log (not a TTY) only the steps are printed, one line each, with no bar to clutter the log.
 */
export function stderrProgress(stream: Stream = process.stderr): PublishProgress {
  const tty = stream.isTTY === true;
  let barShown = false;
  const endBar = () => {
    if (barShown) stream.write('\n');
    barShown = false;
  };
  return {
    step(message) {
      endBar();
      stream.write(`${message}…\n`);
    },
    documents(done, total) {
      if (!tty) return;
      stream.write(`\r${progressLine(done, total)}`);
      barShown = true;
      if (done >= total) endBar();
    },
  };
}
