import { builder } from '../../builder.js';
import { HonoreeRef } from '../honor/honoree.js';

/**
 * 领衔工作室 on an honoree's public profile: the studios whose lead is this honoree (the studio
 * names this award as its lead's). The Honoree type is only ever resolved for a public award,
 * so the list is reachable only while the honoree's consent covers their name.
 */
builder.prismaObjectField(HonoreeRef, 'ledStudios', (t) =>
  t.relation('ledStudios', {
    description:
      '领衔工作室: the studios this honoree leads (not de-listed), highest level first; public fields only.',
    query: {
      where: { status: { not: 'DELISTED' } },
      orderBy: [{ level: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    },
  }),
);
