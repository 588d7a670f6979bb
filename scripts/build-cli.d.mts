/** Types of scripts/build-cli.mjs (plain JavaScript so it runs before anything is compiled). */
export declare const CLI_OUT_DIR: string;
export declare function buildCli(options?: { quiet?: boolean }): Promise<import('esbuild').Metafile>;
export declare function bundleScript(entry: string, outfile: string): Promise<void>;
