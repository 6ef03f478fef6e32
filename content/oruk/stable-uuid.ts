import { createHash } from 'node:crypto';

/**
 * ORUK wants every id to be a UUID, and a consumer that stores our services needs the same id on every
 * build. So ids are derived, never random: a UUID version 5 (SHA-1 of a namespace and a name, RFC 9562)
 * from the kind of record and our own stable key, for example ("service", "home-start/family-support").
 */

/** Our namespace: a fixed, randomly chosen UUID. Changing it would change every published id. */
export const FIS_NAMESPACE = '6f1d3c52-8a4e-4b0f-9d7e-2c5a1b8e4f30';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 9562 UUIDv5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = FIS_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of one record: the council id keeps two councils' ids apart; the kind keeps a service and a
 * location with the same key apart.
 */
export function orukId(council: string, kind: string, key: string): string {
  return uuidV5(`${council}/${kind}/${key}`);
}
