import { describe, expect, it } from 'vitest';
import {
  emptyTreeStore,
  expandPath,
  hasLoadedChildren,
  loadedKeys,
  loadMoreKey,
  nextToReveal,
  parentOfLoadMoreKey,
  type TreeOrganization,
  toTreeItems,
  withChildren,
  withRoots,
} from './tree-store';

function org(id: string, childCount = 0): TreeOrganization {
  return { id, name: `组织${id}`, kind: 'COUNTY_FEDERATION', childCount, dissolvedOn: null };
}

describe('tree store', () => {
  it('shows nothing before the roots load, then unloaded roots as expandable', () => {
    expect(toTreeItems(emptyTreeStore)).toEqual([]);
    const store = withRoots(emptyTreeStore, [org('acftu', 2)]);
    const [root] = toTreeItems(store);
    expect(root?.key).toBe('acftu');
    expect(root?.isLeaf).toBe(false);
    expect(root?.children).toBeUndefined();
    expect(hasLoadedChildren(store, 'acftu')).toBe(false);
  });

  it('nests loaded children and marks childless organisations as leaves', () => {
    let store = withRoots(emptyTreeStore, [org('acftu', 2)]);
    store = withChildren(store, 'acftu', [org('sd', 3), org('hb', 0)], { hasNextPage: false });
    const [root] = toTreeItems(store);
    expect(root?.children?.map((child) => [child.key, child.isLeaf])).toEqual([
      ['sd', false],
      ['hb', true],
    ]);
    expect(loadedKeys(store)).toEqual(['acftu']);
  });

  it('adds a load-more node while pages remain, and appends the next page once', () => {
    let store = withRoots(emptyTreeStore, [org('qd', 3)]);
    store = withChildren(store, 'qd', [org('a'), org('b')], { hasNextPage: true, endCursor: 'b' });
    let children = toTreeItems(store)[0]?.children ?? [];
    expect(children.map((child) => child.key)).toEqual(['a', 'b', loadMoreKey('qd')]);
    expect(children[2]?.loadMoreOf).toBe('qd');
    expect(store.children.qd?.endCursor).toBe('b');

    store = withChildren(store, 'qd', [org('b'), org('c')], { hasNextPage: false }, true);
    children = toTreeItems(store)[0]?.children ?? [];
    expect(children.map((child) => child.key)).toEqual(['a', 'b', 'c']);
  });

  it('treats an organisation whose loaded page is empty as a leaf', () => {
    let store = withRoots(emptyTreeStore, [org('x', 1)]);
    store = withChildren(store, 'x', [], { hasNextPage: false });
    expect(toTreeItems(store)[0]?.isLeaf).toBe(true);
  });

  it('tells load-more keys from organisation ids', () => {
    expect(parentOfLoadMoreKey(loadMoreKey('T3Jn'))).toBe('T3Jn');
    expect(parentOfLoadMoreKey('T3Jn')).toBeNull();
  });

  it('reveals a deep node by loading its ancestors root first', () => {
    let store = withRoots(emptyTreeStore, [org('acftu', 1)]);
    const path = ['acftu', 'sd', 'qd'];
    expect(nextToReveal(store, path)).toBe('acftu');
    store = withChildren(store, 'acftu', [org('sd', 1)], { hasNextPage: false });
    expect(nextToReveal(store, path)).toBe('sd');
    store = withChildren(store, 'sd', [org('qd', 1)], { hasNextPage: false });
    store = withChildren(store, 'qd', [org('sn')], { hasNextPage: false });
    expect(nextToReveal(store, path)).toBeNull();
    expect(nextToReveal(store, [])).toBeNull();
  });

  it('opens a path without repeating or reordering keys', () => {
    expect(expandPath(['a', 'z'], ['a', 'b', 'c'])).toEqual(['a', 'z', 'b', 'c']);
    expect(expandPath([], [])).toEqual([]);
  });
});
