import type { OrgKind } from '../../graphql';
import type { TreeStore } from './tree-store';

/** A node of antd's TreeSelect in simple mode (`pId` links a child to its parent). */
export interface PickerNode {
  id: string;
  pId?: string;
  value: string;
  /** The plain name: shown in the select box once chosen. */
  label: string;
  isLeaf: boolean;
  /** For search hits: the path above, to tell namesakes apart. */
  path?: string;
  /** False for an organisation shown only as a way down to choosable ones. */
  selectable?: false;
}

/** Which organisations a picker lets the viewer choose (by default: any). */
export type PickerFilter = (organization: { kind: OrgKind; dissolvedOn: string | null }) => boolean;

/**
 * The loaded part of the tree as TreeSelect simple-mode nodes, parents before children. With
 * `canSelect`, the organisations it refuses stay in the tree (to open) but cannot be chosen.
 */
export function pickerNodes(store: TreeStore, canSelect?: PickerFilter): PickerNode[] {
  const nodes: PickerNode[] = [];
  const visit = (id: string, parentId: string | undefined, seen: Set<string>) => {
    const organization = store.organizations[id];
    if (!organization || seen.has(id)) return;
    seen.add(id);
    const loaded = store.children[id];
    nodes.push({
      id,
      pId: parentId,
      value: id,
      label: organization.name,
      isLeaf: organization.childCount === 0 || (loaded !== undefined && loaded.ids.length === 0),
      ...(canSelect && !canSelect(organization) ? { selectable: false as const } : {}),
    });
    for (const childId of loaded?.ids ?? []) visit(childId, id, seen);
  };
  const seen = new Set<string>();
  for (const id of store.roots ?? []) visit(id, undefined, seen);
  return nodes;
}
