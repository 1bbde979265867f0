/** The intermediate shapes handed from one extractor pass to the next. */
import type { EntityType, EdgeType, TalkKind, TalkLevel } from '../schema.ts';
import type { TextBlock } from './00-blocks.ts';

export interface ExtractOptions {
  /** Where the markdown came from (a file path or name); kept on the Post node. */
  source?: string;
  /** The post's public URL; section links are `${baseUrl}#${anchor}`. Defaults to front matter url/slug. */
  baseUrl?: string;
}

export interface FrontMatter {
  title: string | null;
  date: string | null;
  author: string | null;
  tags: string[];
  slug: string | null;
  url: string | null;
}

export interface Link {
  text: string;
  href: string;
}

export interface Video {
  id: string;
  url: string;
}

/** One heading and the content up to the next heading (of any level). */
export interface Section {
  index: number;
  /** 1..6; 0 for the text before the first heading. */
  level: number;
  /** The heading as plain text (markdown emphasis and links stripped). */
  heading: string;
  /** Hugo-style anchor of the heading. */
  anchor: string;
  /** Post URL + '#' + anchor. */
  url: string;
  /** Index of the enclosing section (nearest previous heading of a lower level), or null. */
  parent: number | null;
  /**
   * The section's prose as plain text, one paragraph/list item/quote line per line:
   * markdown stripped, link texts kept, figure titles and image alts as their own lines,
   * code blocks, inline code, iframes, HTML tags and front matter removed.
   */
  text: string;
  links: Link[];
  videos: Video[];
  /** YouTube videos linked anywhere in the section's prose: evidence that it is about a talk, not its video. */
  linkedVideos: Video[];
  /** The section's own text blocks (paragraphs, list items, table rows, quotes), in order. */
  blocks: TextBlock[];
  /** Read from a block inside another section (an inline talk), not from a heading of its own. */
  inline?: boolean;
  /** The front matter's title, on the text before the first heading only: the heading that text lacks. */
  postTitle?: string;
}

export interface ParsedPost {
  frontMatter: FrontMatter;
  /** The post URL used for section links. */
  url: string;
  sections: Section[];
  warnings: string[];
}

export interface SpeakerRecord {
  name: string;
  role: string | null;
  organization: string | null;
}

export interface TalkRecord {
  sectionIndex: number;
  heading: string;
  title: string;
  kind: TalkKind;
  day: number | null;
  level: TalkLevel;
  video: Video | null;
  speakers: SpeakerRecord[];
  /** Read from a line (a list item linking the video), not a heading: the section is not the talk's own. */
  fromLine?: boolean;
}

/** An entity found in a section's text. */
export interface EntityMention {
  /** Canonical id, e.g. `project:kubernetes`, `org:cncf`, `person:dan-kohn`. */
  entityId: string;
  type: EntityType;
  /** Canonical display name. */
  name: string;
  /** The text as it stood in the post. */
  surface: string;
  sectionIndex: number;
  /** The sentence the mention stood in. */
  sentence: string;
}

/** A relation a sentence states. */
export interface StatedRelation {
  type: EdgeType;
  from: string;
  to: string;
  sentence: string;
  sectionIndex: number;
}
