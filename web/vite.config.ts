// Vite build of the web app: the explorer (index.html) plus the embed page when the export part has added it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const input: Record<string, string> = { main: path.join(root, 'index.html') };
const embed = path.join(root, 'embed.html');
if (existsSync(embed)) input.embed = embed;

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    // Cytoscape plus fcose are one large chunk; that is expected, not a warning worth reading.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
