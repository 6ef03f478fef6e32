/**
 * A compact wire format for the embedded index, so a big directory stays small to download: documents are
 * stored column by column (similar values sit together and gzip well), and MiniSearch's postings are
 * delta-encoded number lists instead of objects keyed by document number. Both are lossless: `expand*`
 * gives back exactly what MiniSearch and the engine use. Browser-safe.
 */
import type MiniSearch from 'minisearch';

export type MiniJson = ReturnType<MiniSearch['toJSON']>;

export interface CompactMini {
  documentCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Field lengths, document by document: documentCount × number of fields. */
  fieldLength: number[];
  /** [term, fieldId, [doc delta, frequency, doc delta, frequency, …], fieldId, […], …] */
  index: (string | number | number[])[][];
}

/** Postings keyed by short document id; requires ids 0..n-1 in order (the engine adds documents that way). */
export function compactMini(json: MiniJson): CompactMini {
  const n = json.documentCount;
  const fields = Object.keys(json.fieldIds).length;
  for (let i = 0; i < n; i++) if (json.documentIds[i] !== i) throw new Error('compactMini needs documents numbered 0..n-1 in order');
  const fieldLength: number[] = [];
  for (let i = 0; i < n; i++) {
    const lengths = json.fieldLength[i] ?? [];
    for (let f = 0; f < fields; f++) fieldLength.push(lengths[f] ?? 0);
  }
  const index = json.index.map(([term, byField]) => {
    const row: (string | number | number[])[] = [term];
    for (const [fieldId, freqs] of Object.entries(byField as Record<string, Record<string, number>>)) {
      const docs = Object.keys(freqs)
        .map(Number)
        .sort((a, b) => a - b);
      const postings: number[] = [];
      let prev = 0;
      for (const d of docs) {
        postings.push(d - prev, freqs[d]!);
        prev = d;
      }
      row.push(Number(fieldId), postings);
    }
    return row;
  });
  return { documentCount: n, fieldIds: json.fieldIds, averageFieldLength: json.averageFieldLength, fieldLength, index };
}

export function expandMini(c: CompactMini): MiniJson {
  const fields = Object.keys(c.fieldIds).length;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let i = 0; i < c.documentCount; i++) {
    documentIds[i] = i;
    fieldLength[i] = c.fieldLength.slice(i * fields, (i + 1) * fields);
  }
  const index = c.index.map((row) => {
    const byField: Record<string, Record<string, number>> = {};
    for (let k = 1; k < row.length; k += 2) {
      const postings = row[k + 1] as number[];
      const freqs: Record<string, number> = {};
      let doc = 0;
      for (let p = 0; p < postings.length; p += 2) {
        doc += postings[p]!;
        freqs[doc] = postings[p + 1]!;
      }
      byField[row[k] as number] = freqs;
    }
    return [row[0] as string, byField];
  });
  return {
    documentCount: c.documentCount,
    nextId: c.documentCount,
    documentIds,
    fieldIds: c.fieldIds,
    fieldLength,
    averageFieldLength: c.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  } as unknown as MiniJson;
}

export interface Columns<T> {
  /** The row type's fields, in column order. */
  fields: (keyof T & string)[];
  columns: unknown[][];
  /** Which fields were absent (not just undefined) on which rows, so objects round-trip exactly. */
  absent: Record<string, number[]>;
}

export function toColumns<T extends object>(rows: readonly T[], fields: readonly (keyof T & string)[]): Columns<T> {
  const absent: Record<string, number[]> = {};
  const columns = fields.map((f) =>
    rows.map((r, i) => {
      if (!(f in r)) (absent[f] ??= []).push(i);
      return (r as Record<string, unknown>)[f] ?? null;
    }),
  );
  return { fields: [...fields], columns, absent };
}

export function fromColumns<T>(c: Columns<T>): T[] {
  const n = c.columns[0]?.length ?? 0;
  const rows: Record<string, unknown>[] = Array.from({ length: n }, () => ({}));
  c.fields.forEach((f, k) => {
    const skip = new Set(c.absent[f] ?? []);
    const col = c.columns[k]!;
    for (let i = 0; i < n; i++) if (!skip.has(i)) rows[i]![f] = col[i];
  });
  return rows as T[];
}
