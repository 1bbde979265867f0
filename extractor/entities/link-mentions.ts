/** Entities named by link targets: GitHub/GitLab repositories and project homepages (no list needed for repos). */
import { nodeId } from '../ids.ts';
import { BY_HOST, BY_KEY, BY_REPO, hostOf, repoPathOf, type GazEntity } from '../gazetteer/index.ts';
import { isNonEntity } from '../gazetteer/lexicon.ts';
import { nameKey } from '../gazetteer/tokenize.ts';
import type { Candidate } from './mention.ts';

/** First path parts of github.com that are site pages, not owners. */
const SITE_PATHS = new Set(['orgs', 'topics', 'features', 'about', 'marketplace', 'pulls', 'issues', 'explore', 'settings', 'sponsors', 'users', 'collections', 'trending', 'login', 'join']);

/** Paths of profile pages on social and publishing platforms. */
const PROFILE_PATH = /^\/(?:in|pub|company|people|profile|profiles|u|user|users)\/[^/?#]+|^\/@[^/?#]+/i;

/**
 * A repository that holds a talk's material, not a project: a year or number first ("2015-talks"), or named for
 * slides, talks, demos or a workshop ("kubecon-demo", "shell-ninja-slides").
 */
const MATERIAL_REPO = /^\d|(?:^|[-_.])(?:talks?|slides?|presentations?|workshops?|demos?|decks?|notes|examples?|samples?)(?:$|[-_.])/i;

/**
 * ... or named like a talk rather than a project: a year or a month in it ("meetup-2015-opencv", "conf-december-2015"),
 * or a sentence's small words between its parts ("testing-times-in-zorbscript", "how-to-scale-x").
 */
const TALK_SLUG = /(?:^|[-_.])(?:(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:$|[-_.])|[-_](?:in|the|how|what|why|your|my)[-_]/i;

/** ... or named for an event and its year ("defcon24", "kubecon2019", "pycon2018"). */
const EVENT_REPO = /^[a-z]{4,}(?:\d{2}|(?:19|20)\d{2})$/i;

/** A document inside a repository: a markdown, text or PDF file under blob/ or raw/. */
const DOCUMENT_PATH = /\/(?:blob|raw)\/[^?#]+\.(?:md|markdown|rst|txt|pdf|ipynb)(?:[?#]|$)/i;

function fromEntity(e: GazEntity, surface: string): Candidate {
  return { id: e.id, type: e.type, name: e.name, surface, tokenStart: -1, tokenEnd: -1, needsContext: false, prominent: e.prominent };
}

export function linkMentions(href: string): Candidate[] {
  const repoPath = repoPathOf(href);
  if (repoPath) {
    const [owner, repo] = repoPath.split('/');
    if (!owner || !repo || SITE_PATHS.has(owner)) return [];
    const surface = /\/([\w.-]+\/[\w.-]+)/.exec(href.replace(/^https?:\/\/[^/]+/, ''))?.[1] ?? repoPath;
    const known = BY_REPO.get(repoPath);
    if (known) return [fromEntity(known, surface)];
    const byName = BY_KEY.get(nameKey(repo))?.find((f) => f.entity.type === 'Project');
    if (byName) return [fromEntity(byName.entity, surface)];
    if (isNonEntity(repo) || repo.length < 3 || MATERIAL_REPO.test(repo) || TALK_SLUG.test(repo) || EVENT_REPO.test(repo)) return [];
    // (A link to one document inside a repository no list knows, "[Title](github.com/ann/notes/blob/master/talk.md)",
    // points at that document: the author's notes, not a project.)
    if (DOCUMENT_PATH.test(href)) return [];
    const name = surface.split('/')[1] ?? repo;
    return [{ id: nodeId('Project', name), type: 'Project', name, surface, tokenStart: -1, tokenEnd: -1, needsContext: false, prominent: false }];
  }
  // A person's profile on a platform ("linkedin.com/in/ann", "medium.com/@ann") names the person, not the platform.
  if (PROFILE_PATH.test(href.replace(/^[a-z]+:\/\/[^/]+/i, ''))) return [];
  const host = hostOf(href);
  const byHost = host ? BY_HOST.get(host) : undefined;
  return byHost ? [fromEntity(byHost, host ?? byHost.name)] : [];
}
