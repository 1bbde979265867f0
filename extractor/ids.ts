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

/** Letters of a script other than Latin ("ペパボ", "Приклад"): an ASCII slug would drop them. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Lowercase slug: accents dropped, every run of other characters one dash. A name in Latin letters gets an ASCII slug;
 * one with letters of another script keeps them, so that it is no empty slug and two such names stay two.
 */
export function slugify(text: string): string {
  if (isAscii(text)) return asciiSlug(text);
  if (OTHER_SCRIPT.test(text)) {
    return text.normalize('NFKC').toLowerCase().replace(/\+/g, ' plus ').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  }
  return asciiSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

/** The slug of a Latin name once its accents are gone (an ASCII name, most of them, has none: no normalizing). */
function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

export function nodeId(type: NodeType, key: string): string {
  return `${PREFIX[type]}:${slugify(key) || 'unnamed'}`;
}
