// The "Export" menu button: PNG scale and transparency, then one item per format; arrow keys, Home/End and Escape work.
import { h } from '../ui/dom.ts';
import { FORMATS, FORMAT_LABELS, runExport } from './export-actions.ts';
import type { ExportFormat } from './export-actions.ts';
import type { ExportContext } from './export-context.ts';
import { fileStem } from './download.ts';
import { embedParamsFromView, pictureTitle } from './view-params.ts';

export function exportMenu(ctx: ExportContext): HTMLElement {
  const scale = h('select', { id: 'cg-png-scale', 'aria-label': 'PNG scale' }, ...[1, 2, 3, 4].map((n) => h('option', { value: n }, `${n}x`)));
  scale.value = '2';
  const transparent = h('input', { type: 'checkbox', id: 'cg-transparent' });
  const keepSelection = h('input', { type: 'checkbox', id: 'cg-keep-selection' });
  const status = h('div', { class: 'cg-export-status', role: 'status', 'aria-live': 'polite' });
  const items = FORMATS.map((format) =>
    h('button', { type: 'button', role: 'menuitem', 'data-format': format, tabindex: -1 }, FORMAT_LABELS[format]),
  );
  const menu = h(
    'div',
    { class: 'cg-menu', id: 'cg-export-menu', role: 'menu', 'aria-label': 'Export the current view', hidden: true },
    h('div', { class: 'cg-png-options' }, h('label', { for: 'cg-png-scale' }, 'PNG size'), scale, h('label', {}, transparent, ' transparent background')),
    h('div', { class: 'cg-png-options' }, h('label', {}, keepSelection, ' keep the selection highlighted')),
    ...items,
    status,
  );
  const button = h('button', { type: 'button', class: 'btn', id: 'cg-export-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'cg-export-menu' }, 'Export');

  const close = (refocus: boolean) => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  const open = () => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  };
  button.addEventListener('click', () => (menu.hidden ? open() : close(false)));
  menu.addEventListener('keydown', (event) => {
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'Escape') close(true);
    else if (event.key === 'ArrowDown' && i >= 0) move(i + 1);
    else if (event.key === 'ArrowUp' && i >= 0) move(i - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else return;
    event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !menu.contains(event.target as Node) && event.target !== button) close(false);
  });

  for (const item of items) {
    item.addEventListener('click', () => {
      const format = item.dataset.format as ExportFormat;
      const view = embedParamsFromView(ctx.getView());
      status.textContent = 'Preparing…';
      runExport({
        cy: ctx.cy(),
        format,
        stem: fileStem(view.focus ?? view.query),
        title: pictureTitle(ctx.cy(), view.focus),
        theme: view.theme,
        scale: Number(scale.value),
        transparent: transparent.checked,
        keepSelection: keepSelection.checked,
      })
        .then((name) => (status.textContent = `Saved ${name}`))
        .catch((error: unknown) => (status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`));
    });
  }
  return h('div', { class: 'cg-export-menu-wrap' }, button, menu);
}
