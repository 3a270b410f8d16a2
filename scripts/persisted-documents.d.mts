/** Types of scripts/persisted-documents.mjs for the gateway's test (which imports it). */
/** A Vite plugin (vite is the apps' dependency, not the gateway's). */
export interface VitePlugin {
  name: string;
  enforce?: 'pre' | 'post';
  transform?: (code: string, id: string) => string | null | undefined;
}
export const apps: readonly ['public', 'admin'];
export const manifestName: string;
export function sha256(text: string): string;
export function collectManifest(
  app: string,
  options?: { plugins?: VitePlugin[] },
): Promise<Record<string, string>>;
export function manifestPath(app: string): string;
export function serializeManifest(manifest: Record<string, string>): string;
export function manifestDifference(
  committed: Record<string, string>,
  current: Record<string, string>,
): { missing: string[]; stale: string[] };
