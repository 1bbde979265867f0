// `confgraph export` as a user runs it (a child process): files that parse, PNG at the asked size, one-line errors with exit code 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { pngSize } from '../unit/export/png-size.ts';
import { EXPORT_FORMAT_NAMES } from '../../export/registry.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/confgraph.js');
const POSTS = path.resolve('data/posts');
const dir = mkdtempSync(path.join(tmpdir(), 'confgraph-export-'));

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [BIN, 'export', ...args], { env: { ...process.env, ...env }, timeout: 90_000 });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { code: e.code ?? -1, stderr: e.stderr ?? '' };
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('confgraph export', () => {
  it('writes an SVG of the focus neighbourhood from the given posts', async () => {
    const out = path.join(dir, 'rook.svg');
    const { code, stderr } = await cli(['--focus', 'rook', '--depth', '1', '--theme', 'slides', '--format', 'svg', '--out', out, '--posts', POSTS]);
    expect(stderr).toMatch(/wrote .*rook\.svg \(\d+ nodes, \d+ edges\)/);
    expect(code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>Rook</tspan>');
  });

  it('reads an empty store by extracting data/posts, and writes a PPTX package', async () => {
    const out = path.join(dir, 'k.pptx');
    const { code, stderr } = await cli(['--focus', 'Kubernetes', '--format', 'pptx', '--out', out, '--data-dir', path.join(dir, 'store')]);
    expect(stderr).toContain('the store is empty');
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(slide).toContain('<a:t>Kubernetes</a:t>');
    // Readable from the back of the room: no text under 12 pt at the default size.
    const sizes = [...slide.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // Edges are connectors glued to node shapes (they follow a node moved on the slide), none left as plain lines.
    const names = new Map([...slide.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const glued = [...slide.matchAll(/<a:(?:st|end)Cxn id="(\d+)"/g)].map((m) => names.get(m[1]!) ?? '');
    expect(slide).not.toContain('prst="line"');
    expect(glued.length).toBe(2 * (slide.match(/<p:cxnSp>/g) ?? []).length);
    expect(glued.length).toBeGreaterThan(10);
    for (const name of glued) expect(name).toMatch(/^(Project|Organization|Person|Talk|Event): /);
    // The Post node is left out unless asked for.
    expect(glued.some((n) => n.startsWith('Post: '))).toBe(false);
  });

  it('the same command twice gives the same positions (the map layout has no randomness)', async () => {
    const outs = [path.join(dir, 'a.cyjs'), path.join(dir, 'b.cyjs')];
    for (const out of outs) {
      const { code } = await cli(['--focus', 'Kubernetes', '--depth', '1', '--format', 'cyjs', '--out', out, '--posts', POSTS]);
      expect(code).toBe(0);
    }
    const positions = (file: string) => {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { elements: { nodes: Array<{ data: { id: string }; position: { x: number; y: number } }> } };
      return Object.fromEntries(doc.elements.nodes.map((n) => [n.data.id, n.position]));
    };
    const [a, b] = outs.map(positions);
    expect(Object.keys(a!).length).toBeGreaterThan(5);
    expect(b).toEqual(a);
  });

  it('an unknown focus is one line with a suggestion and exit code 1', async () => {
    const { code, stderr } = await cli(['--focus', 'Kubernetis', '--format', 'svg', '--out', path.join(dir, 'x.svg'), '--posts', POSTS]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['confgraph export: no entity named or with id "Kubernetis" in the graph (did you mean "Kubernetes"?)']);
  });

  it('bad arguments are a usage error (exit 2)', async () => {
    const { code, stderr } = await cli(['--focus', 'Rook', '--format', 'gif', '--out', path.join(dir, 'x.gif')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  });

  it('PNG without Chromium: one clear line, exit code 1, no file', async () => {
    const out = path.join(dir, 'none.png');
    const { code, stderr } = await cli(['--focus', 'Rook', '--format', 'png', '--out', out, '--posts', POSTS], { CHROMIUM_PATH: path.join(dir, 'no-chromium') });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('PNG needs Chromium, not found at');
    expect(() => readFileSync(out)).toThrow();
  });

  it.skipIf(!chromiumAvailable('export CLI png'))('PNG through headless Chromium has the asked size times the scale', async () => {
    const out = path.join(dir, 'rook.png');
    const { code } = await cli(['--focus', 'Rook', '--format', 'png', '--width', '640', '--height', '360', '--scale', '2', '--transparent', '--out', out, '--posts', POSTS]);
    expect(code).toBe(0);
    const bytes = readFileSync(out);
    expect(pngSize(bytes)).toEqual({ width: 1280, height: 720 });
    // Colour type 6 = RGBA: the transparent option keeps an alpha channel.
    expect(bytes[25]).toBe(6);
  });
});
