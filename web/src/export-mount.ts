// Mounts the export part's toolbar controls when web/src/export/index.ts exists (the build works without it).
import type { Core } from 'cytoscape';
import type { ViewState } from './state/view-state-url.ts';

export interface ExportHost {
  cy: () => Core;
  viewUrl: () => string;
  getView: () => ViewState;
}

interface ExportModule {
  mountExportControls?: (el: HTMLElement, host: ExportHost) => void | Promise<void>;
}

export async function mountExport(el: HTMLElement, host: ExportHost): Promise<void> {
  // A glob, not an import: it matches nothing (and bundles nothing) until the file is there.
  const modules = import.meta.glob<ExportModule>('./export/index.ts');
  const load = modules['./export/index.ts'];
  if (!load) return;
  try {
    const mod = await load();
    await mod.mountExportControls?.(el, host);
  } catch (error) {
    console.error('confgraph: the export controls failed to load', error);
  }
}
