// "Add a post": drop, pick or paste a markdown write-up; it goes through POST /api/posts, and the dialog shows what was
// found (talks, entities, warnings) with a link to the new nodes in the graph.
import { errorMessage } from '../api.ts';
import { byId, clear, h } from '../ui/dom.ts';
import { addPost, postContents, type PostSummary } from './post-api.ts';
import './add-post.css';

/** The server's own limit is 5 MB; a larger file is refused here before it is sent. */
const MAX_BYTES = 5 * 1024 * 1024;

function summaryLines(summary: PostSummary): string[] {
  const { load } = summary;
  return [
    `${summary.post?.title ?? 'Post'}: ${summary.talks} talk(s), ${summary.nodes} nodes and ${summary.edges} edges found`,
    `${load.nodesCreated} new node(s), ${load.nodesUpdated} already known; ${load.edgesCreated} new edge(s)`,
  ];
}

async function showResult(out: HTMLElement, summary: PostSummary): Promise<void> {
  clear(out);
  out.append(...summaryLines(summary).map((line) => h('p', {}, line)));
  if (summary.warnings.length) out.append(h('h3', {}, 'Warnings'), h('ul', { class: 'cg-add-warnings' }, ...summary.warnings.map((w) => h('li', {}, w))));
  if (!summary.post) return;
  const postId = summary.post.id;
  const found = await postContents(postId).catch(() => null);
  if (found) {
    out.append(
      h('h3', {}, 'Found'),
      h('dl', { class: 'cg-add-found' }, ...[...found].flatMap(([type, names]) => [h('dt', {}, `${type} (${names.size})`), h('dd', {}, [...names].sort().join(', '))])),
    );
  }
  const params = new URLSearchParams({ focus: postId, depth: '2', types: 'Post,Talk,Project,Organization,Person', sel: postId });
  out.append(h('p', {}, h('a', { href: `/?${params.toString()}`, class: 'btn primary', id: 'cg-add-show' }, 'Show the new nodes in the graph')));
}

export function addPostControls(): { button: HTMLButtonElement; dialog: HTMLDialogElement } {
  const file = h('input', { type: 'file', id: 'cg-add-file', accept: '.md,.markdown,text/markdown,text/plain' });
  const text = h('textarea', { id: 'cg-add-text', rows: 12, placeholder: 'Paste a markdown post here, or drop a .md file on this box', spellcheck: 'false', 'aria-label': 'Markdown post' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'cg-add-status' });
  const out = h('div', { class: 'cg-add-result', id: 'cg-add-result' });
  const submit = h('button', { type: 'button', class: 'btn primary', id: 'cg-add-submit' }, 'Add the post');
  const close = h('button', { type: 'button', class: 'btn', id: 'cg-add-close' }, 'Close');
  let source: string | null = null;

  const take = async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    if (picked.size > MAX_BYTES) {
      status.textContent = `${picked.name} is ${(picked.size / 1048576).toFixed(1)} MB; posts are limited to 5 MB.`;
      return;
    }
    source = picked.name;
    text.value = await picked.text();
    status.textContent = `${picked.name} read (${picked.size} bytes).`;
  };
  file.addEventListener('change', () => void take(file.files?.[0]));
  text.addEventListener('dragover', (e) => e.preventDefault());
  text.addEventListener('drop', (e) => {
    e.preventDefault();
    void take(e.dataTransfer?.files[0]);
  });
  text.addEventListener('input', () => (source = null));

  submit.addEventListener('click', () => {
    if (!text.value.trim()) {
      status.textContent = 'Nothing to add: paste a post or choose a file.';
      return;
    }
    submit.disabled = true;
    status.textContent = 'Reading the post…';
    clear(out);
    addPost(text.value, source)
      .then(async (summary) => {
        status.textContent = 'Added.';
        await showResult(out, summary);
      })
      .catch((error: unknown) => {
        status.textContent = `Not added: ${errorMessage(error)}`;
      })
      .finally(() => (submit.disabled = false));
  });

  const dialog = h(
    'dialog',
    { class: 'cg-dialog cg-add-dialog', id: 'cg-add-dialog', 'aria-labelledby': 'cg-add-heading' },
    h('h2', { id: 'cg-add-heading' }, 'Add a post'),
    h('p', { class: 'cg-add-hint' }, 'A conference write-up in markdown (front matter optional, at most 5 MB). Its talks, speakers and what they mention join the graph.'),
    h('label', { class: 'cg-add-file' }, 'Markdown file: ', file),
    text,
    status,
    out,
    h('div', { class: 'cg-dialog-actions' }, submit, close),
  );
  const button = h('button', { type: 'button', class: 'btn', id: 'cg-add-button', 'aria-haspopup': 'dialog', title: 'Add a markdown post to the graph' }, 'Add post');
  button.addEventListener('click', () => dialog.showModal());
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  return { button, dialog };
}

/** Puts the button after `afterId` in the toolbar and the dialog in the page. */
export function mountAddPost(afterId: string): void {
  const { button, dialog } = addPostControls();
  byId(afterId).after(button);
  document.body.append(dialog);
}
