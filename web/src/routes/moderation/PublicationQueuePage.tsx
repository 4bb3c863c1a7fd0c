import { ReviewQueue } from '../../features/moderation/components/ReviewQueue';
import { PublicationReviewCard } from '../../features/publications/components/PublicationReviewCard';
import { PUBLICATION_QUEUE_QUERY } from '../../features/publications/graphql/queries/publication-queue.query';
import { fr } from '../../i18n/fr';
import { useApiQuery } from '../../lib/use-api-query';

export function PublicationQueuePage() {
  const t = fr.publications.queue;
  const { data, error, refetch } = useApiQuery(PUBLICATION_QUEUE_QUERY, { first: 30 });
  return (
    <ReviewQueue
      title={t.title}
      lead={t.lead}
      empty={t.empty}
      items={data?.publicationQueue.edges.map((e) => e.node)}
      error={error}
      refetch={refetch}
      renderItem={(review, onDecided) => <PublicationReviewCard review={review} onDecided={onDecided} />}
    />
  );
}
