/** What a provider's delivery report means for our outbox; every vendor maps onto this in its adapter. */
export type DeliveryOutcome = 'DELIVERED' | 'FAILED';
