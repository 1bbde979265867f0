/** Pass 1: front matter + normalised blocks -> the post's sections (heading tree, Hugo anchors, section URLs). */
import type { ExtractOptions, FrontMatter, ParsedPost, Section } from './types.ts';
import { splitFrontMatter } from './00-front-matter.ts';
import { normaliseMarkdown, ownVideos, type Block } from './00-blocks.ts';
import { AnchorRegistry } from './01-anchors.ts';
import { slugify } from '../ids.ts';

/** The post URL: the caller's, else front matter url/permalink, else a path from slug, title or file name. */
export function postUrl(frontMatter: FrontMatter, options: ExtractOptions): string {
  if (options.baseUrl) return options.baseUrl.replace(/#.*$/, '');
  if (frontMatter.url) return frontMatter.url;
  const key = frontMatter.slug ?? frontMatter.title ?? fileStem(options.source);
  const slug = key ? slugify(key) : '';
  return slug ? `/${slug}/` : '/';
}

/** A Jekyll file name `2017-12-05-my-post.md` gives the slug `my-post`. */
export function fileStem(source: string | undefined): string | null {
  if (!source) return null;
  const base = source.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(?:md|markdown|mdown|mkd)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return stem || null;
}

export function buildSections(blocks: Block[], url: string): Section[] {
  const anchors = new AnchorRegistry();
  const preamble: Section = { index: 0, level: 0, heading: '', anchor: '', url, parent: null, text: '', links: [], videos: [], linkedVideos: [], blocks: [] };
  const sections: Section[] = [preamble];
  const texts: string[][] = [[]];
  // Open headings by level, to find each section's parent.
  const stack: Section[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= block.level) stack.pop();
      const anchor = anchors.take(block.text, block.id);
      const section: Section = {
        index: sections.length,
        level: block.level,
        heading: block.text,
        anchor,
        url: `${url}#${anchor}`,
        parent: stack[stack.length - 1]?.index ?? null,
        text: '',
        links: [],
        videos: [],
        linkedVideos: [],
        blocks: [],
      };
      sections.push(section);
      texts.push([]);
      stack.push(section);
      continue;
    }
    const current = sections[sections.length - 1] ?? preamble;
    texts[texts.length - 1]?.push(...block.lines);
    current.blocks.push(block);
    for (const video of block.videos) if (!current.linkedVideos.some((v) => v.id === video.id)) current.linkedVideos.push(video);
    current.links.push(...block.links);
    for (const video of ownVideos(block)) if (!current.videos.some((v) => v.id === video.id)) current.videos.push(video);
  }
  sections.forEach((s, i) => (s.text = (texts[i] ?? []).join('\n')));
  return sections;
}

/** Passes 0 and 1 together: markdown in, sections out. Never throws on odd markdown. */
export function parsePost(markdown: string, options: ExtractOptions = {}): ParsedPost {
  const split = splitFrontMatter(markdown);
  const offset = markdown.length === split.body.length ? 0 : markdown.slice(0, markdown.length - split.body.length).split('\n').length - 1;
  const body = normaliseMarkdown(split.body, offset);
  const url = postUrl(split.frontMatter, options);
  const sections = buildSections(body.blocks, url);
  const preamble = sections[0];
  if (preamble && split.frontMatter.title) preamble.postTitle = split.frontMatter.title;
  const warnings = [...new Set([...split.warnings, ...body.warnings])];
  if (sections.length === 1 && sections[0]?.text.trim()) warnings.push('no headings: the whole post is read as one section');
  return { frontMatter: split.frontMatter, url, sections, warnings };
}
