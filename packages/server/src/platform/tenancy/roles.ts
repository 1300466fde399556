/** Roles a caller may hold. `operator` keys belong to the platform tenant and administer tenants. */
export const ROLES = ['admin', 'clinician', 'integration', 'auditor', 'operator'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];
