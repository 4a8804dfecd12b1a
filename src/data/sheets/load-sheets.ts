/**
 * Loads a programme's sheets from URLs for `bl-programme`: a folder (`src="data/"`), one of its
 * sheets (`src="data/areas.csv"`, then its siblings by their names), or each sheet named
 * (`sheets="areas=…/a.csv | assessments=…/b.csv"`). A sheet the folder lacks is skipped; only
 * the areas are required. Then the same reading and validation as sheets on disk.
 */
import { readSheets } from './index.js';
import { extraFile, sheetNames } from './layout.js';
import { defaultMaxBytes, defaultTimeout, loadError, readLimited } from '../load.js';
import type { FetchOptions, LoadResult } from '../load.js';

/** Sheet file names by URL for a `src`: the folder's every sheet, in the src's own extension. */
function filesOf(src: string): Map<string, string> {
  const url = new URL(src, document.baseURI);
  const extension = /\.tsv$/i.test(url.pathname) ? 'tsv' : 'csv';
  const folder = new URL('./', url);
  const files = new Map<string, string>();
  for (const name of sheetNames)
    files.set(`${name}.${extension}`, new URL(`${name}.${extension}`, folder).href);
  files.set(extraFile, new URL(extraFile, folder).href);
  // A src that is a sheet under another name stands for the areas.
  const own = url.pathname.split('/').pop() ?? '';
  if (own && !files.has(own)) files.set(`areas.${extension}`, url.href);
  return files;
}

/** `areas=a.csv | assessments=b.csv` as file names by URL. */
export function parseSheetList(text: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const part of text.split('|')) {
    const [name, ...rest] = part.split('=');
    const key = name?.trim().replace(/\.(csv|tsv)$/i, '');
    const value = rest.join('=').trim();
    if (!key || !value) continue;
    const extension = /\.tsv([?#].*)?$/i.test(value) ? 'tsv' : 'csv';
    files.set(
      key === 'extra' ? extraFile : `${key}.${extension}`,
      new URL(value, document.baseURI).href,
    );
  }
  return files;
}

export async function fetchSheets(
  input: { src?: string | null; sheets?: string | null },
  options: FetchOptions = {},
): Promise<LoadResult> {
  const timeout = options.timeout ?? defaultTimeout;
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let files: Map<string, string>;
  try {
    files = input.sheets ? parseSheetList(input.sheets) : filesOf(input.src ?? '');
  } catch {
    const src = input.sheets ?? input.src ?? '';
    return {
      ok: false,
      error: loadError({ kind: 'network', params: { cause: 'bad-url', src } }, src),
    };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const areasUrl = [...files].find(([name]) => name.startsWith('areas.'))?.[1] ?? '';

  type Fetched = { name: string; text: string } | { name: string; failure: LoadResult } | null;
  const fetchOne = async ([name, url]: [string, string]): Promise<Fetched> => {
    const fail = (result: LoadResult) => ({ name, failure: result });
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      const detail = timedOut
        ? ({ kind: 'timeout', params: { ms: timeout } } as const)
        : ({ kind: 'network', params: { cause: 'unreachable' } } as const);
      return fail({ ok: false, error: loadError(detail, url) });
    }
    // A sheet the folder does not have (or a site's HTML "not found" page): not part of it.
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || /text\/html/i.test(type)) {
      void response.body?.cancel().catch(() => undefined);
      return url === areasUrl
        ? fail({
            ok: false,
            error: loadError({ kind: 'http', params: { status: response.status } }, url),
          })
        : null;
    }
    const text = await readLimited(response, maxBytes).catch(() => undefined);
    if (text === undefined)
      return fail({
        ok: false,
        error: loadError({ kind: 'network', params: { cause: 'truncated' } }, url),
      });
    if (text === null)
      return fail({
        ok: false,
        error: loadError({ kind: 'too-large', params: { bytes: maxBytes } }, url),
      });
    return { name, text };
  };

  const fetched = await Promise.all([...files].map(fetchOne));
  clearTimeout(timer);
  const failure = fetched.find((entry) => entry && 'failure' in entry);
  if (failure && 'failure' in failure) return failure.failure;
  const texts: Record<string, string> = {};
  for (const entry of fetched) if (entry && 'text' in entry) texts[entry.name] = entry.text;
  const { dataset, problems } = readSheets(texts, options.limits);
  if (!dataset) {
    return { ok: false, error: loadError({ kind: 'invalid', params: {} }, areasUrl, problems) };
  }
  return { ok: true, dataset, problems };
}
