// Tiny DOM builder: every string child becomes a text node, so data is never parsed as HTML.
import { safeHttpUrl } from '../safe-url.ts';

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'href') {
      // Any href goes through safeHttpUrl: a `javascript:` URL in data never becomes clickable.
      const safe = safeHttpUrl(value);
      if (safe) el.setAttribute('href', safe);
    } else if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** An external link that opens in a new tab, or plain text when the URL is not http(s). */
export function link(url: unknown, text: string, className = ''): HTMLElement {
  const safe = safeHttpUrl(url);
  if (!safe) return h('span', { class: `${className} unsafe-link`.trim(), title: 'link not shown: not an http(s) URL' }, text);
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', class: className }, text);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** An element the page's HTML must hold; a missing one is a bug in index.html, said plainly. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
}
