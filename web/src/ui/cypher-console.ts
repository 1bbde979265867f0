// The Cypher console: the named queries as a library, an editor, and results as a table and on the graph.
import { errorMessage, listQueries, runCypher, runNamedQuery } from '../api.ts';
import type { CypherResult, NamedQuery } from '../api.ts';
import { createAutocomplete } from './autocomplete.ts';
import { clear, h } from './dom.ts';
import { resultTable } from './result-table.ts';

export interface ConsoleState {
  query: string | null;
  params: Record<string, string>;
  cypher: string | null;
}

export interface ConsoleProps {
  initial: ConsoleState;
  /** Keeps the console's state in the URL. */
  onState: (state: ConsoleState) => void;
  /** Shows a result's elements on the graph (null: the query failed or returned no graph). */
  onResult: (result: CypherResult | null) => void;
  navigate: (id: string) => void;
  /** Values the page can offer for params, e.g. `{ id: selected node }`. */
  knownParams: () => Record<string, string>;
  /** The name to show for a node id (entity params show names, send ids). */
  nameOf: (id: string) => string | null;
  /** The node id a typed name, alias or id stands for, or null. */
  resolveEntity: (text: string) => string | null;
}

/** Params that name a node: the form takes a name (with autocomplete) and sends its id. */
const ENTITY_PARAMS = new Set(['id', 'from', 'to']);

/** A param must be filled unless its header type allows null. */
function required(q: NamedQuery, name: string): boolean {
  const type = q.params.find((p) => p.name === name)?.type ?? '';
  return !type.includes('null');
}

export function paramNames(q: NamedQuery): string[] {
  return (q.params ?? []).map((p) => p.name);
}

