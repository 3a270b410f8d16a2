import { describe, expect, it } from 'vitest';
import { pickerNodes } from './picker-tree';
import { emptyTreeStore, type TreeOrganization, withChildren, withRoots } from './tree-store';

function org(id: string, childCount = 0): TreeOrganization {
  return { id, name: `组织${id}`, kind: 'COUNTY_FEDERATION', childCount, dissolvedOn: null };
}

describe('pickerNodes', () => {
  it('lists the loaded tree parents first, linked by pId', () => {
    let store = withRoots(emptyTreeStore, [org('shinan', 2)]);
    expect(pickerNodes(store)).toEqual([
      { id: 'shinan', pId: undefined, value: 'shinan', label: '组织shinan', isLeaf: false },
    ]);
    store = withChildren(store, 'shinan', [org('hisense', 0), org('street', 3)], {
      hasNextPage: false,
    });
    expect(pickerNodes(store).map((node) => [node.id, node.pId, node.isLeaf])).toEqual([
      ['shinan', undefined, false],
      ['hisense', 'shinan', true],
      ['street', 'shinan', false],
    ]);
  });

  it('keeps organisations a filter refuses, as unselectable ways down', () => {
    let store = withRoots(emptyTreeStore, [org('shinan', 1)]);
    store = withChildren(store, 'shinan', [{ ...org('hisense'), kind: 'GRASSROOTS_UNION' }], {
      hasNextPage: false,
    });
    const grassroots = pickerNodes(
      store,
      (organization) => organization.kind === 'GRASSROOTS_UNION',
    );
    expect(grassroots.map((node) => [node.id, node.selectable])).toEqual([
      ['shinan', false],
      ['hisense', undefined],
    ]);
  });
});
