import { type ExchangeFormat } from '../exchange/file.ts';
export declare function runExport(root: string, locale: string, format: ExchangeFormat, todo: boolean, out: string): Promise<string[]>;
export declare function main(args: string[]): Promise<void>;
