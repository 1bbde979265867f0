// The key/value facts of a node (homepage, repo, maturity, day, level, aliases, links) as a definition list.
import type { NodeData } from '../../../../extractor/schema.ts';
import { h, link } from '../dom.ts';

export function factsList(node: NodeData): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  const add = (label: string, value: Node | string | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    dl.append(h('dt', {}, label), h('dd', {}, value));
  };
  switch (node.type) {
    case 'Project':
      add('Category', node.category);
      add('Maturity', node.maturity);
      if (node.homepage) add('Homepage', link(node.homepage, node.homepage));
      if (node.repo) add('Repository', link(node.repo, node.repo));
      break;
    case 'Organization':
      if (node.homepage) add('Homepage', link(node.homepage, node.homepage));
      break;
    case 'Talk':
      add('Level', node.level);
      add('Heading', node.heading);
      add('Post section', link(node.url, 'Read in the post', 'post-link'));
      if (node.videoUrl) add('Video', link(node.videoUrl, 'Watch on YouTube', 'video-link'));
      break;
    case 'Post':
      add('Author', node.author);
      add('Date', node.date);
      add('Source', link(node.url, node.url));
      break;
    case 'Event':
      add('Year', node.year !== null ? String(node.year) : null);
      break;
    case 'Person':
      break;
  }
  const others = node.aliases.filter((a) => a !== node.name);
  if (others.length > 0) add('Also written', others.join(', '));
  return dl;
}
