import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { type NamedNode, namesFromAnswers, nodeNamesRequests } from './node-names';

/** Names for global ids, by id; ids whose names are not known (yet, or at all) are absent. */
export function useNodeNames(ids: readonly string[]): Record<string, string> {
  const client = useClient();
  const [names, setNames] = useState<Record<string, string>>({});
  const key = ids.join(',');
  useEffect(() => {
    if (key === '') return;
    let current = true;
    const requests = nodeNamesRequests(key.split(','));
    Promise.all(
      requests.map((request) =>
        client
          .query<Record<string, NamedNode | null>>(request.query, request.variables)
          .toPromise()
          .then((result) => result.data),
      ),
    ).then((answers) => {
      if (current) setNames((known) => ({ ...known, ...namesFromAnswers(answers) }));
    });
    return () => {
      current = false;
    };
  }, [client, key]);
  return names;
}
