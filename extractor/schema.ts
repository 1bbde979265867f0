/**
 * The one serialized graph shape (STYLE.md lesson 2): Cytoscape.js elements JSON.
 * The extractor emits it, the stores load it, the API answers with it, the exports write it.
 */
import { z } from 'zod';

export const NODE_TYPES = ['Post', 'Event', 'Talk', 'Person', 'Organization', 'Project'] as const;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

/** Entity types: what a talk or post can mention. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Project'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const EDGE_TYPES = [
  'PRESENTED', // Person -> Talk
  'WORKS_FOR', // Person -> Organization {role}
  'MENTIONS', // Talk|Post -> entity {count, evidence}
  'PART_OF', // Talk -> Event
  'COVERS', // Post -> Talk
  'MAINTAINS', // Organization -> Project
  'IMPLEMENTS', // Project -> Project
  'INTEGRATES_WITH', // Project -> Project
  'ALTERNATIVE_TO', // Project -> Project
  'HOSTED_BY', // Project -> Organization
] as const;
export const EdgeType = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof EdgeType>;

/** Relations stated by sentences (everything but the structural edges). */
export const STATED_RELATION_TYPES = ['MAINTAINS', 'IMPLEMENTS', 'INTEGRATES_WITH', 'ALTERNATIVE_TO', 'HOSTED_BY'] as const;

export const TalkKind = z.enum(['keynote', 'talk', 'workshop', 'panel']);
export type TalkKind = z.infer<typeof TalkKind>;
export const TalkLevel = z.enum(['beginner', 'intermediate', 'advanced']).nullable();
export type TalkLevel = z.infer<typeof TalkLevel>;

/** Where a fact was read: the sentence (or heading) and the link to its section in the post. */
export const Evidence = z.object({ text: z.string(), url: z.string() });
export type Evidence = z.infer<typeof Evidence>;

const baseNode = {
  id: z.string().min(1),
  name: z.string(),
  /** Every surface form the entity was seen as, the name included. */
  aliases: z.array(z.string()),
};

export const PostNode = z.object({
  ...baseNode,
  type: z.literal('Post'),
  title: z.string(),
  url: z.string(),
  source: z.string().nullable(),
  date: z.string().nullable(),
  author: z.string().nullable(),
  tags: z.array(z.string()),
});

export const EventNode = z.object({
  ...baseNode,
  type: z.literal('Event'),
  year: z.number().int().nullable(),
});

export const TalkNode = z.object({
  ...baseNode,
  type: z.literal('Talk'),
  title: z.string(),
  kind: TalkKind,
  day: z.number().int().nullable(),
  level: TalkLevel,
  videoId: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** The post's URL with the section anchor. */
  url: z.string(),
  /** The heading the talk was read from, verbatim. */
  heading: z.string(),
  event: z.string().nullable(),
});

export const PersonNode = z.object({ ...baseNode, type: z.literal('Person') });

export const OrganizationNode = z.object({
  ...baseNode,
  type: z.literal('Organization'),
  homepage: z.string().nullable(),
});

export const ProjectNode = z.object({
  ...baseNode,
  type: z.literal('Project'),
  homepage: z.string().nullable(),
  repo: z.string().nullable(),
  /** CNCF maturity (graduated|incubating|sandbox|archived) or null. */
  maturity: z.string().nullable(),
  category: z.string().nullable(),
});

export const NodeData = z.discriminatedUnion('type', [
  PostNode,
  EventNode,
  TalkNode,
  PersonNode,
  OrganizationNode,
  ProjectNode,
]);
export type NodeData = z.infer<typeof NodeData>;
export type PostNode = z.infer<typeof PostNode>;
export type EventNode = z.infer<typeof EventNode>;
export type TalkNode = z.infer<typeof TalkNode>;
export type PersonNode = z.infer<typeof PersonNode>;
export type OrganizationNode = z.infer<typeof OrganizationNode>;
export type ProjectNode = z.infer<typeof ProjectNode>;

export const EdgeData = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  type: EdgeType,
  /** Sentences (with section links) the edge was read from; [] for purely structural edges. */
  evidence: z.array(Evidence),
  /** MENTIONS: how many times the entity occurs in the talk/section(s). */
  count: z.number().int().nullable(),
  /** WORKS_FOR: the role given in the heading. */
  role: z.string().nullable(),
});
export type EdgeData = z.infer<typeof EdgeData>;

export const KnowledgeGraph = z.object({
  elements: z.object({
    nodes: z.array(z.object({ data: NodeData })),
    edges: z.array(z.object({ data: EdgeData })),
  }),
  /** Non-fatal problems met while reading the input (unclosed fence, bad front matter, ...). */
  warnings: z.array(z.string()),
});
export type KnowledgeGraph = z.infer<typeof KnowledgeGraph>;

export function emptyGraph(): KnowledgeGraph {
  return { elements: { nodes: [], edges: [] }, warnings: [] };
}

/** Edge ids are derived, so that the same fact from two posts merges into one edge. */
export function edgeId(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
