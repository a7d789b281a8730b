import type { Model } from '../model/types.ts';
import type { StatusItem } from '../status/units.ts';
import { type UnitPlace } from './context.ts';
export declare const VERBATIM = "Verbatim words of a person: translate faithfully, do not paraphrase.";
export declare function exchangeNotes(model: Model, item: StatusItem, place: UnitPlace | undefined): string[];
