// Search box with autocomplete over /api/search (names and aliases): arrows move, Enter picks, Esc closes.
import { errorMessage, search } from '../api.ts';
import type { SearchHit } from '../api.ts';
import { getTheme } from '../graph/style.ts';
import type { NodeTypeName } from '../graph/style.ts';
import { clear, h } from './dom.ts';

export interface AutocompleteOptions {
  id: string;
  placeholder: string;
  label: string;
  onPick: (hit: SearchHit) => void;
  /** Called on every edit (debounced), e.g. to keep the text in the URL. */
  onText?: (text: string) => void;
  initial?: string;
}

export interface Autocomplete {
  root: HTMLElement;
  input: HTMLInputElement;
  close: () => void;
}

let counter = 0;

export function createAutocomplete(options: AutocompleteOptions): Autocomplete {
  const listId = `${options.id}-list-${++counter}`;
  const input = h('input', {
    id: options.id,
    class: 'ac-input',
    type: 'search',
    placeholder: options.placeholder,
    'aria-label': options.label,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  input.value = options.initial ?? '';
  const list = h('ul', { id: listId, class: 'ac-list', role: 'listbox', hidden: true });
  const root = h('div', { class: 'ac-wrap' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.querySelector(`#${listId}-${i}`);
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const render = (message?: string) => {
    clear(list);
    if (message) list.append(h('li', { class: 'ac-empty' }, message));
    hits.forEach((hit, i) => {
      const color = getTheme(document.documentElement.dataset.theme).nodeColors[hit.type as NodeTypeName] ?? '#888';
      const alias = hit.matched && hit.matched !== hit.name ? h('span', { class: 'ac-alias' }, `(${hit.matched})`) : null;
      const dot = h('span', { class: 'type-dot' });
      dot.style.background = color;
      const li = h('li', { id: `${listId}-${i}`, class: 'ac-item', role: 'option', 'aria-selected': 'false' }, dot, h('span', {}, hit.name), alias, h('span', { class: 'type-tag' }, hit.type));
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(hit);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const lookup = async (text: string) => {
    const mine = ++seq;
    try {
      const found = await search(text, 10);
      if (mine !== seq) return;
      hits = found;
      render(found.length === 0 ? `Nothing matches "${text}"` : undefined);
      if (found.length > 0) setActive(0);
    } catch (error) {
      if (mine !== seq) return;
      hits = [];
      render(`Search failed: ${errorMessage(error)}`);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    timer = setTimeout(() => {
      options.onText?.(input.value);
      if (text.length === 0) {
        seq++;
        hits = [];
        close();
      } else void lookup(text);
    }, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) {
        if (input.value.trim()) void lookup(input.value.trim());
        return;
      }
      ev.preventDefault();
      const n = hits.length;
      if (n > 0) setActive(ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!list.hidden && hits.length > 0) pick(hits[Math.max(active, 0)]);
      else if (input.value.trim()) void lookup(input.value.trim());
    } else if (ev.key === 'Escape') {
      if (!list.hidden) {
        ev.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { root, input, close };
}
