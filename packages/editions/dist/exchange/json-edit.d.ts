/**
 * `setStrings('{\n  "a": "x"\n}\n', [["a", "y"], ["b.c", "z"]])` →
 * '{\n  "a": "y",\n  "b": {\n    "c": "z"\n  }\n}\n'
 */
export declare function setStrings(text: string, entries: Iterable<[string, string]>): string;
/** A new file holding the given strings, nested at their dots, two-space indented. */
export declare function newJsonFile(entries: Iterable<[string, string]>): string;
