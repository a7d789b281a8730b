#!/usr/bin/env node
// The `editions` command: starts the compiled engine (dist/, built when the package is packed).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/editions.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('editions: the engine is not compiled yet (no dist/). In this repository run `npm run build -w editions` (npm ci does it).');
  process.exit(1);
}
await import(entry.href);
