import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (the app and its data work offline after one visit). A new version waits until
 * the reader accepts it from the dashboard, so an update never reloads a presentation in front of a room.
 */
export function useServiceWorker() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  return { updateReady: needRefresh, applyUpdate: () => void updateServiceWorker(true) };
}
