// Types for scripts/large-content.mjs (plain JavaScript, read by next.config.mjs), for TypeScript callers.
export declare const largeContentFromMemos: number;
export declare function memoFolderCount(contentDir: string): number;
export declare function isLargeContent(env?: Record<string, string | undefined>, contentDir?: string): boolean;
export declare const largeContent: boolean;
