import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './shared/scalars.js';
import './shared/error-types.js';
import './organization/organization.js';

/** The executable schema, with every module's types registered above. */
export const schema = lexicographicSortSchema(builder.toSchema());
