/**
 * Nominal ("branded") typing on top of a primitive.
 *
 * A value of `Brand<string, 'CalendarDate'>` is still a plain string at run time, but the
 * compiler only accepts it where a value was produced by the matching parser/constructor.
 */
export type Brand<T, B extends string> = T & { readonly __brand: B };
