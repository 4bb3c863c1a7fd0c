import { describe, expect, it } from 'vitest';
import { OtherContact, spaceFromOtherContacts } from '../contact-spacing.js';
import { PlannedMessage } from '../plan-run.js';

const message = (scheduledAt: string, overrides: Partial<PlannedMessage> = {}): PlannedMessage => ({
  stepIndex: 0,
  channel: 'EMAIL',
  tone: 'BAD',
  toAddress: 'a@example.test',
  templateSubject: 'S',
  templateBody: 'B',
  deadlineDays: null,
  scheduledAt: new Date(scheduledAt),
  status: 'SCHEDULED',
  skipReason: null,
  ...overrides,
});
/** Another invoice's email to another address of the debtor (never grouped with the message under test). */
const contact = (at: string, overrides: Partial<OtherContact> = {}): OtherContact => ({ at: new Date(at), channel: 'EMAIL', toAddress: 'b@example.test', ...overrides });
const times = (messages: PlannedMessage[]) => messages.map((m) => m.scheduledAt.toISOString());

describe('spaceFromOtherContacts', () => {
  it('pushes a message closer than the delay to another invoice’s message back to delay days later, at the send hour', () => {
    const sut = spaceFromOtherContacts([message('2027-03-10T08:00:00Z')], [contact('2027-03-09T08:00:00Z')], 3);
    expect(times(sut)).toEqual(['2027-03-12T08:00:00.000Z']);
  });

  it('never moves a pinned message (a step with a fixed date), nor lets it push the next ones', () => {
    const sut = spaceFromOtherContacts(
      [message('2027-03-10T08:00:00Z', { stepIndex: 0, pinned: true }), message('2027-04-10T08:00:00Z', { stepIndex: 1, pinned: true })],
      [contact('2027-03-09T08:00:00Z'), contact('2027-04-11T08:00:00Z')],
      3,
    );
    expect(times(sut)).toEqual(['2027-03-10T08:00:00.000Z', '2027-04-10T08:00:00.000Z']);
  });

  it('leaves a message far enough from every other contact where it was', () => {
    const planned = [message('2027-03-10T08:00:00Z')];
    expect(spaceFromOtherContacts(planned, [contact('2027-03-07T08:00:00Z'), contact('2027-03-13T08:00:00Z')], 3)).toEqual(planned);
  });

  it('keeps pushing past a chain of contacts, and keeps the run’s steps in order', () => {
    const sut = spaceFromOtherContacts(
      [message('2027-03-10T08:00:00Z', { stepIndex: 0 }), message('2027-03-11T08:00:00Z', { stepIndex: 1 })],
      [contact('2027-03-10T08:00:00Z'), contact('2027-03-13T08:00:00Z')],
      3,
    );
    expect(times(sut)).toEqual(['2027-03-16T08:00:00.000Z', '2027-03-16T08:00:00.000Z']);
  });

  it('moves a pushed SMS into the SMS window and uses the creditor’s send hour', () => {
    // Three days on is Sunday 14 March at 10:00 (the send hour): no SMS on Sunday, so Monday 08:00 Paris.
    const sut = spaceFromOtherContacts([message('2027-03-12T09:00:00Z', { channel: 'SMS' })], [contact('2027-03-11T09:00:00Z')], 3, 10);
    expect(times(sut)).toEqual(['2027-03-15T07:00:00.000Z']);
  });

  it('lets a message join another invoice’s message to the same address, channel and day: they leave as one', () => {
    const planned = [message('2027-03-10T08:00:00Z')];
    expect(spaceFromOtherContacts(planned, [contact('2027-03-10T08:00:00Z', { toAddress: 'A@example.test' })], 3)).toEqual(planned);
    // Same day but SMS, or another address: a second contact, pushed back.
    expect(times(spaceFromOtherContacts(planned, [contact('2027-03-10T08:00:00Z', { channel: 'SMS', toAddress: 'a@example.test' })], 3))).toEqual(['2027-03-13T08:00:00.000Z']);
    // The day before, same address: still a second contact.
    expect(times(spaceFromOtherContacts(planned, [contact('2027-03-09T08:00:00Z', { toAddress: 'a@example.test' })], 3))).toEqual(['2027-03-12T08:00:00.000Z']);
  });

  it('does nothing with a zero delay, and never moves a SKIPPED message', () => {
    const planned = [message('2027-03-10T08:00:00Z', { status: 'SKIPPED' })];
    expect(spaceFromOtherContacts(planned, [contact('2027-03-10T08:00:00Z')], 3)).toEqual(planned);
    expect(times(spaceFromOtherContacts([message('2027-03-10T08:00:00Z')], [contact('2027-03-10T08:00:00Z')], 0))).toEqual(['2027-03-10T08:00:00.000Z']);
  });
});
