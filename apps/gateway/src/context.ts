import type { YogaInitialContext } from 'graphql-yoga';

/** Who is asking. Staff sessions and API keys arrive with the access-control module. */
export type Viewer = { kind: 'anonymous' };

export interface Context extends YogaInitialContext {
  viewer: Viewer;
}

export async function createContext(initial: YogaInitialContext): Promise<Context> {
  return { ...initial, viewer: { kind: 'anonymous' } };
}
