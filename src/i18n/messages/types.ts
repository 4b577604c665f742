/**
 * The shape every language's catalog follows: the keys of the English object, with strings as leaves.
 * This module imports nothing, so the area modules (present.ts, aid.ts, …) and en.ts can all use it without a
 * cycle; `Messages` (the full catalog's shape) lives in en.ts, next to the object it is derived from.
 */
export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
