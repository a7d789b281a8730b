import { type Finding } from '../errors.ts';
export interface StringToCheck {
    /** Project-relative path of the locale file the string belongs to. */
    file: string;
    locale: string;
    namespace: string;
    key: string;
    source: string;
    translation: string;
    line?: number;
}
/** `placeholders("Chapter {{number}} of {{ total }}")` → ["number", "total"] */
export declare function placeholders(text: string): string[];
/** The link targets a reader would get: `links("see [this](https://x.org)")` → ["https://x.org"] */
export declare function links(text: string): string[];
export declare function validateTranslation(s: StringToCheck): Finding[];
