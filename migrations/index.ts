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
import { AuditLog1764000010000 } from './1764000010000-AuditLog.js';
import { CreditorReminderSettings1764000011000 } from './1764000011000-CreditorReminderSettings.js';
import { ReminderThroughput1764000011100 } from './1764000011100-ReminderThroughput.js';
import { ClaimsAndRecommendations1764000013000 } from './1764000013000-ClaimsAndRecommendations.js';
import { InvoiceDisputes1764000012000 } from './1764000012000-InvoiceDisputes.js';
import { CreditorSuspensions1764000014000 } from './1764000014000-CreditorSuspensions.js';
import { Publications1764000013100 } from './1764000013100-Publications.js';
import { PublicationsDropDisputedAt1764000013200 } from './1764000013200-PublicationsDropDisputedAt.js';
import { ProfileChangeNotify1764000017000 } from './1764000017000-ProfileChangeNotify.js';
import { DisputeEvidence1764000013300 } from './1764000013300-DisputeEvidence.js';
import { DebtorLink1764000012100 } from './1764000012100-DebtorLink.js';
import { PersonalDataDeletion1764000014100 } from './1764000014100-PersonalDataDeletion.js';
import { PaymentPlanFollowUp1764000023000 } from './1764000023000-PaymentPlanFollowUp.js';
import { PaymentPlanRunSteps1764000024000 } from './1764000024000-PaymentPlanRunSteps.js';
import { ReminderDueIndex1764000020000 } from './1764000020000-ReminderDueIndex.js';
import { SearchVectorWithoutPositions1764000022100 } from './1764000022100-SearchVectorWithoutPositions.js';
import { CompanySearchStartIndex1764000022200 } from './1764000022200-CompanySearchStartIndex.js';
import { CompanySearchStartIndexByteOrder1764000022300 } from './1764000022300-CompanySearchStartIndexByteOrder.js';
/**
 * Every migration, in order, passed as classes so the ESM build and the tests agree.
 * Add new migrations at the end.
 */
export const MIGRATIONS: Function[] = [Companies1764000000000, Accounts1764000001000, Invoices1764000002000, CompanySearchWords1764000003000, Scores1764000004000, Tokens1764000005000, Reminders1764000006000, ReminderScenarioFeatures1764000008000, ReminderApprovals1764000008100, ReminderCallTasks1764000008200, AuditLog1764000010000, CreditorReminderSettings1764000011000, ReminderThroughput1764000011100, ClaimsAndRecommendations1764000013000, InvoiceDisputes1764000012000, CreditorSuspensions1764000014000, Publications1764000013100, PublicationsDropDisputedAt1764000013200, ProfileChangeNotify1764000017000, DisputeEvidence1764000013300, DebtorLink1764000012100, PersonalDataDeletion1764000014100, PaymentPlanFollowUp1764000023000, PaymentPlanRunSteps1764000024000, ReminderDueIndex1764000020000, SearchVectorWithoutPositions1764000022100, CompanySearchStartIndex1764000022200, CompanySearchStartIndexByteOrder1764000022300];
