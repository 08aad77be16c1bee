/** The package version, inlined at build time by esbuild (see test/tools/build.mjs). */
declare const __WIRESTORY_VERSION__: string | undefined;

export const VERSION: string = typeof __WIRESTORY_VERSION__ === 'string' ? __WIRESTORY_VERSION__ : '0.0.0-dev';
