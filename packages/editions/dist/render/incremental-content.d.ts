import { type Edition } from '../config.ts';
import { type Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type Tracked, type Update } from './incremental.ts';
import { type PageView, type RenderOptions } from './pages.ts';
export declare function applyContentEdits(root: string, model: Model, tr: Translator, pages: PageView[], tracked: Tracked, files: string[], options: RenderOptions & {
    locales: readonly Edition[];
    verdict?: {
        draft: boolean;
        preview: boolean;
    };
}): Promise<Update | null>;
