// Types for scripts/subset-fonts.mjs (plain JavaScript, run by node), for the unit test.
export declare const sourceDir: string;
export declare const targetDir: string;
export declare const ranges: [number, number][];
export declare const characters: string;
export declare const fonts: { source: string; target: string }[];
export declare function subset(font: Uint8Array, text?: string): Promise<Buffer>;
export declare function toTrueType(font: Uint8Array): Promise<Buffer>;
export declare function subsets(): Promise<{ source: string; target: string; original: Buffer; bytes: Buffer }[]>;
