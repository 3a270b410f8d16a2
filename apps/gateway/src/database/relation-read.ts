import { createHash } from 'node:crypto';
import { queryRows } from '../db.js';
import { Prisma } from '../generated/prisma/client.js';

/**
 * One-statement reads of a record with its relations (issue 10): Prisma's query builder sends
 * one statement per relation (a studio's page took 7), each compiled by its WebAssembly query
 * compiler and hydrated in JavaScript. For the public pages whose Pothos selection is known,
 * `readById` turns the Prisma query Pothos computed (`select`/`include` with nested relations,
 * `where` on a scalar, `orderBy`, `take`) into ONE statement building the record as JSON with
 * sub-selects, and returns what Prisma would have returned for it (the same fields, `Date`s and
 * `bigint`s). Anything it does not know (a model or field without a description below, a string
 * in a `where`, a cursor, a count, a negative take …) makes it answer `undefined`, and the caller
 * goes through Prisma as before. The descriptions are written next to the modules' reads
 * (src/innovation/studio-read.ts, src/competition/competition-read.ts); tests compare the two
 * paths for every demo record.
 */

/** How a scalar column reaches JSON: as it is, as epoch milliseconds, or as text. */
export type ColumnKind = 'value' | 'datetime' | 'bigint';

export interface ToManyRelation {
  model: string;
  many: true;
  /** The column of the related table that holds this record's `id`. */
  foreignKey: string;
}

export interface ToOneRelation {
  model: string;
  many: false;
  /** The column of this record's table that holds the related record's `id`. */
  localKey: string;
}

export interface ModelDescription {
  table: string;
  /** Scalar fields by Prisma name; the column is the field's snake_case. */
  scalars: Record<string, ColumnKind>;
  /** True when `scalars` lists every scalar field of the model (needed for `include`). */
  complete: boolean;
  relations: Record<string, ToManyRelation | ToOneRelation>;
}

export type ModelDescriptions = Record<string, ModelDescription>;

const snakeCase = (field: string) =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

type Decode = (value: Record<string, unknown>) => void;

interface Built {
  sql: string;
  /** Converts the JSON object in place, or null when nothing needs converting. */
  decode: Decode | null;
}

class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function columnSql(alias: string, field: string, kind: ColumnKind): string {
  const column = `${alias}.${snakeCase(field)}`;
  if (kind === 'datetime') return `(extract(epoch from ${column}) * 1000)::float8`;
  if (kind === 'bigint') return `${column}::text`;
  return column;
}

function orderSql(
  description: ModelDescription,
  alias: string,
  orderBy: unknown,
): string | undefined {
  if (orderBy === undefined) return undefined;
  const items = Array.isArray(orderBy) ? orderBy : [orderBy];
  const parts = items.map((item) => {
    if (!isObject(item)) unsupported();
    const entries = Object.entries(item);
    if (entries.length !== 1) unsupported();
    const [field, direction] = entries[0] as [string, unknown];
    if (!Object.hasOwn(description.scalars, field)) unsupported();
    const column = `${alias}.${snakeCase(field)}`;
    if (direction === 'asc' || direction === 'desc') return `${column} ${direction.toUpperCase()}`;
    if (!isObject(direction)) unsupported();
    const { sort, nulls, ...rest } = direction;
    if (Object.keys(rest).length || (sort !== 'asc' && sort !== 'desc')) unsupported();
    if (nulls !== undefined && nulls !== 'first' && nulls !== 'last') unsupported();
    return `${column} ${sort.toUpperCase()}${nulls ? ` NULLS ${nulls.toUpperCase()}` : ''}`;
  });
  return parts.join(', ');
}

function whereSql(description: ModelDescription, alias: string, where: unknown): string[] {
  if (where === undefined) return [];
  if (!isObject(where)) unsupported();
  return Object.entries(where).map(([field, value]) => {
    if (!Object.hasOwn(description.scalars, field)) unsupported();
    const column = `${alias}.${snakeCase(field)}`;
    if (value === null) return `${column} IS NULL`;
    // Literals only where they cannot carry text: strings would need parameters.
    if (typeof value === 'boolean') return `${column} = ${value}`;
    if (typeof value === 'number' && Number.isInteger(value)) return `${column} = ${value}`;
    return unsupported();
  });
}

