export const exchangeFormats = ['xliff', 'xliff2', 'po'];
/** File name ending per format: XLIFF 1.2 `.xlf`, XLIFF 2.0 `.xliff`, gettext `.po`. */
export const extensions = { xliff: 'xlf', xliff2: 'xliff', po: 'po' };
//# sourceMappingURL=file.js.map