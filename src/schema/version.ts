/** Bumped on any change that can break a consumer of the JSON. Apart from article.ts so the core can use it without loading zod. */
export const SCHEMA_VERSION = 1;
