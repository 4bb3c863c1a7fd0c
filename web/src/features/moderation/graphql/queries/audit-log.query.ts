import { graphql } from '../../../../gql';
import type { AuditLogQuery } from '../../../../gql/graphql';

export const AUDIT_LOG_QUERY = graphql(/* GraphQL */ `
  query AuditLog($first: Int, $after: String, $subjectType: String, $subjectId: String) {
    auditLog(first: $first, after: $after, subjectType: $subjectType, subjectId: $subjectId) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorLabel
        action
        subjectType
        subjectId
        reason
        detailsJson
      }
    }
  }
`);

export type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];
