import { createHash } from 'node:crypto';
import { Document, isScalar, visit } from 'yaml';
import type { ImportedListing } from './import-service.ts';

/**
 * The text of an imported listing file: a comment header (where it came from, what the editor must still do,
 * and a fingerprint of the body as written) and the listing as YAML.
 *
 * The fingerprint lets a later import tell a file nobody has touched (safe to replace with fresher data)
 * from one an editor has finished by hand (never overwritten without --force).
 */
export function renderListingFile(
  imported: Pick<ImportedListing, 'sourceId' | 'listing' | 'notes'>,
  source: { file: string; today: string },
): string {
  const body = toYaml(imported.listing);
  const todo = imported.notes.map((n) => `#   - ${n.blocking ? 'MUST FIX: ' : ''}${oneCommentLine(n.message)}`);
  const header = [
    `# Imported from an Open Referral UK feed (${oneCommentLine(source.file)}) on ${oneCommentLine(source.today)} by npm run import:oruk.`,
    `# x_source_id: ${oneCommentLine(imported.sourceId)}`,
    ...(todo.length ? ['# Before publishing, check:', ...todo] : []),
    '# Once you edit this file, a later import leaves it alone (unless run with --force).',
    `# import-fingerprint: ${fingerprint(body)}`,
  ];
  return `${header.join('\n')}\n${body}`;
}

/**
 * Text from the feed inside a comment line: every kind of line break and control character becomes a space,
 * so quoted feed text can never end the comment and start a YAML field of its own.
 */
export function oneCommentLine(text: string): string {
  return String(text)
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

export function fingerprint(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n/g, '\n').trim()).digest('hex').slice(0, 16);
}

function bodyOf(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

/** The source id an imported file was made from, if it was made by the importer. */
export function sourceIdOf(text: string): string | undefined {
  return /^# x_source_id: (.+)$/m.exec(text)?.[1]?.trim();
}

/**
 * True when the file may be replaced: the importer wrote it and nobody has changed it since. A file with no
 * fingerprint (written by a person) or whose body no longer matches its fingerprint has been edited by hand.
 */
export function untouchedSinceImport(text: string): boolean {
  const recorded = /^# import-fingerprint: ([0-9a-f]{16})$/m.exec(text)?.[1];
  return recorded !== undefined && recorded === fingerprint(bodyOf(text));
}

/**
 * YAML in the house style of content/listings: short lists on one line ([en, pl]) and clock times quoted
 * ("09:30"), as a provider would write them and as the sample listing does.
 */
export function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
