/**
 * `node --import tsx writes-in-flight.ts <dir>`: a stand-in for a build
 * stopped with Ctrl-C while its writes land: `dir` is watched as a staging
 * folder (removedOnInterrupt), many folder-and-file writes under it are in
 * flight, more are queued, and the process signals itself.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { removedOnInterrupt } from '../../src/render/scratch.ts';

const dir = process.argv[2]!;
removedOnInterrupt(dir);
await mkdir(dir, { recursive: true });
let n = 0;
const writeMany = () => {
  // A page at the top too (index.html), whose only folder is `dir` itself.
  void writeFile(path.join(dir, `top-${n}.html`), 'x').catch(() => {});
  for (let i = 0; i < 200; i++, n++) {
    const file = path.join(dir, `d${n % 50}`, `e${n}`, 'index.html');
    // As Eleventy writes a page: the folders on the way, then the file.
    void mkdir(path.dirname(file), { recursive: true })
      .then(() => writeFile(file, 'x'.repeat(20_000)))
      .catch(() => {});
  }
};
writeMany();
setInterval(writeMany, 1);
setTimeout(() => {
  writeMany();
  process.kill(process.pid, 'SIGINT');
  writeMany();
}, 30);
