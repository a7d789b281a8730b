/**
 * Debian's Chromium, driven by Playwright: a test tool's own browser download
 * cannot work here. CHROMIUM_PATH overrides the path.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Throws the one-line instruction a developer needs when Chromium is absent. */
export function requireChromium(): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run "apt-get update && apt-get install -y chromium fonts-noto-cjk" as root, or set CHROMIUM_PATH.`);
  }
  return chromiumPath;
}

export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true } as const;
