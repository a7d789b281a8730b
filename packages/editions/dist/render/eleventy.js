export {};
//# sourceMappingURL=eleventy.js.map