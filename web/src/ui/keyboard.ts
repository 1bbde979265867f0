// Global keys: "/" jumps to the search box, Esc clears the current selection/path/search (then focus).
export interface KeyboardActions {
  focusSearch: () => void;
  escape: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

export function installKeyboard(actions: KeyboardActions): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === '/' && !typing(ev.target)) {
      ev.preventDefault();
      actions.focusSearch();
    } else if (ev.key === 'Escape') {
      if (typing(ev.target)) (ev.target as HTMLElement).blur();
      actions.escape();
    }
  });
}
