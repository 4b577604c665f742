import type * as z from 'zod/mini';
import { DataFileError } from './data-file-error.ts';
import type { DATA_FILES } from './schema/index.ts';
import { DATA_FILE_NAMES, type DataFileKey } from './vocabulary.ts';
import { validateOffMainThread } from './validate-off-main-thread.ts';
import { formatProblem } from './validate-dataset.ts';

/** Where the dataset is served: public/data/ under the app's base path. */
export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;

type FileContent<K extends DataFileKey> = z.infer<(typeof DATA_FILES)[K]['schema']>;

/** Shows at most this many problems in the message; the rest are counted. */
const SHOWN_PROBLEMS = 3;

/**
 * Fetches one data file and validates it against its schema. Any failure becomes a DataFileError
 * that names the file (and the record and field when the content is wrong), so the panels that use
 * the file can say exactly what is broken while the rest of the page keeps working.
 */
export async function loadDataFile<K extends DataFileKey>(key: K, signal?: AbortSignal): Promise<FileContent<K>> {
  const file = DATA_FILE_NAMES[key];
  // The page asks for several files at once; starting each request in a task of its own keeps the page responsive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(file, `${file}: the request failed (${(error as Error).message || 'network error'})`);
  }
  if (!response.ok)
    throw new DataFileError(file, `${file}: the server answered ${response.status} ${response.statusText}`.trim());

  const text = await response.text();
  const checked = await validateOffMainThread(key, text);
  if (checked.kind === 'not-json') throw new DataFileError(file, `${file}: ${checked.detail}`);
  const { data, problems } = checked;
  if (problems.length > 0) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map(formatProblem);
    const more = problems.length > SHOWN_PROBLEMS ? ` (+${problems.length - SHOWN_PROBLEMS} more)` : '';
    throw new DataFileError(file, shown.join('\n') + more, problems);
  }
  return data as FileContent<K>;
}
