import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { ViewFilterProvider } from '@/state/view-params.ts';

/** Data cache and URL state for the whole app. */
export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <NuqsAdapter>
        <ViewFilterProvider>{children}</ViewFilterProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
