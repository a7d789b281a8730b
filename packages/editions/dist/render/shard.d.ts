/** What a build writes: one edition (a shard), or only the site-wide files (the merge). A full build has no scope. */
export type BuildScope = {
    kind: 'edition';
    locale: string;
} | {
    kind: 'site';
};
/** Written beside a shard's pages; read, and left out of the site, by the merge. */
export declare const MANIFEST = "editions-shard.json";
export interface ShardManifest {
    locale: string;
    draft: boolean;
    pseudo: boolean;
    siteUrl: string;
}
/** The origin of absolute links (canonical, alternates, sitemap, feeds): $SITE_URL, else the local server's. */
export declare function siteUrlFromEnv(): string;
export declare function writeManifest(dir: string, manifest: ShardManifest): Promise<void>;
/** A shard's manifest, or null when the folder has none (not a shard). */
export declare function readManifest(dir: string): Promise<ShardManifest | null>;
