// Standalone HTML writer: one offline file (the SVG drawing, the graph data and a small viewer inlined); a CSP forbids any network.
import type { ExportInput } from '../export-input.ts';
import { escapeXml as x } from '../xml.ts';
import { writeSvg } from './svg.ts';
import { VIEWER_SCRIPT } from './html-viewer-script.ts';

/** JSON that cannot end its <script> element or be read as markup. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function writeHtml(input: ExportInput): string {
  const bg = input.background ?? '#ffffff';
  const text = Object.values(input.nodes)[0]?.labelColor ?? '#1f2430';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="confgraph">
<title>${x(input.title)}</title>
<style>
html, body { margin: 0; height: 100%; background: ${x(bg)}; color: ${x(text)}; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
#stage { position: absolute; inset: 0; cursor: grab; }
#stage:active { cursor: grabbing; }
#stage svg { display: block; }
g.node { cursor: pointer; }
g.node:focus { outline: none; }
g.node:focus > :is(ellipse, rect, polygon), g.node.selected > :is(ellipse, rect, polygon) { stroke: #f59e0b; stroke-width: 4px; }
.controls { position: absolute; top: 10px; right: 10px; display: flex; gap: 6px; }
.controls button { font: inherit; min-width: 34px; padding: 4px 8px; border: 1px solid #9aa3b5; border-radius: 6px; background: #fff; color: #1f2430; cursor: pointer; }
#details { position: absolute; top: 10px; left: 10px; max-width: min(420px, 45vw); max-height: 80vh; overflow: auto; padding: 10px 14px; border: 1px solid #9aa3b5; border-radius: 8px; background: #fff; color: #1f2430; font-size: 14px; }
#details h2 { margin: 0 0 4px; font-size: 18px; }
#details .type { margin: 0 0 6px; color: #5b6273; }
#details blockquote { margin: 4px 0 4px 10px; font-size: 13px; color: #3b4252; }
#details a { color: #1d4ed8; }
</style>
</head>
<body>
<div id="stage" aria-label="${x(input.title)}">${writeSvg(input)}</div>
<div class="controls" role="toolbar" aria-label="Zoom">
<button type="button" id="zoom-in" aria-label="Zoom in">+</button>
<button type="button" id="zoom-out" aria-label="Zoom out">−</button>
<button type="button" id="zoom-fit" aria-label="Fit the graph">Fit</button>
</div>
<aside id="details" aria-live="polite" hidden></aside>
<script type="application/json" id="confgraph-data">${scriptJson(input.graph)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}
