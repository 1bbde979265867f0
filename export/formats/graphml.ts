// GraphML writer for Gephi/yEd: typed <key>s for every node and edge attribute, plus x/y/size/r/g/b that Gephi lays out with.
import type { ExportInput } from '../export-input.ts';
import { nodeLook } from '../export-input.ts';
import { escapeXml as x } from '../xml.ts';

type AttrType = 'string' | 'int' | 'double' | 'boolean';
type Row = Record<string, unknown>;

/** Scalars stay as they are; lists join with " | "; objects (evidence) become JSON, so nothing is lost. */
function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' | ');
  return JSON.stringify(value);
}

function typeOf(values: unknown[]): AttrType {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: AttrType;
}

function keysFor(prefix: string, rows: Row[], skip: Set<string>): Key[] {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((n) => !skip.has(n));
  return names.map((name, i) => ({ id: `${prefix}${i}`, name, type: typeOf(rows.map((r) => cell(r[name]))) }));
}

function dataLines(keys: Key[], row: Row): string {
  return keys
    .map((k) => {
      const v = cell(row[k.name]);
      return v === null ? '' : `<data key="${k.id}">${x(v)}</data>`;
    })
    .join('');
}

export function writeGraphml(input: ExportInput): string {
  const nodeRows: Row[] = input.graph.elements.nodes.map(({ data }) => {
    const look = nodeLook(input, data.id);
    const rgb = [1, 3, 5].map((i) => parseInt(look.fill.slice(i, i + 2), 16));
    return { label: data.name, ...data, x: look.x, y: look.y, size: look.width, r: rgb[0], g: rgb[1], b: rgb[2] };
  });
  const edgeRows: Row[] = input.graph.elements.edges.map(({ data }) => ({ label: data.type, weight: data.count ?? 1, ...data }));
  const nodeKeys = keysFor('n', nodeRows, new Set(['id']));
  const edgeKeys = keysFor('e', edgeRows, new Set(['id', 'source', 'target']));
  const keyLines = [
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${x(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${x(k.name)}" attr.type="${k.type}"/>`),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    `  <graph id="${x(input.title)}" edgedefault="directed">`,
    ...nodeRows.map((r) => `    <node id="${x(r.id)}">${dataLines(nodeKeys, r)}</node>`),
    ...edgeRows.map((r) => `    <edge id="${x(r.id)}" source="${x(r.source)}" target="${x(r.target)}">${dataLines(edgeKeys, r)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
