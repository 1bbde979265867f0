// Finds the focus node from what a user typed: an id, else a name or alias (case-insensitive).
import type { Core, NodeSingular } from 'cytoscape';

// When a name is shared (a project and an organization both called "Rook"), entities win over talks.
const PREFERENCE = ['Project', 'Organization', 'Person', 'Talk', 'Event', 'Post'];

function rank(node: NodeSingular): number {
  const i = PREFERENCE.indexOf(node.data('type') as string);
  return i < 0 ? PREFERENCE.length : i;
}

/** The id of the node `text` names, or null when none does. */
export function resolveFocus(cy: Core, text: string): string | null {
  const wanted = text.trim();
  if (!wanted) return null;
  const byId = cy.getElementById(wanted);
  if (byId.nonempty() && byId.isNode()) return byId.id();
  const lower = wanted.toLowerCase();
  const matches = (n: NodeSingular, field: 'name' | 'aliases'): boolean => {
    const value = n.data(field) as unknown;
    if (typeof value === 'string') return value.toLowerCase() === lower;
    return Array.isArray(value) && value.some((a) => typeof a === 'string' && a.toLowerCase() === lower);
  };
  for (const field of ['name', 'aliases'] as const) {
    const found = cy.nodes().map((n) => n).filter((n) => matches(n, field));
    found.sort((a, b) => rank(a) - rank(b));
    if (found[0]) return found[0].id();
  }
  return null;
}
