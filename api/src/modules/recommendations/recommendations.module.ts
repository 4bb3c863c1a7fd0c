import { Module } from '@nestjs/common';
import { ScoresModule } from '../scores/scores.module.js';
import { CompanyRecommendationsResolver, InvoiceRecommendationResolver, RecommendationsResolver } from './recommendations.resolver.js';
import { RecommendationsService } from './recommendations.service.js';

@Module({
  imports: [ScoresModule],
  providers: [RecommendationsService, RecommendationsResolver, CompanyRecommendationsResolver, InvoiceRecommendationResolver],
})
export class RecommendationsModule {}
