import type { Hub } from '../../content/schema/index.ts';
import { en as t } from '../i18n/en.ts';

/** "Family Hub" or "Youth Hub", in the dictionary's words. Apart from format.ts, so scripts that only need a path do not carry the dictionary. */
export function hubKindLabel(kind: Hub['kind']): string {
  return kind === 'youth-hub' ? t.service.youthHub : t.service.hub;
}
