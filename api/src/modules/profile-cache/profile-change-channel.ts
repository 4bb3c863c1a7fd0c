/**
 * Channel the profile-change triggers notify (migration 1764000017000): a comma-separated list of
 * SIRENs, or `*` for "everything may have changed". Also notified by the SIRENE bulk import, which
 * switches those triggers off while it rewrites the table.
 */
export const PROFILE_CHANGE_CHANNEL = 'company_profile_changed';

/** The trigger function behind those notifications. */
export const PROFILE_CHANGE_TRIGGER_FUNCTION = 'notify_company_profile_changed';
