import { type Finding } from '../errors.ts';
import type { Figure } from './types.ts';
/** Labels every figure must have: its accessible name and description. */
export declare const REQUIRED_LABELS: {
    readonly title: 'title';
    readonly desc: 'desc';
};
export declare function loadFigures(root: string, findings: Finding[]): Promise<Map<string, Figure>>;
/** One SVG file → its figure; `null` (with findings) when it cannot be used. */
export declare function parseFigure(id: string, file: string, text: string, findings: Finding[]): Figure | null;
