import { ClaimReviewCard } from '../../features/moderation/components/ClaimReviewCard';
import { ReviewQueue } from '../../features/moderation/components/ReviewQueue';
import { COMPANY_CLAIM_QUEUE_QUERY } from '../../features/moderation/graphql/queries/company-claim-queue.query';
import { fr } from '../../i18n/fr';
import { useApiQuery } from '../../lib/use-api-query';

export function ClaimQueuePage() {
  const t = fr.moderation.claims;
  const { data, error, refetch } = useApiQuery(COMPANY_CLAIM_QUEUE_QUERY, { first: 50 });
  return (
    <ReviewQueue
      title={t.title}
      lead={t.lead}
      empty={t.empty}
      items={data?.companyClaimQueue.edges.map((e) => e.node)}
      error={error}
      refetch={refetch}
      renderItem={(claim, onDecided) => <ClaimReviewCard claim={claim} onDecided={onDecided} />}
    />
  );
}
