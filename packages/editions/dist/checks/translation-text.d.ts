import { type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';
export declare function translationTextFindings(model: Model): Finding[];
