/** What Editions reads from locales/<lng>/: the translation files and the lock. */
export {};
//# sourceMappingURL=types.js.map