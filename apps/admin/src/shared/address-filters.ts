import { textOrNull } from './address-text';

/**
 * A list page's filters kept in the address (the URL query string), so that a link — the annual
 * report's figures, 返回列表, a pasted address — reproduces the list. Each filter is one query
 * parameter with its own reading rule: anything unknown or malformed is left out, and writing
 * leaves out the empty filters, in the order the parameters are declared (a stable address).
 */
export interface AddressParam<T> {
  /** The query parameter's name. */
  readonly name: string;
  /** The value when the parameter is absent or malformed. */
  readonly empty: T;
  read(value: string | null): T;
  /** The parameter's text, or null to leave it out of the address. */
  write(value: T): string | null;
}

export type AddressParams<F> = { readonly [K in keyof F]: AddressParam<F[K]> };

export interface AddressFilters<F> {
  /** No filter at all. */
  readonly none: F;
  /** Reads the filters from a query string; anything unknown or malformed is left out. */
  fromSearch(params: URLSearchParams): F;
  /** Writes the filters as a query string, leaving out the empty ones, in a stable order. */
  toSearch(filters: F): URLSearchParams;
}

/** The reader/writer of a list's filters, one parameter a field, written in declaration order. */
export function addressFilters<F>(params: AddressParams<F>): AddressFilters<F> {
  const fields = Object.keys(params) as (keyof F)[];
  const none = {} as F;
  for (const field of fields) none[field] = params[field].empty;
  return {
    none,
    fromSearch(search) {
      const filters = {} as F;
      for (const field of fields) {
        const param = params[field];
        filters[field] = param.read(search.get(param.name));
      }
      return filters;
    },
    toSearch(filters) {
      const search = new URLSearchParams();
      for (const field of fields) {
        const param = params[field];
        const text = param.write(filters[field]);
        if (text !== null && text !== '') search.set(param.name, text);
      }
      return search;
    },
  };
}

/**
 * Free text (a name, an employer): control characters become spaces, trimmed, cut to `max`
 * characters (see `textOrNull`); with `pattern`, text that does not match it is left out.
 */
export function textParam(
  name: string,
  max: number,
  pattern?: RegExp,
): AddressParam<string | null> {
  const accept = (value: string | null | undefined) => {
    const text = textOrNull(value, max);
    return text !== null && pattern && !pattern.test(text) ? null : text;
  };
  return { name, empty: null, read: accept, write: accept };
}

/** An organisation's global id (`org`). */
export function idParam(name: string): AddressParam<string | null> {
  return textParam(name, 200);
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written 'YYYY-MM-DD', or null. */
export function calendarDateOrNull(value: string | null | undefined): string | null {
  const match = isoDate.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? (value as string) : null;
}

/** A calendar day, 'YYYY-MM-DD'. */
export function dateParam(name: string): AddressParam<string | null> {
  return { name, empty: null, read: calendarDateOrNull, write: calendarDateOrNull };
}

/** One code out of a known set (a level, a kind, 'yes'/'no'). */
export function codeParam<T extends string>(
  name: string,
  accept: (value: string) => value is T,
): AddressParam<T | null> {
  return {
    name,
    empty: null,
    read: (value) => (value !== null && accept(value) ? value : null),
    write: (value) => value,
  };
}

/** 'yes' (only), 'no' (only the others) or neither. */
export function yesNoParam(name: string): AddressParam<'yes' | 'no' | null> {
  return codeParam(name, (value): value is 'yes' | 'no' => value === 'yes' || value === 'no');
}

/** Codes out of a known set, comma-separated; unknown codes and repeats are left out. */
export function codeListParam<T extends string>(
  name: string,
  accept: (value: string) => value is T,
): AddressParam<readonly T[]> {
  return {
    name,
    empty: [],
    read(value) {
      const codes: T[] = [];
      for (const item of (value ?? '').split(',')) {
        const code = item.trim();
        if (code !== '' && accept(code) && !codes.includes(code)) codes.push(code);
      }
      return codes;
    },
    write: (codes) => (codes.length > 0 ? codes.join(',') : null),
  };
}

/** A whole number of at most four digits within [min, max] (a year, a number of stars). */
export function integerParam(name: string, min: number, max: number): AddressParam<number | null> {
  return {
    name,
    empty: null,
    read(value) {
      if (!/^\d{1,4}$/.test(value ?? '')) return null;
      const number = Number(value);
      return number >= min && number <= max ? number : null;
    },
    write: (value) => (value === null ? null : String(value)),
  };
}
