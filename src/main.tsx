import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app.tsx';
import { Providers } from '@/app/providers.tsx';
import { createQueryClient } from '@/app/query-client.ts';
import '@/app/styles.css';
import { warmUpDateFormatting } from '@/i18n/format.ts';
import type { Locale } from '@/data/schema/common.ts';

const client = createQueryClient();

const root = createRoot(document.getElementById('root')!);
// The header is already on screen (static HTML): the rest renders in a transition, in slices of a few milliseconds,
// so a tap on the page during start-up is answered at once instead of after a 200 ms task on a phone.
startTransition(() =>
  root.render(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  ),
);

// After the first render's task, before the data arrives (before-paint.js has set <html lang>).
setTimeout(() => warmUpDateFormatting(document.documentElement.lang as Locale), 0);
