// The export part's entry for the explorer: an "Embed" dialog and an "Export" menu for the current view.
import './export.css';
import { registerExportThemes } from '../embed/slides-theme.ts';
import { embedDialog } from './embed-dialog.ts';
import { exportMenu } from './export-menu.ts';
import type { ExportContext } from './export-context.ts';

export type { ExportContext };

export function mountExportControls(el: HTMLElement, ctx: ExportContext): void {
  registerExportThemes();
  const { button, dialog } = embedDialog(ctx);
  el.classList.add('cg-export');
  el.append(button, exportMenu(ctx));
  document.body.append(dialog);
}
