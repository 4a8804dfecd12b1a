// A widget's docs page: what it is, its main story, a link to each of its other stories with
// what that story shows, then its API with the main story's controls. Rendering every story in full made
// these pages 15,000 to 45,000 px tall; each story is a click away in the sidebar's canvas.
import { Fragment, createElement as h, useContext } from 'react';
import {
  Controls,
  Description,
  DocsContext,
  Heading,
  Markdown,
  Primary,
  Subtitle,
  Title,
} from '@storybook/addon-docs/blocks';

/** Every story but the main one, linked to its own canvas, with its description. */
function OtherStories() {
  const [, ...others] = useContext(DocsContext).componentStories();
  if (others.length === 0) return null;
  return h(
    Fragment,
    null,
    h(Heading, null, 'More stories'),
    h(
      'ul',
      { className: 'bl-story-links' },
      others.map((story) => {
        const description = story.parameters.docs?.description?.story as string | undefined;
        return h(
          'li',
          { key: story.id },
          // The manager's address for the story, beside this page's iframe.html.
          h('a', { href: `./?path=/story/${story.id}`, target: '_top' }, story.name),
          description ? h(Markdown, null, description) : null,
        );
      }),
    ),
  );
}

export function DocsPage() {
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h(OtherStories),
    h(Heading, null, 'Attributes, events, parts and tokens'),
    h(Controls),
  );
}
