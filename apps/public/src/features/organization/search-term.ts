/** The gateway accepts at most 100 characters of search text. */
export const maxSearchLength = 100;

/** The text to search for, or null when there is nothing worth sending. */
export function searchTerm(input: string): string | null {
  const term = input.trim().slice(0, maxSearchLength);
  return term === '' ? null : term;
}

/** A result's place in the hierarchy, e.g. 山东省总工会 › 青岛市总工会. */
export function pathLabel(ancestors: readonly { name: string }[], separator = ' › '): string {
  return ancestors.map((ancestor) => ancestor.name).join(separator);
}
