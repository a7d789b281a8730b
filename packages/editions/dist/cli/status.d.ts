import { type LocaleReport } from '../status/report.ts';
export declare function formatReport(reports: LocaleReport[]): string;
export declare function main(args: string[]): Promise<void>;
