import type { OrgKind } from '../../graphql';

/**
 * The part of the hierarchy the tree has loaded so far, flat: organisations by id, and for each
 * expanded organisation the ids of its children loaded so far. The antd tree data is derived
 * from it with `toTreeItems`, so loading a page of children is one immutable update.
 */
export interface TreeOrganization {
  id: string;
  name: string;
  kind: OrgKind;
  childCount: number;
  dissolvedOn: string | null;
}

export interface LoadedChildren {
  ids: readonly string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface TreeStore {
  /** null until the roots have been loaded. */
  roots: readonly string[] | null;
  organizations: Readonly<Record<string, TreeOrganization>>;
  children: Readonly<Record<string, LoadedChildren>>;
}

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export const emptyTreeStore: TreeStore = { roots: null, organizations: {}, children: {} };

function withOrganizations(
  organizations: TreeStore['organizations'],
  added: readonly TreeOrganization[],
): TreeStore['organizations'] {
  const next = { ...organizations };
  for (const organization of added) next[organization.id] = organization;
  return next;
}

export function withRoots(store: TreeStore, roots: readonly TreeOrganization[]): TreeStore {
  return {
    ...store,
    roots: roots.map((root) => root.id),
    organizations: withOrganizations(store.organizations, roots),
  };
}

/**
 * Records a page of `parentId`'s children. `append` adds a further page after the ones loaded
 * (加载更多); otherwise the page replaces what was loaded. Ids already there are not repeated.
 */
export function withChildren(
  store: TreeStore,
  parentId: string,
  children: readonly TreeOrganization[],
  pageInfo: PageInfoLike,
  append = false,
): TreeStore {
  const before = append ? (store.children[parentId]?.ids ?? []) : [];
  const seen = new Set(before);
  const ids = [...before];
  for (const child of children) {
    if (!seen.has(child.id)) {
      seen.add(child.id);
      ids.push(child.id);
    }
  }
  return {
    ...store,
    organizations: withOrganizations(store.organizations, children),
    children: {
      ...store.children,
      [parentId]: { ids, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor ?? null },
    },
  };
}

export function hasLoadedChildren(store: TreeStore, id: string): boolean {
  return Object.hasOwn(store.children, id);
}

const loadMorePrefix = 'load-more:';

/** The key of the 加载更多 pseudo-node shown after a partly loaded list of children. */
export function loadMoreKey(parentId: string): string {
  return `${loadMorePrefix}${parentId}`;
}

/** The parent whose next page a 加载更多 key stands for, or null for an organisation's key. */
export function parentOfLoadMoreKey(key: string): string | null {
  return key.startsWith(loadMorePrefix) ? key.slice(loadMorePrefix.length) : null;
}

export interface OrgTreeItem {
  key: string;
  isLeaf: boolean;
  selectable: boolean;
  organization?: TreeOrganization;
  /** Set on a 加载更多 pseudo-node: the parent whose next page it loads. */
  loadMoreOf?: string;
  children?: OrgTreeItem[];
}

function toItem(store: TreeStore, id: string, path: ReadonlySet<string>): OrgTreeItem | null {
  const organization = store.organizations[id];
  if (!organization) return null;
  const loaded = store.children[id];
  const item: OrgTreeItem = {
    key: id,
    organization,
    selectable: true,
    isLeaf: organization.childCount === 0 || (loaded !== undefined && loaded.ids.length === 0),
  };
  if (loaded && !path.has(id)) {
    const inner = new Set(path).add(id);
    const children: OrgTreeItem[] = [];
    for (const childId of loaded.ids) {
      const child = toItem(store, childId, inner);
      if (child) children.push(child);
    }
    if (loaded.hasNextPage) {
      children.push({ key: loadMoreKey(id), isLeaf: true, selectable: true, loadMoreOf: id });
    }
    item.children = children;
  }
  return item;
}

/** The antd tree data: loaded nodes carry `children`; unloaded ones are expandable. */
export function toTreeItems(store: TreeStore): OrgTreeItem[] {
  const items: OrgTreeItem[] = [];
  for (const id of store.roots ?? []) {
    const item = toItem(store, id, new Set());
    if (item) items.push(item);
  }
  return items;
}

/** Keys the tree must not try to load again. */
export function loadedKeys(store: TreeStore): string[] {
  return Object.keys(store.children);
}

/**
 * Revealing a node loads its ancestors' children root first: the next ancestor whose children
 * are not loaded yet, or null when the whole path is loaded and can be expanded.
 */
export function nextToReveal(store: TreeStore, ancestorIds: readonly string[]): string | null {
  return ancestorIds.find((id) => !hasLoadedChildren(store, id)) ?? null;
}

/** The expanded keys after revealing a node: every ancestor open, the existing order kept. */
export function expandPath(expanded: readonly string[], ancestorIds: readonly string[]): string[] {
  const result = [...expanded];
  for (const id of ancestorIds) if (!result.includes(id)) result.push(id);
  return result;
}
