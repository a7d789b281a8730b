/**
 * Under `editions start`, an address that is not a page gets its edition's
 * own "page not found" (/ko/xyz/ → /ko/404.html, in Korean), as the static
 * hosts do (_redirects / 404 rules); the root's chooser only outside every edition.
 */
import path from 'node:path';

type Request = { url?: string };
type Response = { statusCode: number; isCustomErrorPage?: boolean };
interface DevServer {
  mapUrlToFilePath(url: string): { statusCode: number; filepath?: string };
  getOutputDirFilePath(file: string): string;
  isOutputFilePathExists(file: string): boolean;
  renderFile(file: string, res: Response): unknown;
}

/** Eleventy's dev server middleware: runs with the server as `this`. */
export function editionNotFound(editions: readonly string[]) {
  return function (this: DevServer, req: Request, res: Response, next: () => unknown): unknown {
    const lng = /^\/([^/?#]+)\//.exec(req.url ?? '')?.[1];
    if (!lng || !editions.includes(lng)) return next();
    if (this.mapUrlToFilePath(req.url!).statusCode !== 404) return next();
    const page = this.getOutputDirFilePath(path.posix.join(lng, '404.html'));
    if (!this.isOutputFilePathExists(page)) return next();
    res.statusCode = 404;
    res.isCustomErrorPage = true;
    return this.renderFile(page, res);
  };
}
