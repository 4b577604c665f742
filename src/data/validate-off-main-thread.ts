import type { DataFileKey } from './vocabulary.ts';
import type { ValidatedText } from './validate-text.ts';
import type { ValidateRequest, ValidateResponse } from './validate.worker.ts';

/** null once the worker could not start: from then on files are checked on the page. */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (result: ValidatedText) => void; fallback: () => void }>();

const onThePage = async (key: DataFileKey, text: string) =>
  (await import('./validate-text.ts')).validateText(key, text);

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = ({ data }: MessageEvent<ValidateResponse>) => {
      const { id, ...result } = data;
      waiting.get(id)?.resolve(result);
      waiting.delete(id);
    };
    // The worker's script failed to load (blocked, or offline before it was cached): check on the page instead.
    started.onerror = () => {
      worker = null;
      started.terminate();
      for (const request of waiting.values()) request.fallback();
      waiting.clear();
    };
    return started;
  } catch {
    return null;
  }
}

/**
 * Parses and validates a data file's text in a Web Worker, so the first screen never waits on schema checks; where
 * workers are missing or fail (tests in jsdom, a blocked script) the same check runs on the page.
 */
export function validateOffMainThread(key: DataFileKey, text: string): Promise<ValidatedText> {
  if (worker === undefined) worker = startWorker();
  const current = worker;
  if (!current) return onThePage(key, text);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, fallback: () => onThePage(key, text).then(resolve, reject) });
    const request: ValidateRequest = { id, key, text };
    current.postMessage(request);
  });
}
