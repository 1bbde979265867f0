/** Pass 0 helper: recognises YouTube video links (watch, youtu.be, embed, nocookie, shorts) and returns the video. */
import type { Video } from './types.ts';

const YOUTUBE =
  /(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?(?:[^#\s"']*?&)?v=|v\/|shorts\/|live\/)|youtu\.be\/)([\w-]{11})(?![\w-])/i;

/** The canonical watch URL keeps videos from different link styles equal. */
export function videoFromId(id: string): Video {
  return { id, url: `https://www.youtube.com/watch?v=${id}` };
}

export function youtubeVideo(url: string): Video | null {
  const match = YOUTUBE.exec(url);
  // embed/videoseries?list=... is a playlist player, not a video.
  return match?.[1] && match[1] !== 'videoseries' ? videoFromId(match[1]) : null;
}

/** A bare 11-character YouTube id (the argument of `{{< youtube ID >}}`). */
export function isYoutubeId(text: string): boolean {
  return /^[\w-]{11}$/.test(text);
}
