import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './shared/scalars.js';
import './shared/fen-scalar.js';
import './shared/error-types.js';
import './organization/organization.js';
import './organization/organization-lifecycle.js';
import './organization/region-census.js';
import './auth/viewer.js';
import './auth/login.js';
import './auth/role-assignment.js';
import './auth/staff-account.js';
import './auth/api-key.js';
import './auth/audit-log-entry.js';
import './member/member.js';
import './roster/import-roster.js';
import './aid/index.js';
import './honor/index.js';
import './report/index.js';
import './competition/index.js';
import './innovation/index.js';
import './service/index.js';

/** The executable schema, with every module's types registered above. */
export const schema = lexicographicSortSchema(builder.toSchema());
