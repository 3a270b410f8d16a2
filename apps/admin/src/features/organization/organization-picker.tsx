import { Flex, Spin, TreeSelect, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { SearchOrganizationsQuery, TreeChildrenQuery } from './organization-queries';
import { type PickerFilter, type PickerNode, pickerNodes } from './picker-tree';
import { maxSearchLength, pathLabel, searchTerm } from './search-term';
import { emptyTreeStore, type TreeOrganization, withChildren, withRoots } from './tree-store';

export interface OrganizationPickerProps {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** Set by Form.Item, so the field's label points at the input. */
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  /** Names of organisations the value may already hold (e.g. a default), by id. */
  knownNames?: Readonly<Record<string, string>>;
  /** Only these organisations may be chosen (the others stay in the tree, to open). */
  canSelect?: PickerFilter;
  /** Shown after the name of an organisation `canSelect` refuses. */
  unselectableHint?: string;
}

/**
 * Chooses an organisation the viewer may act on: the tree from their scope roots, loaded one
 * level per expansion, or a name search (the gateway answers only within their scopes).
 */
export function OrganizationPicker({
  value,
  onChange,
  id,
  placeholder,
  allowClear = false,
  style,
  'aria-label': ariaLabel,
  knownNames,
  canSelect,
  unselectableHint,
}: OrganizationPickerProps) {
  const { t } = useI18n();
  const viewer = useViewer();
  const client = useClient();
  const [store, setStore] = useState(() => withRoots(emptyTreeStore, viewer.scopeRoots));
  const [input, setInput] = useState('');
  const term = searchTerm(useDebouncedValue(input, 250));
  const searching = input.trim() !== '';
  const [search] = useQuery({
    query: SearchOrganizationsQuery,
    variables: { search: term ?? '' },
    pause: term === null,
  });
  // Every name seen so far, so the chosen organisation shows by name whatever the list shows.
  const names = useRef<Record<string, string>>({});
  names.current[viewer.homeOrganization.id] = viewer.homeOrganization.name;
  for (const [key, name] of Object.entries(knownNames ?? {})) names.current[key] = name;
  for (const organization of Object.values(store.organizations)) {
    names.current[organization.id] = organization.name;
  }

  const loadChildren = useCallback(
    async (parentId: string) => {
      const result = await client
        .query(TreeChildrenQuery, { id: parentId, after: null })
        .toPromise();
      const organization = result.data?.organization;
      if (organization?.__typename !== 'Organization') return;
      const children: TreeOrganization[] = organization.children.edges.map((edge) => edge.node);
      setStore((current) =>
        withChildren(current, parentId, children, organization.children.pageInfo),
      );
    },
    [client],
  );

  const searchResult = search.data?.organizations;
  const hits: PickerNode[] = useMemo(() => {
    if (searchResult?.__typename !== 'QueryOrganizationsSuccess') return [];
    return searchResult.data.edges.map(({ node }) => ({
      id: node.id,
      value: node.id,
      label: node.name,
      isLeaf: true,
      path: pathLabel(node.ancestors),
      ...(canSelect && !canSelect({ kind: node.kind, dissolvedOn: null })
        ? { selectable: false as const }
        : {}),
    }));
  }, [searchResult, canSelect]);
  for (const hit of hits) names.current[hit.id] = hit.label;

  const treeData = useMemo(
    () =>
      (searching ? hits : pickerNodes(store, canSelect)).map((node) => ({
        ...node,
        title: node.path ? (
          <Flex vertical style={{ lineHeight: 1.35, padding: '2px 0' }}>
            <span>
              {node.label}
              {node.selectable === false && unselectableHint ? (
                <Typography.Text type="secondary"> {unselectableHint}</Typography.Text>
              ) : null}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {node.path}
            </Typography.Text>
          </Flex>
        ) : node.selectable === false ? (
          <Typography.Text type="secondary">{node.label}</Typography.Text>
        ) : (
          node.label
        ),
      })),
    [searching, hits, store, canSelect, unselectableHint],
  );

  const loadingSearch =
    searching && (search.fetching || term !== input.trim().slice(0, maxSearchLength));

  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      style={{ width: '100%', ...style }}
      placeholder={placeholder ?? t('org.pickerPlaceholder')}
      allowClear={allowClear}
      treeDataSimpleMode
      treeData={treeData}
      treeNodeLabelProp="label"
      labelInValue
      value={value ? { value, label: names.current[value] ?? value } : undefined}
      onChange={(next: { value: string; label?: ReactNode } | undefined) => {
        setInput('');
        onChange?.(next?.value);
      }}
      loadData={(node) => (searching ? Promise.resolve() : loadChildren(String(node.value)))}
      treeLoadedKeys={Object.keys(store.children)}
      showSearch={{
        searchValue: input,
        onSearch: (text) => setInput(text.slice(0, maxSearchLength)),
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={loadingSearch ? <Spin size="small" /> : t('org.pickerNoMatch')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320, maxWidth: 480 } } }}
      listHeight={320}
    />
  );
}
