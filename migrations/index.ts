import { Companies1764000000000 } from './1764000000000-Companies.js';
import { Accounts1764000001000 } from './1764000001000-Accounts.js';
import { Invoices1764000002000 } from './1764000002000-Invoices.js';
import { CompanySearchWords1764000003000 } from './1764000003000-CompanySearchWords.js';
import { Scores1764000004000 } from './1764000004000-Scores.js';
import { Tokens1764000005000 } from './1764000005000-Tokens.js';
import { Reminders1764000006000 } from './1764000006000-Reminders.js';
import { ReminderScenarioFeatures1764000008000 } from './1764000008000-ReminderScenarioFeatures.js';
import { ReminderApprovals1764000008100 } from './1764000008100-ReminderApprovals.js';
import { ReminderCallTasks1764000008200 } from './1764000008200-ReminderCallTasks.js';
/**
 * Every migration, in order, passed as classes so the ESM build and the tests agree.
 * Add new migrations at the end.
 */
export const MIGRATIONS: Function[] = [Companies1764000000000, Accounts1764000001000, Invoices1764000002000, CompanySearchWords1764000003000, Scores1764000004000, Tokens1764000005000, Reminders1764000006000, ReminderScenarioFeatures1764000008000, ReminderApprovals1764000008100, ReminderCallTasks1764000008200];
