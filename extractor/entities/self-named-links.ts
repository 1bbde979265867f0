/**
 * A link whose text is a short name spelled in its own target names what the target is: a project or company
 * page ("[Cluster API](https://cluster-api.sigs.k8s.io/)", "[Acme DB](https://acmedb.io)",
 * "[CUDA](https://vendor.com/object/cuda_home.html)"). Writers link the things they name, so this finds names that
 * no list holds, and confirms known names the text alone leaves in doubt ("deployed via [helm](https://helm.sh)").
 */
import { nodeId } from '../ids.ts';
import { hostOf, repoPathOf } from '../gazetteer/index.ts';
import { isEverydayWord, isNonEntity } from '../gazetteer/lexicon.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { isProfileLink } from '../passes/02-words.ts';
import { isFirstName, isLastName, isPlace } from './name-lexicon.ts';
import type { Candidate } from './mention.ts';

/** A name is at most this many words: longer link texts are titles or sentences. */
const MAX_WORDS = 3;
/** A path part may hold a few words besides the name ("cuda_home_new"), not a whole slug ("how-we-built-x"). */
const EXTRA_SLUG_WORDS = 2;
/** Host labels that say nothing of what a site is about. */
const GENERIC_LABELS = new Set(['www', 'docs', 'doc', 'blog', 'en', 'web', 'app', 'm', 'com', 'org', 'net', 'io', 'dev', 'co', 'github', 'gitlab']);

/**
 * Reference sites spell every article's name in its address, concepts included ("Baader-Meinhof phenomenon"):
 * there a link confirms only a name the lists know.
 */
const REFERENCE_HOST = /(?:^|\.)(?:wikipedia|wiktionary|wikimedia)\.org$/;

/** Pages about a person on an event's or a company's site ("/speakers/ann-lee/", "/program/ann-lee/"). */
const PEOPLE_PATH = /\/(?:speakers?|people|team|authors?|program|profiles?)\/[\w-]+\/?$/i;

const lowerWords = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Host labels and path parts of a URL, each as its words ("cluster-api.sigs.k8s.io/intro" -> [cluster, api], ...). */
function urlParts(href: string): string[][] {
  const host = hostOf(href);
  if (!host) return [];
  const labels = host.split('.').slice(0, -1).filter((l) => !GENERIC_LABELS.has(l));
  const pathname = href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const parts = pathname.split('/').map((p) => p.replace(/\.[a-z]{2,5}$/i, ''));
  return [...labels, ...parts].map(lowerWords).filter((w) => w.length > 0);
}

/** The labels of a URL's host, each as its words ("racket-lang.org" -> [racket, lang]); a repository's owner and name too. */
function hostParts(href: string): string[][] {
  const labels = (hostOf(href) ?? '').split('.').slice(0, -1).filter((l) => !GENERIC_LABELS.has(l));
  return [...labels, ...(repoPathOf(href)?.split('/') ?? [])].map(lowerWords).filter((w) => w.length > 0);
}

/** Does some part of the URL spell the name: as one word ("acmedb") or as its words in a short run? */
function spelledIn(words: readonly string[], parts: readonly string[][]): boolean {
  const joined = words.join('');
  return parts.some((part) => {
    if (part.join('') === joined || part.includes(joined)) return true;
    if (part.length > words.length + EXTRA_SLUG_WORDS) return false;
    for (let i = 0; i + words.length <= part.length; i++) if (words.every((w, k) => part[i + k] === w)) return true;
    return false;
  });
}

/**
 * Is the link text shaped like a name: one to three words, no sentence punctuation, not a person's name (the people
 * readers decide those), not everyday words unless written as a name (capitalised, or mixed case as in "gRPC")?
 */
