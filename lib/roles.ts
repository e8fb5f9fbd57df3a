/** A member's role in a workspace: owners manage members and everything else, editors edit, viewers only read. */
export const workspaceRoles = ['viewer', 'editor', 'owner'] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

/**
 * Whether a role allows what another role allows: owner ⊃ editor ⊃ viewer. Every studio read needs at least
 * viewer, every change editor, and member management owner.
 */
export function hasRole(actual: WorkspaceRole, required: WorkspaceRole): boolean {
  return workspaceRoles.indexOf(actual) >= workspaceRoles.indexOf(required);
}
