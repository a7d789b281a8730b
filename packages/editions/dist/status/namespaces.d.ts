import type { Model } from '../model/types.ts';
export declare function namespaceOrder(model: Model): string[];
