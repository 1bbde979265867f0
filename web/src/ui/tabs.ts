// The side pane's tabs (Details, Talks x Projects, Cypher) with arrow-key movement between them.
import type { Tab } from '../state/view-state-url.ts';
import { h } from './dom.ts';

const LABELS: Record<Tab, string> = { details: 'Details', table: 'Talks × Projects', console: 'Cypher' };

export interface TabsHandle {
  show: (tab: Tab) => void;
}

export function createTabs(root: HTMLElement, onSelect: (tab: Tab) => void): TabsHandle {
  const tabs = (Object.keys(LABELS) as Tab[]).map((tab) =>
    h('button', { type: 'button', class: 'tab', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'data-tab': tab }, LABELS[tab]),
  );
  tabs.forEach((button, i) => {
    button.addEventListener('click', () => onSelect(button.dataset.tab as Tab));
    button.addEventListener('keydown', (ev) => {
      if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
      const next = tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      if (next) {
        next.focus();
        onSelect(next.dataset.tab as Tab);
      }
    });
  });
  root.append(...tabs);
  return {
    show(tab) {
      for (const button of tabs) {
        const on = button.dataset.tab === tab;
        button.setAttribute('aria-selected', String(on));
        button.tabIndex = on ? 0 : -1;
        const panel = document.getElementById(`panel-${button.dataset.tab ?? ''}`);
        if (panel) panel.hidden = !on;
      }
    },
  };
}
