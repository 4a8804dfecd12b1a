// "Show code" gives what a designer pastes into a page: the loader, the widget with its
// attributes as the story sets them and, when the story draws on a dataset the package ships,
// a `bl-programme` that loads it. Checked for every story by the story tests (snippet-check.ts).
import type { StoryContext } from '@storybook/web-components';
import { shippedFile } from '../stories/support/datasets.js';

/** Where the snippet says the package's `dist/` is served, as the README suggests. */
export const distBase = '/assets/';

/** Said in a snippet whose story draws on data made for it, which the package does not ship. */
export const unshippedNote =
  "<!-- This story's data is made for it and not shipped with the package: set src to your own dataset. -->";

/** The last snippet made for each story, by story id, for the story tests to paste. */
export const snippets = new Map<string, string>();

/** `docs.source.transform`: the story's HTML as Storybook rendered it, made pastable. */
export function pastableSnippet(code: string, context: StoryContext): string {
  const loader = `<script type="module" src="${distBase}big-local-widgets.min.js"></script>`;
  // Docs blocks transform the snippet the story already made pastable: leave it as it is.
  if (code.startsWith(loader)) return code;
  // The story's own providers, in the order the code names them: their data says which file.
  const programmes = [...(context.canvasElement?.querySelectorAll('bl-programme') ?? [])];
  let unshipped = false;
  let index = 0;
  const html = code.replace(/<bl-programme\b([^>]*)>/g, (tag, attributes: string) => {
    const programme = programmes[index++] as (Element & { data?: unknown }) | undefined;
    const src = programme?.getAttribute('src');
    if (src) {
      // A story that loads a shipped file by its address in Storybook: the package's address.
      const file = shippedFile(src);
      return file ? tag.replace(`src="${src}"`, `src="${distBase}data/${file}"`) : tag;
    }
    if (programme?.data === undefined) return tag;
    const file = shippedFile(programme.data);
    if (!file) unshipped = true;
    return `<bl-programme src="${file ? `${distBase}data/${file}` : 'your-dataset.json'}"${attributes}>`;
  });
  const snippet = [loader, ...(unshipped ? [unshippedNote] : []), html.trim()].join('\n');
  snippets.set(context.id, snippet);
  return snippet;
}
