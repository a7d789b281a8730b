/** `isBlankText("\u200b\u00ad")` → true; `isBlankText("a\u200b")` → false */
export declare function isBlankText(text: string): boolean;
