/**
 * Turns the slide's edge lines into PowerPoint connectors glued to their nodes, so they follow when a
 * node is moved on the slide. pptxgenjs writes plain line shapes only; this rewrites those of our own
 * generated slide XML, found by their order (pptxgenjs numbers shape ids as addition index + 2).
 */

export interface ConnectorSpec {
  /** Addition index of the edge's line shape on the slide. */
  index: number;
  /** Addition indexes of the source and target node shapes. */
  source: number;
  target: number;
}

const shapeId = (index: number): number => index + 2;

/** The slide XML with each listed line shape made a connector from its source node to its target node. */
export function gluedConnectors(slideXml: string, connectors: readonly ConnectorSpec[]): string {
  const wanted = new Map(connectors.map((c) => [c.index, c]));
  const parts: string[] = [];
  let at = 0;
  let index = 0;
  for (;;) {
    const start = slideXml.indexOf('<p:sp>', at);
    if (start < 0) break;
    const end = slideXml.indexOf('</p:sp>', start) + '</p:sp>'.length;
    parts.push(slideXml.slice(at, start));
    const shape = slideXml.slice(start, end);
    const c = wanted.get(index);
    parts.push(c && shape.includes('prst="line"') ? asConnector(shape, c) : shape);
    at = end;
    index++;
  }
  parts.push(slideXml.slice(at));
  return parts.join('');
}

function asConnector(shape: string, c: ConnectorSpec): string {
  const glue = `<p:cNvCxnSpPr><a:stCxn id="${shapeId(c.source)}" idx="0"/><a:endCxn id="${shapeId(c.target)}" idx="0"/></p:cNvCxnSpPr>`;
  return shape
    .replace('<p:sp>', '<p:cxnSp>')
    .replace('</p:sp>', '</p:cxnSp>')
    .replace('<p:nvSpPr>', '<p:nvCxnSpPr>')
    .replace('</p:nvSpPr>', '</p:nvCxnSpPr>')
    .replace('<p:cNvSpPr/>', glue)
    .replace('prst="line"', 'prst="straightConnector1"');
}
