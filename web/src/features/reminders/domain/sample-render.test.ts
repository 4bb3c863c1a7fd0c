import { describe, expect, it } from 'vitest';
import { insertVariable, renderSample } from './sample-render';

describe('sample rendering for the scenario editor', () => {
  it('fills known variables and leaves unknown ones visible', () => {
    const text = renderSample('Facture {{invoiceNumber}} de {{ amount }}, {{daysLate}} jours de retard, {{oops}}', { creditorName: 'ACME', offsetDays: 7, deadlineDays: null });
    expect(text).toBe('Facture F-2026-042 de 1 250,00 €, 7 jours de retard, {{oops}}');
  });

  it('dates the deadline from the send day', () => {
    expect(renderSample('{{deadlineDate}}', { creditorName: 'ACME', offsetDays: 30, deadlineDays: 8 })).toBe('08/05/2026');
  });

  it('inserts a variable at the caret, replacing the selection', () => {
    expect(insertVariable('Bonjour !', 'clientName', 8, 8)).toEqual({ text: 'Bonjour {{clientName}}!', caret: 22 });
    expect(insertVariable('Bonjour X', 'clientName', 8, 9)).toEqual({ text: 'Bonjour {{clientName}}', caret: 22 });
  });
});
