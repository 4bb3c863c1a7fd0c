import { graphql } from '../../../../gql';
import type { ImportInvoicesMutation } from '../../../../gql/graphql';

export const IMPORT_INVOICES_MUTATION = graphql(/* GraphQL */ `
  mutation ImportInvoices($input: ImportInvoicesInput!) {
    importInvoices(input: $input) {
      created
      alreadyImported
      rejected
      errors {
        line
        field
        code
        message
      }
    }
  }
`);

export type ImportResult = ImportInvoicesMutation['importInvoices'];
