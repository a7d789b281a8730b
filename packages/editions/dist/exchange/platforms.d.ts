import { type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';
export declare const TEMPLATES_DIR = "i18n";
export declare const CROWDIN_FILE = "crowdin.yml";
/** Project-relative path → text of every platform file. */
export declare function platformFiles(model: Model): Map<string, string>;
/** A finding for each platform file that is missing or differs from what the source gives. */
export declare function platformFindings(root: string, model: Model): Promise<Finding[]>;
/** Writes the platform files that changed; returns their paths. */
export declare function writePlatformFiles(root: string, model: Model): Promise<string[]>;
