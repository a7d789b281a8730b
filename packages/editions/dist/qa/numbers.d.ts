/** A figure as written, where it starts in the text, and the value it stands for. */
export interface Figure {
    text: string;
    index: number;
    value: number;
    /**
     * What the figure counts, when the text says: a part of a date (10月, 18일, "18 October") or a
     * unit (130 km, 130マイル). 10 as a month is not 10 as a day; 130 km is not 130 miles.
     */
    unit?: Unit;
}
export type Unit = 'month' | 'day' | 'km' | 'mile' | 'kg' | 'pound' | 'ton' | 'percent';
/** `englishFigures("about 1,500 soldiers on 18 October, two months")` → 1500, 18, 10, 2 */
export declare function englishFigures(text: string): Figure[];
/** `japaneseFigures("約1万人、兵力は128万人、三カ所、２０２４年10月")` → 10000, 1280000, 3, 2024, 10 */
export declare function japaneseFigures(text: string): Figure[];
/** `koreanFigures("약 1만 명, 128만 명, 세 곳, 두 달 뒤, 2024년 10월")` → 10000, 1280000, 3, 2, 2024, 10 */
export declare function koreanFigures(text: string): Figure[];
/** The figures of a text in its language; null for a language Editions cannot read figures in. */
export declare function figuresOf(text: string, language: string): Figure[] | null;
/**
 * The source's figures the translation lacks, counted as a multiset:
 * `missingFigures([1500, 3], [1500])` → [3]. A translation may add figures
 * (一人 for "a soldier"); it may not lose or change one.
 */
export declare function missingFigures(source: Figure[], translation: Figure[]): Figure[];
