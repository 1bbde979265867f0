/** Pass 4 (placeholder until the relation pass lands): relations that sentences state. */
import type { EntityMention, ParsedPost, StatedRelation } from './types.ts';

export function findRelations(_post: ParsedPost, _mentions: EntityMention[]): StatedRelation[] {
  return [];
}
