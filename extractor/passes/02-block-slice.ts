/** Pass 2 helper: cuts text blocks at talk leads and rebuilds a section's text, links and videos from its blocks. */
import { ownVideos, type TextBlock } from './00-blocks.ts';
import { proseLines } from './00-inline.ts';
import type { Section, Video } from './types.ts';
import { youtubeVideo } from './00-video.ts';

/** The part of a block from `start` to `end` (offsets into its text); embeds stay with the first part. */
export function sliceBlock(block: TextBlock, start: number, end: number): TextBlock {
  if (start <= 0 && end >= block.text.length) return block;
  const text = block.text.slice(start, end);
  const inside = <T extends { start: number; end: number }>(s: T): boolean => s.start >= start && s.end <= end;
  const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start - start, end: s.end - start });
  const links = block.links.filter(inside).map(shift);
  const videos = links.map((l) => youtubeVideo(l.href)).filter((v): v is Video => v !== null);
  const embeds = start === 0 ? block.embeds : [];
  return { ...block, text, lines: proseLines(text), strong: block.strong.filter(inside).map(shift), emphasis: block.emphasis.filter(inside).map(shift), links, videos: [...embeds, ...videos], embeds };
}

/** Text, links and videos of a section read again from its blocks (after blocks moved to inline talks). */
export function withBlocks(section: Section, blocks: TextBlock[]): Section {
  const videos: Video[] = [];
  for (const b of blocks) for (const v of ownVideos(b)) if (!videos.some((x) => x.id === v.id)) videos.push(v);
  const linkedVideos: Video[] = [];
  for (const b of blocks) for (const v of b.videos) if (!linkedVideos.some((x) => x.id === v.id)) linkedVideos.push(v);
  return { ...section, blocks, linkedVideos, text: blocks.flatMap((b) => b.lines).join('\n'), links: blocks.flatMap((b) => b.links.map(({ text, href }) => ({ text, href }))), videos };
}
