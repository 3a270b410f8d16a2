/**
 * Preloaded into the gateway process by `pnpm bench` (`node --import`): counts the SQL
 * statements the gateway sends through `pg` (Prisma's PostgreSQL adapter uses pg.Pool's
 * clients) and answers the count over the IPC channel, so the benchmark can report statements
 * per request of the production build without changing it.
 */
import pg from 'pg';

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};
process.on('message', (message) => {
  if (message === 'statements?') process.send?.({ statements });
});
