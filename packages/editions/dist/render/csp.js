/**
 * The Content-Security-Policy every page is built to satisfy: no inline
 * script or style anywhere, everything from the site itself. Pages carry it
 * in a <meta> tag; the `_headers` file sends it (plus what only a header can
 * say) from hosts that read that file.
 */
const directives = [
    ['default-src', "'none'"],
    // Search runs Pagefind's WebAssembly, hence 'wasm-unsafe-eval' (it allows no JavaScript eval).
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
];
/** Directives a <meta> policy may not carry (browsers ignore them there, with a console warning). */
const headerOnly = [['frame-ancestors', "'none'"]];
const serialize = (list) => list.map(([name, value]) => `${name} ${value}`).join('; ');
/** For `<meta http-equiv="Content-Security-Policy">`. */
export const metaPolicy = serialize(directives);
/** For the HTTP header. */
export const headerPolicy = serialize([...directives, ...headerOnly]);
/** How long a reader's browser keeps the stylesheet, scripts and icon before asking again (as GitHub Pages does for everything). */
export const ASSET_MAX_AGE = 600;
/**
 * The `_headers` file (read by common static hosts): the policy and a few
 * safe defaults for every path, and a short cache for /assets/ so a reader
 * turning pages does not fetch the stylesheet again on each one.
 */
export function headersFile() {
    return [
        '/*',
        `  Content-Security-Policy: ${headerPolicy}`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '/assets/*',
        `  Cache-Control: public, max-age=${ASSET_MAX_AGE}`,
        '',
    ].join('\n');
}
//# sourceMappingURL=csp.js.map