/**
 * `editions start [--port N] [--draft] [--root DIR]`: builds every edition into
 * _site, serves it on loopback and rebuilds on every save under content/ and
 * locales/, through the same loader and checks as `editions check`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paths } from '../config.ts';
import { cliMessages } from '../errors.ts';
import { createEleventy, watchUntilReady } from '../render/eleventy-run.ts';
import { editionNotFound } from '../render/dev-not-found.ts';
import { prepareBuild } from '../render/plugin.ts';

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      root: { type: 'string', default: process.cwd() },
      draft: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(cliMessages.badPort(values.port!));
  const root = path.resolve(values.root!);
  // Judged before Eleventy starts, so what stops the first build is printed once, as `editions check` prints it.
  const prepared = await prepareBuild(root, values.draft!, false, true, true);
  const editions = prepared.model.story.editions.map((e) => e.code);
  const eleventy = await createEleventy({
    root,
    output: path.join(root, paths.output),
    runMode: 'serve',
    plugin: { prepared, draft: values.draft!, preview: true, siteUrl: process.env.SITE_URL ?? `http://localhost:${port}` },
    configure: (config) => (config as unknown as { setServerOptions(o: object): void }).setServerOptions({ middleware: [editionNotFound(editions)] }),
  });
  await watchUntilReady(eleventy, root);
  // Eleventy's dev server is not in its published types.
  await (eleventy as unknown as { serve(port: number): Promise<void> }).serve(port);
  process.on('SIGINT', async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
}
