// An evidence sentence as text, with the entity's names marked (built from text nodes, never HTML).
import type { Evidence } from '../../../../extractor/schema.ts';
import { h, link } from '../dom.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `text` into plain and marked parts where any of `names` occurs (case-insensitive). */
export function markNames(text: string, names: readonly string[]): Array<{ text: string; marked: boolean }> {
  const words = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ text, marked: false }];
  const re = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  const parts: Array<{ text: string; marked: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), marked: false });
    parts.push({ text: m[0], marked: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

export function evidenceBlock(evidence: Evidence, names: readonly string[]): HTMLElement {
  const quote = h('blockquote', { class: 'evidence' });
  for (const part of markNames(evidence.text, names)) quote.append(part.marked ? h('mark', {}, part.text) : document.createTextNode(part.text));
  if (evidence.url) quote.append(' ', link(evidence.url, '↗', 'evidence-link'));
  return quote;
}
