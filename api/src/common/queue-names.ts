/** Bull queue names; every process registers the ones it uses through the owning module. */
export const QUEUE = {
  companyImport: 'company-import',
  scoreRefresh: 'score-refresh',
} as const;

export const JOB = {
  importSireneFile: 'import-sirene-file',
  refreshScore: 'refresh-score',
  sweepScoreRefresh: 'sweep-score-refresh',
  markOverdueScoresStale: 'mark-overdue-scores-stale',
} as const;
