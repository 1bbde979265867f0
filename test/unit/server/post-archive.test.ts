// The archive of raw posts: what save() and saveAsync() write is what read() gives back; a slug is checked before it
// becomes a file name, and saves of one slug at the same time leave one whole post.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostArchive } from '../../../server/post-archive.ts';

const dirs: string[] = [];
function archive(): PostArchive {
  const dir = mkdtempSync(path.join(tmpdir(), 'confgraph-archive-'));
  dirs.push(dir);
  return PostArchive.inDataDir(dir);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('PostArchive', () => {
  it('reads back what save() and saveAsync() wrote, and nothing for an unknown slug', async () => {
    const a = archive();
    a.save('one', '# One\n');
    await a.saveAsync('two', '# Two\n');
    expect(a.read('one')).toBe('# One\n');
    expect(a.read('two')).toBe('# Two\n');
    expect(a.read('three')).toBeNull();
  });

  it('refuses a slug that is not one before writing anything', async () => {
    const a = archive();
    expect(() => a.save('../escape', 'x')).toThrow(/not a post slug/);
    await expect(a.saveAsync('../escape', 'x')).rejects.toThrow(/not a post slug/);
    expect(() => readdirSync(a.dir)).toThrow();
  });

  it('leaves one whole post when two large saves of a slug overlap, and no partial files', async () => {
    const a = archive();
    const first = 'a'.repeat(3 * 1024 * 1024);
    const second = `# Short\n${'b'.repeat(1024)}`;
    await Promise.all([a.saveAsync('same', first), a.saveAsync('same', second)]);
    expect([first, second]).toContain(a.read('same'));
    expect(readdirSync(a.dir)).toEqual(['same.md']);
  });
});
