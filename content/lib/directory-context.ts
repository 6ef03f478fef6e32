import type { Council } from '../schema/index.ts';
import type { PostcodeLookup } from './postcodes.ts';
import type { Vocabularies } from './vocabularies.ts';

/**
 * What checking, resolving, scaffolding or importing one listing needs to know about the directory: the
 * council's settings, the vocabularies, the postcode lookup and the day it is (YYYY-MM-DD).
 */
export interface DirectoryContext {
  council: Council;
  vocab: Vocabularies;
  postcodes: PostcodeLookup;
  today: string;
}
