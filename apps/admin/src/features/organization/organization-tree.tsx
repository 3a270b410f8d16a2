import { App, Empty, Flex, Skeleton, Tag, Tree, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { describeTransportError } from '../../shared/api-errors';
import { TreeChildrenQuery } from './organization-queries';
import {
  emptyTreeStore,
  expandPath,
  loadedKeys,
  nextToReveal,
  type OrgTreeItem,
  type TreeOrganization,
  type TreeStore,
  toTreeItems,
  withChildren,
  withRoots,
} from './tree-store';

interface OrganizationTreeProps {
  selectedId: string | undefined;
  /** Ancestors of the selected organisation, root first: opened so the selection is visible. */
  revealAncestorIds: readonly string[] | undefined;
  onSelect: (id: string) => void;
}

/**
 * Scrolls only the tree's own box to show the node: `scrollIntoView` would scroll the page
 * too, and a page that jumps under the pointer turns a click into a miss.
 */
function scrollIntoBox(node: Element, box: Element | null): void {
  if (!box) return;
  const item = node.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  if (item.top < frame.top) box.scrollTop -= frame.top - item.top;
  else if (item.bottom > frame.bottom) box.scrollTop += item.bottom - frame.bottom;
}

/**
 * The hierarchy from the viewer's scope roots down (for 市南区 staff: 市南区总工会 only; for
 * the platform operator: 中华全国总工会). Loaded with `first: 100` per page; a larger family
 * gets a 加载更多 node.
 */
export function OrganizationTree({
  selectedId,
  revealAncestorIds,
  onSelect,
}: OrganizationTreeProps) {
  const client = useClient();
  const { message } = App.useApp();
  const { t, orgKindLabel, formatCount } = useI18n();
  const roots = useViewer().scopeRoots;
  const [store, setStore] = useState<TreeStore>(emptyTreeStore);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const storeRef = useRef(store);
  storeRef.current = store;
  const inFlight = useRef(new Map<string, Promise<void>>());

  useEffect(() => {
    setStore((current) => withRoots(current, roots));
  }, [roots]);

  /** Loads one page of children (the next one when `append`), once at a time per parent. */
  const loadChildren = useCallback(
    (parentId: string, append: boolean): Promise<void> => {
      const flightKey = `${parentId}:${append}`;
      const running = inFlight.current.get(flightKey);
      if (running) return running;
      const after = append ? (storeRef.current.children[parentId]?.endCursor ?? null) : null;
      const request = client
        .query(TreeChildrenQuery, { id: parentId, after })
        .toPromise()
        .then((result) => {
          if (result.error) throw new Error(describeTransportError(result.error).detail);
          const organization = result.data?.organization;
          if (!organization) throw new Error(t('error.serverBody'));
          if (organization.__typename !== 'Organization') throw new Error(organization.message);
          const children: TreeOrganization[] = organization.children.edges.map((edge) => edge.node);
          setStore((current) =>
            withChildren(current, parentId, children, organization.children.pageInfo, append),
          );
        })
        .finally(() => inFlight.current.delete(flightKey));
      inFlight.current.set(flightKey, request);
      return request;
    },
    [client, t],
  );

  const reportLoadFailure = useCallback(
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      void message.error(`${t('org.treeFailed')}：${detail}`);
    },
    [message, t],
  );

  // Open the path to the selection (a shared link, a search result, a child in the table):
  // load the ancestors' children one level per pass, then expand them all. Each pass is driven
  // by the store, so a pass interrupted by any other update simply runs again.
  const revealKey = revealAncestorIds?.join('/');
  const [pendingReveal, setPendingReveal] = useState<readonly string[] | null>(null);
  useEffect(() => {
    if (revealKey !== undefined) setPendingReveal(revealKey === '' ? [] : revealKey.split('/'));
  }, [revealKey]);

  const rootsLoaded = store.roots !== null;
  useEffect(() => {
    if (!pendingReveal || !rootsLoaded) return;
    const next = nextToReveal(store, pendingReveal);
    if (next === null) {
      setExpandedKeys((current) => expandPath(current, pendingReveal));
      setPendingReveal(null);
      requestAnimationFrame(() => {
        const selected = document.querySelector('.organization-tree .ant-tree-treenode-selected');
        if (selected) scrollIntoBox(selected, selected.closest('.organization-tree-scroll'));
      });
      return;
    }
    loadChildren(next, false).catch((error: unknown) => {
      setPendingReveal(null);
      reportLoadFailure(error);
    });
  }, [pendingReveal, rootsLoaded, store, loadChildren, reportLoadFailure]);

  const treeData = useMemo(() => toTreeItems(store), [store]);

  if (!rootsLoaded) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
  if (treeData.length === 0) return <Empty description={t('org.treeEmpty')} />;

  return (
    <Tree<OrgTreeItem>
      className="organization-tree"
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expandedKeys}
      loadedKeys={loadedKeys(store)}
      selectedKeys={selectedId ? [selectedId] : []}
      onExpand={(keys) => setExpandedKeys(keys.map(String))}
      loadData={(node) =>
        node.organization
          ? loadChildren(node.key, false).catch(reportLoadFailure)
          : Promise.resolve()
      }
      onSelect={(_keys, { node }) => {
        if (node.loadMoreOf) {
          loadChildren(node.loadMoreOf, true).catch(reportLoadFailure);
        } else if (node.organization) {
          onSelect(node.organization.id);
        }
      }}
      titleRender={(node) => {
        if (node.loadMoreOf) return <Typography.Link>{t('org.treeLoadMore')}</Typography.Link>;
        const organization = node.organization;
        if (!organization) return null;
        return (
          <Flex
            align="center"
            gap={6}
            title={`${organization.name}（${orgKindLabel(organization.kind)}）`}
            style={{ minWidth: 0 }}
          >
            <Typography.Text
              ellipsis
              delete={organization.dissolvedOn !== null}
              style={{ minWidth: 0, flex: '0 1 auto' }}
            >
              {organization.name}
            </Typography.Text>
            {organization.dissolvedOn !== null ? (
              <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
                {t('org.dissolved')}
              </Tag>
            ) : null}
            {organization.childCount > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                {formatCount(organization.childCount)}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      }}
    />
  );
}
