// A graph full of markup and `javascript:` URLs: the hostile post through the real extractor plus hand-made nodes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../extractor/index.ts';
import { KnowledgeGraph } from '../../../extractor/schema.ts';

const HOSTILE_POST = fileURLToPath(new URL('../fixtures/hostile-post.md', import.meta.url));

export const HOSTILE_PROJECT_NAME = `<img src=x onerror="window.__pwned='project'">Evilctl`;
export const HOSTILE_TALK_TITLE = `<script>window.__pwned='talk'</script>Pwning the panel`;
export const HOSTILE_EVIDENCE = `We used <script>window.__pwned='evidence'</script> with <img src=x onerror="window.__pwned='ev-img'">Evilctl daily.`;

/** Nodes the extractor might clean up: put straight into the graph so the browser sees raw hostile data. */
function handMade(): KnowledgeGraph {
  return KnowledgeGraph.parse({
    warnings: [],
    elements: {
      nodes: [
        {
          data: {
            id: 'project:evilctl',
            name: HOSTILE_PROJECT_NAME,
            aliases: [HOSTILE_PROJECT_NAME, 'Evilctl'],
            type: 'Project',
            homepage: "javascript:window.__pwned='homepage'",
            repo: "JaVaScRiPt:window.__pwned='repo'",
            maturity: null,
            category: '<b onmouseover="window.__pwned=1">bold</b>',
          },
        },
        {
          data: {
            id: 'talk:evil/pwning',
            name: HOSTILE_TALK_TITLE,
            aliases: [],
            type: 'Talk',
            title: HOSTILE_TALK_TITLE,
            kind: 'talk',
            day: 1,
            level: null,
            videoId: 'x',
            videoUrl: "javascript:window.__pwned='video'",
            url: "data:text/html,<script>window.__pwned='data'</script>",
            heading: HOSTILE_TALK_TITLE,
            event: null,
          },
        },
      ],
      edges: [
        {
          data: {
            id: 'MENTIONS:talk:evil/pwning->project:evilctl',
            source: 'talk:evil/pwning',
            target: 'project:evilctl',
            type: 'MENTIONS',
            evidence: [{ text: HOSTILE_EVIDENCE, url: "javascript:window.__pwned='evidence-url'" }],
            count: 2,
            role: null,
          },
        },
      ],
    },
  });
}

export async function hostileGraph(): Promise<KnowledgeGraph> {
  const extracted = await extract(readFileSync(HOSTILE_POST, 'utf8'), { source: 'hostile-post.md' });
  const extra = handMade();
  return {
    warnings: extracted.warnings,
    elements: {
      nodes: [...extracted.elements.nodes, ...extra.elements.nodes],
      edges: [...extracted.elements.edges, ...extra.elements.edges],
    },
  };
}
