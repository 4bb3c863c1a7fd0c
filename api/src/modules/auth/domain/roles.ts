/** A member's role inside a company (DESIGN §2). */
export enum MemberRole {
  OWNER = 'OWNER',
  ACCOUNTING = 'ACCOUNTING',
  SALES = 'SALES',
  SUPPORT = 'SUPPORT',
}

/** Roles on the platform itself, independent of any company. */
export enum PlatformRole {
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

/** What a member may do with its company's receivables. */
export type CreditorPermission = 'READ_INVOICES' | 'CREATE_INVOICES' | 'SETTLE_INVOICES' | 'MANAGE_TEAM' | 'MANAGE_BILLING';

const PERMISSIONS: Record<MemberRole, readonly CreditorPermission[]> = {
  [MemberRole.OWNER]: ['READ_INVOICES', 'CREATE_INVOICES', 'SETTLE_INVOICES', 'MANAGE_TEAM', 'MANAGE_BILLING'],
  [MemberRole.ACCOUNTING]: ['READ_INVOICES', 'CREATE_INVOICES', 'SETTLE_INVOICES', 'MANAGE_BILLING'],
  [MemberRole.SALES]: ['READ_INVOICES', 'CREATE_INVOICES'],
  [MemberRole.SUPPORT]: ['READ_INVOICES'],
};

export function roleAllows(role: MemberRole, permission: CreditorPermission): boolean {
  return PERMISSIONS[role].includes(permission);
}