/** The JSON object of one `model` row aliased `alias`, as `query` selects it. */
function buildObject(
  models: ModelDescriptions,
  modelName: string,
  alias: string,
  query: Record<string, unknown>,
  nextAlias: () => string,
): Built {
  const description = models[modelName] ?? unsupported();
  const { select, include, ...rest } = query;
  if (Object.keys(rest).length) unsupported();
  if (select !== undefined && include !== undefined) unsupported();
  const fields: [string, unknown][] = [];
  if (select !== undefined) {
    if (!isObject(select)) unsupported();
    for (const entry of Object.entries(select)) if (entry[1] !== false) fields.push(entry);
  } else {
    if (!description.complete) unsupported();
    for (const field of Object.keys(description.scalars)) fields.push([field, true]);
    if (include !== undefined) {
      if (!isObject(include)) unsupported();
      for (const entry of Object.entries(include)) if (entry[1] !== false) fields.push(entry);
    }
  }
  const pairs: string[] = [];
  const decoders: [string, ColumnKind | Decode, boolean][] = [];
  for (const [field, value] of fields) {
    const kind = description.scalars[field];
    if (kind !== undefined) {
      if (value !== true) unsupported();
      pairs.push(`'${field}', ${columnSql(alias, field, kind)}`);
      if (kind !== 'value') decoders.push([field, kind, false]);
      continue;
    }
    const relation = description.relations[field] ?? unsupported();
    const args = value === true ? {} : isObject(value) ? value : unsupported();
    const target = models[relation.model] ?? unsupported();
    const inner = nextAlias();
    const { where, orderBy, take, ...nested } = args;
    const built = buildObject(models, relation.model, inner, nested, nextAlias);
    if (!relation.many) {
      if (where !== undefined || orderBy !== undefined || take !== undefined) unsupported();
      pairs.push(
        `'${field}', (SELECT ${built.sql} FROM ${target.table} ${inner} WHERE ${inner}.id = ${alias}.${relation.localKey})`,
      );
      if (built.decode) decoders.push([field, built.decode, false]);
      continue;
    }
    const conditions = [
      `${inner}.${relation.foreignKey} = ${alias}.id`,
      ...whereSql(target, inner, where),
    ].join(' AND ');
    const order = orderSql(target, inner, orderBy);
    if (take !== undefined && !(typeof take === 'number' && Number.isInteger(take) && take >= 0))
      unsupported();
    const aggregate = `coalesce(json_agg(${built.sql}${order ? ` ORDER BY ${order}` : ''}), '[]'::json)`;
    const from =
      take === undefined
        ? `${target.table} ${inner} WHERE ${conditions}`
        : `(SELECT * FROM ${target.table} ${inner} WHERE ${conditions}${order ? ` ORDER BY ${order}` : ''} LIMIT ${take}) ${inner}`;
    pairs.push(`'${field}', (SELECT ${aggregate} FROM ${from})`);
    if (built.decode) decoders.push([field, built.decode, true]);
  }
  // json_build_object takes at most 100 arguments.
  if (pairs.length > 50) unsupported();
  return {
    sql: `json_build_object(${pairs.join(', ')})`,
    decode: decoders.length ? decoderOf(decoders) : null,
  };
}

function decoderOf(decoders: [string, ColumnKind | Decode, boolean][]): Decode {
  return (object) => {
    for (const [field, how, many] of decoders) {
      const value = object[field];
      if (value === null || value === undefined) continue;
      if (how === 'datetime') object[field] = new Date(value as number);
      else if (how === 'bigint') object[field] = BigInt(value as string);
      else if (typeof how === 'function') {
        if (many) for (const row of value as Record<string, unknown>[]) how(row);
        else how(value as Record<string, unknown>);
      }
    }
  };
}

/**
 * `RELATION_READS=off` sends every read through Prisma (to measure or compare the two paths);
 * tests switch it with `setRelationReads`.
 */
let enabled = process.env.RELATION_READS !== 'off';

export function setRelationReads(on: boolean) {
  enabled = on;
}

interface Plan {
  text: string;
  name: string;
  decode: Decode | null;
}

// One plan per model and query shape (a page's selection), built once. Bounded: past the
// limit new shapes are built for each request and not kept.
const plans = new Map<string, Plan | null>();
const MAX_PLANS = 200;

function planFor(models: ModelDescriptions, modelName: string, query: object): Plan | null {
  const key = `${modelName} ${JSON.stringify(query)}`;
  const cached = plans.get(key);
  if (cached !== undefined) return cached;
  let plan: Plan | null;
  try {
    let counter = 0;
    const built = buildObject(
      models,
      modelName,
      't0',
      query as Record<string, unknown>,
      () => `t${++counter}`,
    );
    const table = models[modelName]?.table ?? unsupported();
    const text = `SELECT ${built.sql} AS "row" FROM ${table} t0 WHERE t0.id = `;
    const name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    plan = { text, name, decode: built.decode };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    plan = null;
  }
  if (plans.size < MAX_PLANS) plans.set(key, plan);
  return plan;
}

/**
 * The `modelName` record `id` as Prisma's `findUnique({ ...query, where: { id } })` would return
 * it (null when there is none), in one statement; `undefined` when `query` asks for something
 * this reader does not handle (the caller then asks Prisma).
 */
export async function readById<Row>(
  models: ModelDescriptions,
  modelName: string,
  query: object,
  id: string,
): Promise<Row | null | undefined> {
  if (!enabled) return undefined;
  const plan = planFor(models, modelName, query);
  if (!plan) return undefined;
  const rows = await queryRows<{ row: Record<string, unknown> }>(
    Prisma.sql`${Prisma.raw(plan.text)}${id}::uuid`,
    // Fixed text per shape, read by primary key: prepared once per connection.
    { prepared: plan.name },
  );
  const row = rows[0]?.row;
  if (!row) return null;
  plan.decode?.(row);
  return row as Row;
}
