/** Bull queue names; every process registers the ones it uses through the owning module. */
export const QUEUE = {
  companyImport: 'company-import',
  scoreRefresh: 'score-refresh',
  reminderDispatch: 'reminder-dispatch',
  reminderEmail: 'reminder-email',
  reminderSms: 'reminder-sms',
  notificationDispatch: 'notification-dispatch',
  publicationHousekeeping: 'publication-housekeeping',
  paymentPlanFollowUp: 'payment-plan-follow-up',
} as const;

export const JOB = {
  importSireneFile: 'import-sirene-file',
  refreshScore: 'refresh-score',
  sweepScoreRefresh: 'sweep-score-refresh',
  markOverdueScoresStale: 'mark-overdue-scores-stale',
  dispatchReminders: 'dispatch-reminders',
  sendReminder: 'send-reminder',
  sendNotifications: 'send-notifications',
  hideSettledPublications: 'hide-settled-publications',
  flagMissedInstalments: 'flag-missed-instalments',
} as const;
