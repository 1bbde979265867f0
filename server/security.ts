/**
 * Security headers. Every route may be framed only by the app itself; /embed may be framed by the
 * configured ancestors (CONFGRAPH_FRAME_ANCESTORS, default `*`) so slides and pages can embed it.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** `frameAncestors` null: no frame-ancestors directive at all (any page may frame, file:// slide decks included). */
function directives(frameAncestors: string[] | null) {
  const base = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Cytoscape and the panels set element styles; inline styles cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:', 'https://i.ytimg.com', 'https://img.youtube.com'],
    // The side panel may play a talk's video; the Embed dialog previews this app's own /embed.
    frameSrc: ["'self'", 'https://www.youtube-nocookie.com', 'https://www.youtube.com'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  };
  return frameAncestors ? { ...base, frameAncestors } : base;
}

export function securityHeaders(embedFrameAncestors: string[]): RequestHandler {
  const app = helmet({ contentSecurityPolicy: { useDefaults: false, directives: directives(["'self'"]) } });
  // The app itself always may frame /embed (its Embed dialog shows a live preview).
  // `*` is left out rather than sent: frame-ancestors * does not match file:// or about: framers (a local HTML
  // slide deck), while no directive lets every page frame /embed, which is what "open" means.
  const ancestors = embedFrameAncestors.includes('*') ? null : ["'self'", ...embedFrameAncestors.filter((a) => a !== "'self'")];
  const embed = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: directives(ancestors) },
    // X-Frame-Options cannot express an allow-list; frame-ancestors governs /embed instead.
    frameguard: false,
  });
  return (req, res, next) => {
    if (req.path === '/embed' || req.path.startsWith('/embed/')) embed(req, res, next);
    else app(req, res, next);
  };
}
