import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app.tsx';
import { Providers } from '@/app/providers.tsx';
import { createQueryClient } from '@/app/query-client.ts';
import '@/app/styles.css';
import { warmUpDateFormatting } from '@/i18n/format.ts';
import type { Locale } from '@/data/schema/common.ts';
import { allDataQueries } from '@/data/queries.ts';

const client = createQueryClient();

/**
 * Every data file: the first screen reads five of them, and the filter bar counts records in all the topical ones
 * (a few hundred KB from the same origin, fetched in parallel, most of them preloaded).
 */
const prefetchDataFiles = () =>
  allDataQueries().map((query) => client.prefetchQuery(query as Parameters<typeof client.prefetchQuery>[0]));
/** How long the first render waits for them at most, in ms: a slow file then arrives into a rendered page. */
const FIRST_SCREEN_WAIT_MS = 3000;

const root = createRoot(document.getElementById('root')!);
// The header and headline cards are already on screen (static HTML). The app's first render waits for the data
// files (preloaded with the script, usually there already): a file arriving after the first render makes
// TanStack Query update its components through useSyncExternalStore, a render React cannot slice (50 ms and more on
// a phone, twice). With the data in the cache, the first render is the only one, and it runs in a transition, in
// slices of a few milliseconds, so a tap during start-up is answered at once. A failed file is cached as failed:
// its panels show it with a Retry button.
void Promise.race([
  Promise.allSettled(prefetchDataFiles()),
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
]).then(() =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <Providers client={client}>
          <App />
        </Providers>
      </StrictMode>,
    ),
  ),
);

// After the first render's task, before the data arrives (before-paint.js has set <html lang>).
setTimeout(() => warmUpDateFormatting(document.documentElement.lang as Locale), 0);
