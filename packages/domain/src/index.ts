export * from './aid/index.js';
export * from './auth/index.js';
export * from './honor/index.js';
export * from './innovation/index.js';
export * from './member/index.js';
export * from './organization/index.js';
export * from './service/index.js';
export * from './shared/index.js';
