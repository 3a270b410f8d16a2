/**
 * Names for the ids an audit page mentions, asked as aliased `node(id:)` fields, at most
 * `maxAliasesPerQuery` to a document (the gateway allows 20 aliases).
 *
 * Not `nodes(ids:)`: the gateway currently answers the first id's node in every slot of
 * `nodes` when given more than one id. Once that is fixed, one `nodes` call can replace this.
 */
export const maxAliasesPerQuery = 15;

const nodeNameFragment = `fragment AuditNodeName on Node {
  __typename
  id
  ... on Organization { name }
  ... on StaffAccount { username displayName }
  ... on ApiKey { name }
  ... on Member { name }
}`;

export interface NodeNamesRequest {
  query: string;
  variables: Record<string, string>;
}

/** One document per chunk of ids: `n0: node(id: $id0) { ...AuditNodeName } …`. */
export function nodeNamesRequests(ids: readonly string[]): NodeNamesRequest[] {
  const unique = [...new Set(ids)];
  const requests: NodeNamesRequest[] = [];
  for (let start = 0; start < unique.length; start += maxAliasesPerQuery) {
    const chunk = unique.slice(start, start + maxAliasesPerQuery);
    const parameters = chunk.map((_id, index) => `$id${index}: ID!`).join(', ');
    const fields = chunk.map(
      (_id, index) => `n${index}: node(id: $id${index}) { ...AuditNodeName }`,
    );
    requests.push({
      query: `query AdminAuditNodeNames(${parameters}) {\n  ${fields.join('\n  ')}\n}\n${nodeNameFragment}`,
      variables: Object.fromEntries(chunk.map((id, index) => [`id${index}`, id])),
    });
  }
  return requests;
}

/**
 * Every text `nodeNamesRequests` can build (one per number of ids, 1 to `maxAliasesPerQuery`):
 * the persisted-document manifest lists them (scripts/persisted-documents.mjs), so the audit
 * page's requests go by hash like the console's other documents.
 */
export function persistedDocumentVariants(): string[] {
  return Array.from({ length: maxAliasesPerQuery }, (_, index) => {
    const ids = Array.from({ length: index + 1 }, (_id, n) => `id${n}`);
    return nodeNamesRequests(ids)[0]?.query ?? '';
  });
}

export interface NamedNode {
  __typename: string;
  id: string;
  name?: string | null;
  username?: string | null;
  displayName?: string | null;
}

/** How a node is named in the audit log: 林晓（li.xiao） for an account, else its name. */
export function nodeName(node: NamedNode): string | null {
  if (node.__typename === 'StaffAccount' && node.displayName && node.username) {
    return `${node.displayName}（${node.username}）`;
  }
  return node.name ?? null;
}

/** Names by id from the answers (nodes the viewer may not see answer null, and stay unnamed). */
export function namesFromAnswers(
  answers: readonly (Record<string, NamedNode | null> | null | undefined)[],
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const answer of answers) {
    for (const node of Object.values(answer ?? {})) {
      const name = node ? nodeName(node) : null;
      if (node && name) names[node.id] = name;
    }
  }
  return names;
}
