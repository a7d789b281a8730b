import type { Figure } from '../model/types.ts';
export interface LabelText {
    text: string;
    /** Set when the text is not in the page's language (a draft fallback). */
    lang?: string;
}
/** `renderFigureSvg(figure, (key) => ({ text: "ウラジオストク" }))` → `<svg role="img" …>…</svg>` */
export declare function renderFigureSvg(figure: Figure, label: (key: string) => LabelText): string;
