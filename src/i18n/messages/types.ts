import type { en } from './en.ts';

export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/** Every language's catalog has exactly the keys of the English one (a missing key is a type error). */
export type Messages = Catalog<typeof en>;
