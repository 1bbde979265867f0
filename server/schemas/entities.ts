/** Schemas of GET /api/entities/:id: the id and the side-panel view. */
import { EntityId, Row } from './common.ts';
import { z } from './zod.ts';

export const EntityParams = z.object({ id: EntityId });
export const Data = z.record(z.string(), z.unknown());

export const EntityView = z
  .object({
    node: Data.openapi({ description: 'The node data (see the graph schema)' }),
    talkCount: z.number().int().openapi({ description: 'How many talks mention it' }),
    mentionCount: z.number().int().openapi({ description: 'How many times those talks mention it' }),
    neighbours: z.array(z.object({ node: Data, edge: Data })).openapi({ description: 'Every relationship of the node with the node at its other end' }),
    talks: z
      .array(
        z.object({
          talk: Data,
          count: z.number().int().nullable(),
          evidence: z.array(z.object({ text: z.string(), url: z.string() })),
          speakers: z.array(z.object({ id: z.string(), name: z.string(), organizations: z.array(z.object({ id: z.string(), name: z.string() })) })),
        }),
      )
      .openapi({ description: 'The talks that mention it, each with the sentences that say so and its speakers' }),
    presented: z
      .array(z.object({ talk: Data, speakers: z.array(z.object({ id: z.string(), name: z.string() })) }))
      .openapi({ description: "For a person, the talks they presented; for an organization, its people's talks" }),
    people: z.array(Row).openapi({ description: 'Rows of entity-people: the speakers (and organizations) behind the mentions, ranked' }),
    mentions: z.array(Row).openapi({ description: 'For a talk, rows of talk-mentions: what it mentions, with evidence' }),
  })
  .openapi('EntityView');
