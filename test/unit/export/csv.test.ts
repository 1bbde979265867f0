// The CSV writer: RFC 4180 quoting of hostile strings, formula guard, and files that parse back to the view.
import { describe, expect, it } from 'vitest';
import { csvField, writeCsv } from '../../../export/formats/csv.ts';
import { HOSTILE_EVIDENCE, HOSTILE_NAME, hostileGraph, viewOf } from './fixture.ts';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records), written for this test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    [-12.5, '-12.5'],
    [null, ''],
    [['a', 'b,c'], '"a | b,c"'],
  ])('%j -> %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('writeCsv', () => {
  it('writes nodes.csv and edges.csv that parse back to the view, hostile strings intact', () => {
    const input = viewOf(hostileGraph());
    const files = writeCsv(input);
    const nodes = parseCsv(files['nodes.csv']);
    const edges = parseCsv(files['edges.csv']);
    const [nodeHead, ...nodeRows] = nodes;
    const [edgeHead, ...edgeRows] = edges;
    expect(nodeHead?.slice(0, 5)).toEqual(['id', 'type', 'name', 'x', 'y']);
    expect(edgeHead?.slice(0, 8)).toEqual(['id', 'source', 'target', 'type', 'count', 'role', 'evidence', 'evidence_urls']);
    expect(nodeRows.length).toBe(input.graph.elements.nodes.length);
    expect(edgeRows.length).toBe(input.graph.elements.edges.length);
    // Every row has as many fields as the header: nothing broke a record apart.
    for (const row of nodeRows) expect(row.length).toBe(nodeHead?.length);
    for (const row of edgeRows) expect(row.length).toBe(edgeHead?.length);
    const evil = nodeRows.find((r) => r[0] === 'project:evil');
    expect(evil?.[2]).toBe(`'${HOSTILE_NAME}`);
    const edge = edgeRows.find((r) => r[2] === 'project:evil');
    expect(edge?.[6]).toBe(HOSTILE_EVIDENCE);
    expect(edge?.[4]).toBe('2');
    expect(Number(evil?.[3])).toBeCloseTo(input.nodes['project:evil']!.x, 1);
  });
});
