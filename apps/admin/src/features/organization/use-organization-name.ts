import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OrganizationNameQuery } from '../members/member-queries';

/**
 * The name of the organisation a list is filtered by (an id from the address), for the
 * organisation picker to show before the tree around it is loaded.
 */
export function useKnownOrganizationNames(
  organizationId: string | null,
): Record<string, string> | undefined {
  const [organizationName] = useQuery({
    query: OrganizationNameQuery,
    variables: { id: organizationId ?? '' },
    pause: !organizationId,
  });
  const named = organizationName.data?.organization;
  return useMemo(
    () => (named?.__typename === 'Organization' ? { [named.id]: named.name } : undefined),
    [named],
  );
}
