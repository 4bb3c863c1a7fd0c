import { graphql } from '../../../../gql';
import type { WalletPageQuery } from '../../../../gql/graphql';

export const WALLET_QUERY = graphql(/* GraphQL */ `
  query WalletPage($after: String) {
    wallet(first: 20, after: $after) {
      balance
      ledger {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            reason
            reference
            delta
            balanceAfter
            note
            createdAt
          }
        }
      }
    }
    tokenPacks {
      id
      name
      tokens
      priceCents
      vatCents
      totalCents
      unitPriceCents
    }
    receipts(first: 20) {
      edges {
        node {
          purchaseId
          number
          packName
          tokens
          amountExclVatCents
          vatCents
          totalCents
          currency
          paidAt
        }
      }
    }
  }
`);

export type WalletPage = WalletPageQuery;
