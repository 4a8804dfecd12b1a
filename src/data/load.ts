import type { Problem, ValidationResult } from './types.js';
import { validateDataset, validateParsed } from './validate.js';
import type { ValidationLimits } from './validate.js';
import { loadErrorText } from '../strings/data.js';

/**
 * Why a dataset could not be had at all (as opposed to problems inside a usable one), with what
 * its wording in `loadErrors` (src/strings/data.ts) names.
 */
export type LoadErrorDetail =
  | { kind: 'http'; params: { status: number } }
  | {
      kind: 'network';
      params: { cause: 'unreachable' | 'truncated' } | { cause: 'bad-url'; src: string };
    }
  | { kind: 'timeout'; params: { ms: number } }
  | { kind: 'content-type'; params: { type: string } }
  | { kind: 'too-large'; params: { bytes: number } }
  /** `detail` is the JSON parser's own text. */
  | { kind: 'parse'; params: { detail: string } }
  | { kind: 'invalid'; params: Record<string, never> };

export type LoadErrorKind = LoadErrorDetail['kind'];

export type LoadError = LoadErrorDetail & {
  /**
   * Plain words for a reader of the page, in the locale in force when loading failed; show
   * `loadErrorText(error)`, which follows a later `setLocale`.
   */
  message: string;
  /** The URL, when one was requested. */
  url?: string;
  problems?: Problem[];
};

/** A load error worded in the current locale. */
export function loadError(detail: LoadErrorDetail, url?: string, problems?: Problem[]): LoadError {
  return {
    ...detail,
    message: loadErrorText(detail),
    ...(url === undefined ? {} : { url }),
    ...(problems ? { problems } : {}),
  };
}

export type LoadResult =
  | ({ ok: true } & ValidationResult & { dataset: NonNullable<ValidationResult['dataset']> })
  | { ok: false; error: LoadError };

export interface FetchOptions {
  /** Aborts the request, e.g. when the element leaves the page. An aborted load never settles. */
  signal?: AbortSignal;
  /** Milliseconds before the request is given up. */
  timeout?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Bounds for validation, e.g. the most areas kept. */
  limits?: Partial<ValidationLimits>;
}

export const defaultTimeout = 10_000;
export const defaultMaxBytes = 5 * 1024 * 1024;

const jsonTypes = /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain)\b/i;

/** Parses JSON text and validates it: the one path every inline or fetched document takes. */
export function readDocument(
  text: string,
  url?: string,
  limits?: Partial<ValidationLimits>,
): LoadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: loadError({ kind: 'parse', params: { detail } }, url) };
  }
  return loaded(validateParsed(parsed, limits), url);
}

/** Validates a value already in memory (the `data` property), never changing it. */
export function fromValue(
  value: unknown,
  url?: string,
  limits?: Partial<ValidationLimits>,
): LoadResult {
  return loaded(validateDataset(value, limits), url);
}

function loaded({ dataset, problems }: ValidationResult, url?: string): LoadResult {
  if (!dataset) {
    return { ok: false, error: loadError({ kind: 'invalid', params: {} }, url, problems) };
  }
  return { ok: true, dataset, problems };
}

/** Reads a body while counting bytes, so an oversized body is stopped, not buffered. */
export async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return (await response.text()).slice(0, maxBytes + 1);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches and validates a dataset. Resolves with a result for every failure a partner's server
 * can produce; it never rejects, so no caller can leak an unhandled rejection. When `signal`
 * aborts, the promise stays pending and the caller simply stops listening.
 */
export function fetchDataset(src: string, options: FetchOptions = {}): Promise<LoadResult> {
  const timeout = options.timeout ?? defaultTimeout;
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve({
      ok: false,
      error: loadError({ kind: 'network', params: { cause: 'bad-url', src } }, src),
    });
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const fail = (detail: LoadErrorDetail): LoadResult => ({
    ok: false,
    error: loadError(detail, url),
  });
  const tooLarge = () => fail({ kind: 'too-large', params: { bytes: maxBytes } });
  const cut = (cause: 'unreachable' | 'truncated') =>
    timedOut
      ? fail({ kind: 'timeout', params: { ms: timeout } })
      : fail({ kind: 'network', params: { cause } });

  const run = async (): Promise<LoadResult> => {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch {
      return cut('unreachable');
    }
    // A body that will not be read is cancelled, so the connection is released at once.
    const discard = (result: LoadResult) => {
      void response.body?.cancel().catch(() => undefined);
      return result;
    };
    if (!response.ok) {
      return discard(fail({ kind: 'http', params: { status: response.status } }));
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !jsonTypes.test(type)) {
      const params = { type: type.split(';')[0] ?? type };
      return discard(fail({ kind: 'content-type', params }));
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return discard(tooLarge());
    let text: string | null;
    try {
      text = await readLimited(response, maxBytes);
    } catch {
      return cut('truncated');
    }
    if (text === null) return tooLarge();
    return readDocument(text, url, options.limits);
  };

  return new Promise<LoadResult>((resolve) => {
    void run().then((result) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (!options.signal?.aborted) resolve(result);
    });
  });
}