/** The `$params` a typed query uses, in order of first use. */
export function paramsInText(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** Text fields hold strings; whole numbers are sent as numbers (LIMIT $limit needs an integer). */
function typedParams(names: string[], values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const v = values[name];
    if (v === undefined || v === '') continue;
    out[name] = /^-?\d{1,9}$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** What the editor holds at first: a query that runs as it is. */
export const EXAMPLE_QUERY = 'MATCH (t:Talk)-[:MENTIONS]->(p:Project)\nRETURN p.name AS project, count(t) AS talks\nORDER BY talks DESC LIMIT 10';
const PLACEHOLDER = 'Type a Cypher query, or pick one from the library above.';

export function createConsole(root: HTMLElement, props: ConsoleProps): { run: () => Promise<void>; hasQuery: () => boolean } {
  let state = { ...props.initial };
  let queries: NamedQuery[] = [];
  const library = h('div', { class: 'console-library', role: 'list', 'aria-label': 'Named queries' }, h('div', { class: 'panel-empty' }, 'Loading the query library…'));
  const editor = h('textarea', { class: 'console-editor', id: 'cypher-editor', 'aria-label': 'Cypher query', spellcheck: 'false', placeholder: PLACEHOLDER });
  editor.value = state.cypher ?? (state.query ? '' : EXAMPLE_QUERY);
  const paramsBox = h('div', { class: 'console-params' });
  const runBtn = h('button', { type: 'button', class: 'btn primary', id: 'cypher-run' }, 'Run');
  const result = h('div', { class: 'console-result', id: 'cypher-result', 'aria-live': 'polite' });
  root.append(
    h('h3', { class: 'panel-section' }, 'Query library'),
    library,
    editor,
    paramsBox,
    h('div', { class: 'console-bar' }, runBtn, h('span', { class: 'hint' }, 'Ctrl+Enter runs · read-only')),
    result,
  );

  const current = () => queries.find((q) => q.name === state.query) ?? null;
  const renderLibrary = () => {
    clear(library);
    if (queries.length === 0) library.append(h('div', { class: 'panel-empty' }, 'No named queries.'));
    for (const q of queries) {
      const b = h('button', { type: 'button', class: 'query-item', role: 'listitem', 'data-query': q.name, 'aria-current': String(q.name === state.query) }, h('strong', {}, q.name), h('span', {}, q.description ?? ''));
      b.addEventListener('click', () => {
        setState({ query: q.name, params: defaultsOf(q, props.knownParams()), cypher: null });
        // A query whose params are not all known waits for them instead of failing at once.
        const missing = paramNames(q).filter((name) => required(q, name) && !(state.params[name] ?? '').trim());
        if (missing.length === 0) {
          void run();
          return;
        }
        clear(result);
        result.append(h('div', { class: 'result-meta', id: 'result-meta' }, `Fill in ${missing.map((m) => `$${m}`).join(', ')}, then Run.`));
        paramsBox.querySelector<HTMLInputElement>(`[data-param="${missing[0] ?? ''}"]`)?.focus();
      });
      library.append(b);
    }
  };
  const renderParams = () => {
    clear(paramsBox);
    const q = current();
    const names = q ? paramNames(q) : paramsInText(editor.value);
    for (const name of names) {
      const type = q?.params.find((p) => p.name === name)?.type ?? '';
      const id = `param-${name}`;
      const setValue = (value: string) => {
        state = { ...state, params: { ...state.params, [name]: value } };
        props.onState(state);
      };
      let input: HTMLInputElement;
      if (ENTITY_PARAMS.has(name)) {
        // A name with autocomplete; the id of the picked node is what the query gets.
        const box = createAutocomplete({
          id,
          label: `$${name}: a node, by name`,
          placeholder: 'a name, e.g. Rook',
          initial: props.nameOf(state.params[name] ?? '') ?? state.params[name] ?? '',
          onPick: (hit) => setValue(hit.id),
        });
        input = box.input;
        // At every key, not debounced: Run right after typing must see the text.
        input.addEventListener('input', () => setValue(props.resolveEntity(input.value) ?? input.value));
        paramsBox.append(h('label', { for: id }, `$${name}`), box.root);
      } else {
        input = h('input', { type: 'text', id, placeholder: type });
        input.value = state.params[name] ?? '';
        input.addEventListener('input', () => setValue(input.value));
        paramsBox.append(h('label', { for: id }, `$${name}`), input);
      }
      input.dataset.param = name;
      input.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' && !ENTITY_PARAMS.has(name)) void run();
      });
    }
  };
  const setState = (next: ConsoleState) => {
    state = next;
    const q = current();
    editor.value = q ? (q.cypher ?? '') : (next.cypher ?? editor.value);
    editor.placeholder = q ? `Named query “${q.name}”: ${q.description}\nType here to write your own Cypher instead.` : PLACEHOLDER;
    renderLibrary();
    renderParams();
    props.onState(state);
  };
  editor.addEventListener('input', () => {
    // Editing turns a named query into the user's own text; values of the params it still uses are kept.
    const keep = Object.fromEntries(Object.entries(state.params).filter(([k]) => paramsInText(editor.value).includes(k)));
    state = { query: null, params: keep, cypher: editor.value };
    renderLibrary();
    renderParams();
    props.onState(state);
  });
  editor.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void run();
    }
  });
  runBtn.addEventListener('click', () => void run());

  let seq = 0;
  const run = async () => {
    const mine = ++seq;
    await loaded;
    const q = current();
    const text = editor.value.trim();
    if (!q && !text) {
      showError('Type a Cypher query or pick one from the library.');
      return;
    }
    // A name typed into an entity field without picking: find its node, or say plainly that none has it.
    for (const name of q ? paramNames(q) : paramsInText(text)) {
      const value = (state.params[name] ?? '').trim();
      if (!ENTITY_PARAMS.has(name) || !value) continue;
      const id = props.resolveEntity(value);
      if (!id) {
        showError(`No node is named "${value}": pick one from the list under $${name}.`);
        return;
      }
      if (id !== value) state = { ...state, params: { ...state.params, [name]: id } };
    }
    clear(result);
    result.append(h('div', { class: 'result-meta' }, 'Running…'));
    runBtn.disabled = true;
    try {
      const res = q ? await runNamedQuery(q.name, state.params) : await runCypher(text, typedParams(paramsInText(text), state.params));
      if (mine !== seq) return;
      clear(result);
      const nodes = res.elements?.nodes.length ?? 0;
      result.append(
        h('div', { class: 'result-meta', id: 'result-meta' }, `${res.rows.length} row${res.rows.length === 1 ? '' : 's'}${res.truncated ? ' (truncated)' : ''}${nodes > 0 ? ` · ${nodes} nodes shown on the graph` : ''}`),
        resultTable(res, props.navigate),
      );
      props.onResult(nodes > 0 ? res : null);
    } catch (error) {
      if (mine !== seq) return;
      showError(errorMessage(error));
      props.onResult(null);
    } finally {
      runBtn.disabled = false;
    }
  };
  const showError = (message: string) => {
    clear(result);
    result.append(h('div', { class: 'error-box', role: 'alert', id: 'cypher-error' }, message));
  };

  const loaded = listQueries()
    .then((list) => {
      queries = list;
      renderLibrary();
      renderParams();
      const q = current();
      if (q) {
        editor.value = q.cypher ?? '';
        editor.placeholder = `Named query “${q.name}”: ${q.description}\nType here to write your own Cypher instead.`;
      }
    })
    .catch((error: unknown) => {
      clear(library);
      library.append(h('div', { class: 'error-box' }, `The query library could not be loaded: ${errorMessage(error)}`));
    });
  return { run, hasQuery: () => state.query !== null || (state.cypher ?? '').trim() !== '' };
}

/** Pre-fills params the page already knows (e.g. `id` = the selected node). */
function defaultsOf(q: NamedQuery, known: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of q.params ?? []) {
    const value = known[p.name];
    if (value) out[p.name] = value;
  }
  return out;
}
