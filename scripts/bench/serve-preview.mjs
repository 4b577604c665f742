// `vite preview` of a build for the bench scripts: started, waited for, and stopped when the script exits.
import { spawn } from 'node:child_process';

/**
 * Serves `outDir` on 127.0.0.1:`port` and resolves once it answers (or after `waitMs`, with `up` false: the caller
 * reports that as a failure of its own). `stop()` ends it early; it ends with the process anyway.
 * @param {{ port: number, outDir?: string, waitMs?: number }} options
 */
export async function servePreview({ port, outDir = 'dist', waitMs = 30_000 }) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const stop = () => server.kill();
  process.on('exit', stop);
  let up = false;
  for (const deadline = Date.now() + waitMs; !up && Date.now() < deadline;) {
    try {
      up = (await fetch(origin)).ok;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { origin, up, stop };
}
