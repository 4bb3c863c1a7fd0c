import { DisputeReviewCard } from '../../features/moderation/components/DisputeReviewCard';
import { ReviewQueue } from '../../features/moderation/components/ReviewQueue';
import { DISPUTE_QUEUE_QUERY } from '../../features/moderation/graphql/queries/dispute-queue.query';
import { fr } from '../../i18n/fr';
import { useApiQuery } from '../../lib/use-api-query';

export function DisputeQueuePage() {
  const t = fr.moderation.disputes;
  const { data, error, refetch } = useApiQuery(DISPUTE_QUEUE_QUERY, { first: 30 });
  return (
    <ReviewQueue
      title={t.title}
      lead={t.lead}
      empty={t.empty}
      // ReviewQueue keys its cards by id: a review is identified by its dispute.
      items={data?.disputeQueue.edges.map((e) => ({ ...e.node, id: e.node.dispute.id }))}
      error={error}
      refetch={refetch}
      renderItem={(review, onDecided) => <DisputeReviewCard review={review} onDecided={onDecided} />}
    />
  );
}
