import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { staticShell } from './scripts/static-shell.ts';
import { linkPreview } from './scripts/preview/plugin.ts';

/**
 * BASE_PATH lets the same build be served from a sub-folder (e.g. /peru-korea/) on any static host.
 * VITE_PUBLIC_URL (optional) is the address the presentation's QR code points to; it defaults to the current page.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    // Offline after one visit: the app, its data, icons and the (subset) Korean font are precached. A new version
    // waits ('prompt') until the reader is not presenting.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Peru–Korea: 60 years of relations',
        short_name: 'Peru–Korea',
        description:
          'Peru–South Korea relations: trade, investment, aid, exchange and cooperation, every figure sourced.',
        theme_color: '#a3001b',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,txt,woff2}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    // The header as HTML with its script and styles inline: the first screen paints before any other request.
    // After VitePWA: it moves the manifest link VitePWA adds.
    staticShell(),
    // Link previews (Open Graph, Twitter) per language, with an image of the headline figures; SITE_URL makes
    // their addresses absolute (README, "Link previews").
    linkPreview(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  // PREVIEW_PORT lets several checkouts serve their builds side by side (each with its own e2e run).
  preview: { host: '127.0.0.1', port: Number(process.env.PREVIEW_PORT ?? 4173), strictPort: true },
});
