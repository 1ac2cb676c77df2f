// The app server and headless Chromium every bench script measures with: one place for the port, the
// browser and its flags (those that keep Chromium off the network on a closed machine).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** BENCH_URL (an already running studio) or a server started on BENCH_PORT; and a browser. */
export async function launchBench() {
  const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop() {} } : await startServer(Number(process.env.BENCH_PORT || 3206));
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ARGS });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      server.stop();
    },
  };
}
