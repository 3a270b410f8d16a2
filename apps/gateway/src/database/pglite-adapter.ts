import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/**
 * pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10, whose `ArgType`
 * differs from 6.19's; the adapter never reads `argTypes` (PGlite infers parameter types),
 * so the two are compatible at run time and only the declaration needs the cast.
 */
export function pgliteAdapter(pglite: PGlite): SqlDriverAdapterFactory {
  return new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
}
