import { registerEnumType } from '@nestjs/graphql';
import { ContactChannel } from '../domain/contact-channel.js';
import { InvoiceStatus } from '../domain/invoice-status.js';

registerEnumType(InvoiceStatus, { name: 'InvoiceStatus' });
registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'How a contact prefers to be reminded.' });

export { ContactChannel, InvoiceStatus };
