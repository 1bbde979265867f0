/** Pass 3 (placeholder until the entity pass lands): finds Project/Organization/Person mentions in sections. */
import type { EntityMention, ParsedPost, TalkRecord } from './types.ts';

export function findEntities(_post: ParsedPost, _talks: TalkRecord[]): EntityMention[] {
  return [];
}
