// The toolbar: search with autocomplete, layout choice, fit, theme switch, "copy link" and "add a post".
import type { Core } from 'cytoscape';
import { fitTo } from '../graph/fit.ts';
import { LAYOUT_NAMES } from '../graph/layouts.ts';
import { visibleElements } from '../graph/view-state.ts';
import type { ViewStore } from '../state/store.ts';
import type { ViewState } from '../state/view-state-url.ts';
import { mountAddPost } from '../add-post/add-post-dialog.ts';
import { createAutocomplete } from './autocomplete.ts';
import type { Autocomplete } from './autocomplete.ts';
import { byId, h } from './dom.ts';

export interface Toolbar {
  search: Autocomplete;
  layoutSelect: HTMLSelectElement;
}

export function setupToolbar(cy: Core, store: ViewStore): Toolbar {
  const search = createAutocomplete({
    id: 'search-input',
    label: 'Search projects, organizations, people and talks',
    placeholder: 'Search projects, people, talks…  ( / )',
    initial: store.get().q,
    onPick: (hit) => store.set({ sel: hit.id, q: hit.name, tab: 'details' }, { push: true }),
    onText: (q) => store.set({ q }),
  });
  byId('search-slot').append(search.root);
  const layoutSelect = byId<HTMLSelectElement>('layout-select');
  for (const name of LAYOUT_NAMES) layoutSelect.append(h('option', { value: name }, name));
  layoutSelect.value = store.get().layout;
  layoutSelect.addEventListener('change', () => store.set({ layout: layoutSelect.value as ViewState['layout'] }));
  byId('fit-button').addEventListener('click', () => fitTo(cy, visibleElements(cy), 30, 300));
  byId('theme-button').addEventListener('click', () => store.set({ theme: store.get().theme === 'dark' ? 'light' : 'dark' }));
  const share = byId('share-button');
  share.addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(
      () => flash(share, 'Copied'),
      () => flash(share, 'Copy failed'),
    );
  });
  mountAddPost('share-button');
  return { search, layoutSelect };
}

function flash(button: HTMLElement, text: string): void {
  const old = button.textContent;
  button.textContent = text;
  setTimeout(() => {
    button.textContent = old;
  }, 1200);
}
