/** Bull queue names; every process registers the ones it uses through the owning module. */
export const QUEUE = {
  companyImport: 'company-import',
} as const;

export const JOB = {
  importSireneFile: 'import-sirene-file',
} as const;
