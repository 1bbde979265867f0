/** Pass 0 helper: Hugo shortcodes (`{{< >}}`, `{{% %}}`) and Liquid tags (`{% %}`) as prose lines and videos. */
import type { Video } from './types.ts';
import { isYoutubeId, videoFromId, youtubeVideo } from './00-video.ts';

export interface ShortcodeResult {
  text: string;
  video: Video | null;
}

/** One complete shortcode or Liquid tag; bounded so an unclosed one cannot make the scan quadratic. */
export const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w./-]{1,80})([^\n]{0,2000}?)\s*\/?\s*[>%]\}\}|\{%-?\s*(\/?)\s*([\w./-]{1,80})([^\n]{0,2000}?)\s*-?%\}/g;

/** Parameters `key="value"`, `key='value'`, `key=value` and positional values, in order. */
export function shortcodeParams(raw: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  const re = /(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|“([^”]*)”|([^\s"'=]+))/g;
  for (const m of raw.matchAll(re)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').replace(/\\"/g, '"');
    if (m[1]) named.set(m[1].toLowerCase(), value);
    else positional.push(value);
  }
  return { named, positional };
}

/** Text a figure-like shortcode contributes: its title, caption and alt, each on its own line. */
function captionLines(named: Map<string, string>): string {
  const parts = ['title', 'caption', 'alt', 'attr'].map((k) => named.get(k)).filter((v): v is string => !!v && v.trim() !== '');
  return [...new Set(parts)].join('\n');
}

function videoOf(name: string, params: ReturnType<typeof shortcodeParams>): Video | null {
  const lower = name.toLowerCase();
  const candidate = params.named.get('id') ?? params.named.get('video_id') ?? params.named.get('youtube') ?? params.positional[0];
  if (/youtube/.test(lower) && candidate) {
    if (isYoutubeId(candidate)) return videoFromId(candidate);
    return youtubeVideo(candidate);
  }
  for (const value of [...params.named.values(), ...params.positional]) {
    const video = /youtu/.test(value) ? youtubeVideo(value) : null;
    if (video) return video;
  }
  return null;
}

/** Interprets one shortcode match. Closing tags and unknown shortcodes leave no text (paired content stays). */
export function readShortcode(name: string, closing: boolean, rawParams: string): ShortcodeResult {
  if (closing) return { text: '', video: null };
  let effectiveName = name;
  let paramText = rawParams;
  // Liquid `{% include youtube.html id="..." %}`: the included file names the kind.
  if (name === 'include' || name === 'include_relative') {
    const file = /^\s*([\w./-]+)/.exec(rawParams);
    effectiveName = file?.[1] ?? name;
    paramText = rawParams.slice(file?.[0].length ?? 0);
  }
  const params = shortcodeParams(paramText);
  // Hugo's `ref`/`relref` and Jekyll's `link`/`post_url` stand for a page's address, often as a link's destination
  // (`[Summit]: {{% ref "/post/summit" %}}`): the path keeps the link, and the link definitions after it, valid.
  if (/^(?:ref|relref|link|post_url)$/.test(effectiveName)) return { text: (params.positional[0] ?? params.named.get('path') ?? '').replace(/\s/g, '%20'), video: null };
  const video = videoOf(effectiveName, params);
  const text = captionLines(params.named);
  return { text: text ? `\n${text}\n` : '', video };
}
