/** Test helper: a ParsedPost from plain section texts (no markdown parsing involved). */
import type { Link, ParsedPost } from '../../../extractor/passes/types.ts';

export function postOf(...sections: Array<string | { text: string; links?: Link[] }>): ParsedPost {
  return {
    frontMatter: { title: null, date: null, author: null, tags: [], slug: null, url: null },
    url: 'https://example.test/post',
    warnings: [],
    sections: sections.map((s, index) => {
      const { text, links } = typeof s === 'string' ? { text: s, links: [] } : { text: s.text, links: s.links ?? [] };
      return { index, level: 2, heading: `Section ${index}`, anchor: `s${index}`, url: `https://example.test/post#s${index}`, parent: null, text, links, videos: [], linkedVideos: [], blocks: [] };
    }),
  };
}
