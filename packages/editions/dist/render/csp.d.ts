/**
 * The Content-Security-Policy every page is built to satisfy: no inline
 * script or style anywhere, everything from the site itself. Pages carry it
 * in a <meta> tag; the `_headers` file sends it (plus what only a header can
 * say) from hosts that read that file.
 */
/** For `<meta http-equiv="Content-Security-Policy">`. */
export declare const metaPolicy: string;
/** For the HTTP header. */
export declare const headerPolicy: string;
/** How long a reader's browser keeps the stylesheet, scripts and icon before asking again (as GitHub Pages does for everything). */
export declare const ASSET_MAX_AGE = 600;
/**
 * The `_headers` file (read by common static hosts): the policy and a few
 * safe defaults for every path, and a short cache for /assets/ so a reader
 * turning pages does not fetch the stylesheet again on each one.
 */
export declare function headersFile(): string;
