import { describe, expect, it } from 'vitest';
import { EXPORT_SECTIONS, sectionQuery } from '../export-sections.js';

describe('personal-data export sections', () => {
  it('have unique names and bind the user only through $1 (id) or $2 (e-mail)', () => {
    expect(new Set(EXPORT_SECTIONS.map((section) => section.name)).size).toBe(EXPORT_SECTIONS.length);
    for (const section of EXPORT_SECTIONS) expect(section.where).toMatch(/^(?:[a-z_]+ = \$[12])(?: OR [a-z_]+ = \$[12])*$/);
  });

  it('strip secrets and file contents from every row', () => {
    const sql = sectionQuery(EXPORT_SECTIONS[0]!);
    for (const column of ['password_hash', 'token_hash', 'code_hash', 'content']) expect(sql).toContain(`'${column}'`);
  });
});
