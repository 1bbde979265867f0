/** Canonical node ids: derived from names so that the same thing from two posts becomes one node. */
import type { NodeType } from './schema.ts';

const PREFIX: Record<NodeType, string> = {
  Post: 'post',
  Event: 'event',
  Talk: 'talk',
  Person: 'person',
  Organization: 'org',
  Project: 'project',
};

/** Lowercase ASCII slug: accents dropped, every run of other characters one dash. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function nodeId(type: NodeType, key: string): string {
  return `${PREFIX[type]}:${slugify(key) || 'unnamed'}`;
}
