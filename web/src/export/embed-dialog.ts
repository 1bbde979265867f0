// The "Embed" dialog: the iframe snippet for the current view, a live preview and a copy button.
import { h } from '../ui/dom.ts';
import { EMBED_THEMES, embedUrl } from '../embed/embed-params.ts';
import type { EmbedParams, EmbedTheme } from '../embed/embed-params.ts';
import type { ExportContext } from './export-context.ts';
import { embedParamsFromView, pictureTitle } from './view-params.ts';
import { escapeXml } from '../../../export/xml.ts';

export function iframeSnippet(url: string, width: number, height: number, title: string): string {
  return `<iframe src="${escapeXml(url)}" width="${width}" height="${height}" style="border:0" title="${escapeXml(title)}" loading="lazy"></iframe>`;
}

function clampSize(value: string, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 100 && n <= 4000 ? n : fallback;
}

async function copyText(text: string, area: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (insecure origin, permissions): fall back to a selection copy.
    area.select();
    if (!document.execCommand('copy')) throw new Error('copy was refused; select the text and copy it');
  }
}

export function embedDialog(ctx: ExportContext): { button: HTMLButtonElement; dialog: HTMLDialogElement } {
  const theme = h('select', { id: 'cg-embed-theme' }, ...EMBED_THEMES.map((t) => h('option', { value: t }, t)));
  const labels = h('input', { type: 'checkbox', id: 'cg-embed-labels', checked: true });
  const caption = h('input', { type: 'text', id: 'cg-embed-caption', maxlength: 300, placeholder: 'optional line under the graph' });
  const width = h('input', { type: 'number', id: 'cg-embed-width', min: 100, max: 4000, value: 960 });
  const height = h('input', { type: 'number', id: 'cg-embed-height', min: 100, max: 4000, value: 540 });
  const snippet = h('textarea', { id: 'cg-embed-snippet', readonly: true, rows: 3, 'aria-label': 'Embed code', spellcheck: 'false' });
  const preview = h('iframe', { class: 'cg-preview', id: 'cg-embed-preview', title: 'Preview of the embedded graph', loading: 'lazy' });
  const status = h('span', { role: 'status', 'aria-live': 'polite', class: 'cg-export-status' });
  const copy = h('button', { type: 'button', class: 'btn primary', id: 'cg-embed-copy' }, 'Copy code');
  const closeButton = h('button', { type: 'button', class: 'btn', id: 'cg-embed-close' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'cg-dialog', id: 'cg-embed-dialog', 'aria-labelledby': 'cg-embed-heading' },
    h('h2', { id: 'cg-embed-heading' }, 'Embed this view'),
    h(
      'div',
      { class: 'cg-embed-options' },
      h('label', { for: 'cg-embed-theme' }, 'Theme '),
      theme,
      h('label', {}, labels, ' labels'),
      h('label', { for: 'cg-embed-caption' }, 'Caption '),
      caption,
      h('label', { for: 'cg-embed-width' }, 'Size '),
      width,
      h('span', {}, '×'),
      height,
    ),
    snippet,
    preview,
    h('div', { class: 'cg-dialog-actions' }, status, copy, closeButton),
  );

  let params: EmbedParams = embedParamsFromView(ctx.getView());
  let timer = 0;
  const refresh = (reloadPreview: boolean) => {
    params = { ...params, theme: theme.value as EmbedTheme, labels: labels.checked, caption: caption.value.trim() || null };
    const url = embedUrl(new URL(ctx.viewUrl()).origin, params);
    const w = clampSize(width.value, 960);
    const hgt = clampSize(height.value, 540);
    snippet.value = iframeSnippet(url, w, hgt, params.focus ? pictureTitle(ctx.cy(), params.focus) : 'confgraph graph');
    preview.style.aspectRatio = `${w} / ${hgt}`;
    if (reloadPreview) {
      clearTimeout(timer);
      // Typing a caption should not reload the preview at every key.
      timer = window.setTimeout(() => {
        if (preview.src !== url) preview.src = url;
      }, 400);
    }
  };
  for (const input of [theme, labels, caption, width, height]) input.addEventListener('input', () => refresh(true));

  const button = h('button', { type: 'button', class: 'btn', id: 'cg-embed-button', 'aria-haspopup': 'dialog' }, 'Embed');
  button.addEventListener('click', () => {
    params = embedParamsFromView(ctx.getView());
    theme.value = params.theme;
    status.textContent = '';
    refresh(true);
    dialog.showModal();
    snippet.focus();
    snippet.select();
  });
  copy.addEventListener('click', () => {
    copyText(snippet.value, snippet)
      .then(() => (status.textContent = 'Copied.'))
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : String(error)));
  });
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  return { button, dialog };
}
