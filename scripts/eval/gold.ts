/** The gold annotation format (test/fixtures/seed-gold.json), read leniently: unknown fields are ignored. */
import { z } from 'zod';

const Speaker = z.object({ name: z.string(), role: z.string().nullable().optional(), organization: z.string().nullable().optional() });

export const GoldTalk = z.object({
  heading: z.string(),
  title: z.string(),
  kind: z.string(),
  day: z.number().nullable(),
  level: z.string().nullable(),
  speakers: z.array(Speaker),
  videoId: z.string().nullable(),
  optional: z.boolean().optional(),
});

export const GoldEntity = z.object({ type: z.string(), name: z.string(), aliases: z.array(z.string()).default([]), optional: z.boolean().optional() });

export const GoldSection = z.object({
  heading: z.string(),
  level: z.number().optional(),
  isTalk: z.boolean(),
  mentions: z.array(z.object({ type: z.string(), name: z.string(), optional: z.boolean().optional() })),
});

export const GoldRelation = z.object({ type: z.string(), from: z.string(), to: z.string(), evidence: z.string().optional() });

export const Gold = z.object({
  talks: z.array(GoldTalk),
  entities: z.array(GoldEntity),
  sections: z.array(GoldSection),
  relations: z.array(GoldRelation),
});

export type Gold = z.infer<typeof Gold>;
export type GoldTalk = z.infer<typeof GoldTalk>;
export type GoldEntity = z.infer<typeof GoldEntity>;

/**
 * Entities the gold treats as optional: flagged `optional`, or mentioned only by optional mentions and named
 * by no relation (the annotation marks borderline things on their mentions, e.g. file formats, protocols).
 */
export function withDerivedOptional(gold: Gold): GoldEntity[] {
  const inRelations = new Set(gold.relations.flatMap((r) => [r.from, r.to]));
  const mentions = new Map<string, boolean[]>();
  for (const s of gold.sections) {
    for (const m of s.mentions) {
      const key = `${m.type}:${m.name}`;
      mentions.set(key, [...(mentions.get(key) ?? []), m.optional === true]);
    }
  }
  return gold.entities.map((e) => {
    const flags = mentions.get(`${e.type}:${e.name}`) ?? [];
    const derived = !inRelations.has(e.name) && flags.length > 0 && flags.every(Boolean);
    return { ...e, optional: e.optional === true || derived };
  });
}
