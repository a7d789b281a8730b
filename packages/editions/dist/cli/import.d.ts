import { type ImportSummary } from '../exchange/import.ts';
export declare function formatSummary(s: ImportSummary): string;
export declare function main(args: string[]): Promise<void>;
