// Only http(s) links from data become clickable; every other scheme, however spelled, stays text.
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../web/src/safe-url.ts';

const BASE = 'https://confgraph.example/explore';

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc'],
    ['http://rook.io/', 'http://rook.io/'],
    ['  https://rook.io  ', 'https://rook.io/'],
    ['/kubecon-2017-austin/#thanks', 'https://confgraph.example/kubecon-2017-austin/#thanks'],
  ])('keeps %s', (input, expected) => {
    expect(safeHttpUrl(input, BASE)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:a@b.c',
    '',
    '   ',
  ])('refuses %j', (input) => {
    expect(safeHttpUrl(input, BASE)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(safeHttpUrl(null, BASE)).toBeNull();
    expect(safeHttpUrl(42, BASE)).toBeNull();
    expect(safeHttpUrl({ href: 'https://x' }, BASE)).toBeNull();
  });
});
