/** Schemas of POST /api/posts: the JSON body, the query-string form and the summary. */
import { z } from './zod.ts';

export const httpUrl = z
  .string()
  .max(2_000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'baseUrl must be an http(s) URL');

export const PostJson = z
  .object({
    markdown: z.string().openapi({ description: 'The post, markdown with optional YAML front matter' }),
    source: z.string().max(300).optional().openapi({ description: 'Where the post came from (a file name)' }),
    baseUrl: httpUrl.optional().openapi({ description: 'The public URL of the post; section links hang off it' }),
  })
  .strict()
  .openapi('PostRequest');

export const PostQuery = z.object({ source: z.string().max(300).optional(), baseUrl: httpUrl.optional() });

export const PostSummary = z
  .object({
    post: z.object({ id: z.string(), title: z.string(), url: z.string() }).nullable(),
    nodes: z.number().int(),
    edges: z.number().int(),
    talks: z.number().int(),
    load: z.object({ nodesCreated: z.number(), nodesUpdated: z.number(), edgesCreated: z.number(), edgesUpdated: z.number() }),
    warnings: z.array(z.string()),
  })
  .openapi('PostSummary');