function nameShaped(text: string): boolean {
  if (text.length < 2 || text.length > 40 || /[,;:!?"()[\]]|\.\s/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  // People's names belong to the people readers ("Ann Lee", "Ann L.", a linked first name alone).
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (isFirstName(first) && (words.length > 1 || /^[A-Z][a-z]+$/.test(words[0] ?? ''))) return false;
  if (words.length > 1 && (isLastName(last) || /^[A-Z]\.$/.test(words[words.length - 1] ?? ''))) return false;
  // A lowercase everyday word after the first makes a phrase about something ("PDX serialization", "X phenomenon").
  if (words.slice(1).some((w) => /^[a-z]+$/.test(w) && isEverydayWord(w))) return false;
  const everyday = words.every((w) => isEverydayWord(w.toLowerCase().replace(/[^a-z0-9]/g, '')));
  if (!everyday) return true;
  // Everyday words name a thing only when written as one: each capitalised, and more than one ("Cluster API"),
  // or one word in capitals or mixed case ("WAVE", "gRPC"); "Slides", "here" and "Read more" are link chrome.
  return words.length > 1 ? words.every((w) => /^[A-Z0-9]/.test(w)) : /[A-Z].*[A-Z]|^[a-z]+[A-Z]/.test(words[0] ?? '');
}

/**
 * The link goes to the home page of a site named after the text ("[Overtone](https://overtone.github.io/)", "[Charles
 * proxy](http://www.charlesproxy.com/)", "[Rascal](https://www.rascal-mpl.org/)"): the site's own name, so everyday words
 * name it too. A person's name stays
 * the people readers' (a personal site is named after its owner).
 */
function homeOfItsName(text: string, href: string): boolean {
  const home = /^https?:\/\/(?:www\.)?([^/:?#]+)\/?$/i.exec(href)?.[1]?.toLowerCase();
  const label = home?.split('.').find((l) => !GENERIC_LABELS.has(l));
  const words = text.split(/\s+/);
  if (!label || words.length > MAX_WORDS || !/^\p{Lu}/u.test(text) || /[,;:!?"()[\]]/.test(text)) return false;
  if (isFirstName((words[0] ?? '').toLowerCase()) && /^\p{Lu}/u.test(words[words.length - 1] ?? '') && words.length > 1) return false;
  // ("[Rascal](https://www.rascal-mpl.org/)": a site named after the thing and one more word, as "-lang" sites are.)
  const name = lowerWords(text).join('');
  const parts = label.split('-');
  return name === label || (parts.length === 2 && parts[0] === name);
}

/** The link is a site's home page whose name is the text alone ("[curl](https://curl.se/)", "[helm](https://helm.sh)"). */
function homeNamed(text: string, href: string): boolean {
  const home = /^https?:\/\/(?:www\.)?([^/:?#]+)\/?$/i.exec(href)?.[1]?.toLowerCase();
  return !!home && home.split('.').find((l) => !GENERIC_LABELS.has(l)) === text.toLowerCase();
}

export function selfNamedLink(text: string, href: string): Candidate | null {
  const name = text.trim().replace(/^`|`$/g, '');
  // Hashtags and handles name topics and accounts; events and places are not projects or companies.
  if (!/^https?:\/\//i.test(href) || (isProfileLink(href) && !repoPathOf(href)) || PEOPLE_PATH.test(href.replace(/[?#].*$/, '')) || /^[#@]/.test(name) || isNonEntity(name)) return null;
  const shaped = nameShaped(name) || homeOfItsName(name, href);
  // (A name the lists know is confirmed by its site's address even when it is an everyday word: "[Racket](https://
  // racket-lang.org/)". A page's path is not enough for those: "[Just](https://example.org/blog/post/just/)" is a word.)
  // (... and so is a lowercase one linked to the home page of a site named after it alone: "[curl](https://curl.se/)".)
  const known = shaped || /^\p{Lu}/u.test(name) || homeNamed(name, href) ? resolveName(name) : null;
  if (!shaped && !known) return null;
  const words = lowerWords(name);
  if (words.join('').length < 3 || isPlace(words.join(' '))) return null;
  if (!spelledIn(words, shaped ? urlParts(href) : hostParts(href))) return null;
  if (known) return { id: known.id, type: known.type, name: known.name, surface: name, tokenStart: -1, tokenEnd: -1, needsContext: false, prominent: false };
  if (REFERENCE_HOST.test(hostOf(href) ?? '')) return null;
  // A company's own site is its bare .com/.org domain, its name alone ("[Acme](https://acme.com)"); a product has a
  // page, a sub-domain, a product domain (.io, .dev, .app) or a word beside its name ("[Rascal](https://rascal-mpl.org)").
  // A name written in lowercase is a tool's ("[mypy](https://mypy-lang.org/)").
  const home = /^https?:\/\/(?:www\.)?([^/.]+)\.(?:com|org|co|net)\/?$/i.exec(href)?.[1]?.toLowerCase();
  const bareHome = /\p{Lu}/u.test(name) && home === words.join('');
  const type = bareHome ? 'Organization' : 'Project';
  return { id: nodeId(type, name), type, name, surface: name, tokenStart: -1, tokenEnd: -1, needsContext: false, prominent: false };
}
