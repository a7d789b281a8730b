export {};
//# sourceMappingURL=build-state.js.map