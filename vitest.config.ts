import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // The tests are of pure functions and scripts: Node's environment costs nothing to set up, where jsdom's took
      // half a minute of CI over 50 files. A test that needs a DOM says so in its first line
      // (`// @vitest-environment jsdom`).
      environment: 'node',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    },
  }),
);
