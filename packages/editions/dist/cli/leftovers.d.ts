/** Removes the leftovers of dead builds of `target`; returns the names removed: ["_site.staging-4242"]. */
export declare function removeLeftovers(target: string): Promise<string[]>;
