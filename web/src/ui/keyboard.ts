// Global keys: "/" jumps to the search box, Esc clears the current selection/path/search (then focus); an open dialog or menu keeps its keys.
export interface KeyboardActions {
  focusSearch: () => void;
  escape: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

/** A dialog or menu is open (or has the key): Esc is theirs, closing only them. */
function inOverlay(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  const el = target instanceof Element ? target : null;
  return el !== null && el.closest('dialog, [role="menu"]') !== null;
}

export function installKeyboard(actions: KeyboardActions): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (inOverlay(ev.target)) return;
    if (ev.key === '/' && !typing(ev.target)) {
      ev.preventDefault();
      actions.focusSearch();
    } else if (ev.key === 'Escape') {
      if (typing(ev.target)) (ev.target as HTMLElement).blur();
      actions.escape();
    }
  });
}
