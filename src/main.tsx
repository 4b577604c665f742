import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app.tsx';
import { Providers } from '@/app/providers.tsx';
import { createQueryClient } from '@/app/query-client.ts';
import '@/app/styles.css';
import { warmUpDateFormatting } from '@/i18n/format.ts';
import type { Locale } from '@/data/schema/common.ts';

const client = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);

// After the first render's task, before the data arrives (before-paint.js has set <html lang>).
setTimeout(() => warmUpDateFormatting(document.documentElement.lang as Locale), 0);
