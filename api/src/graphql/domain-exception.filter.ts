import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException } from '../common/errors/domain.exception.js';

/**
 * Expected outcomes (bad input, conflicts, refusals) go straight to formatGraphQLError without
 * Nest logging them as server errors; only unexpected errors reach the logs.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException): DomainException {
    return exception;
  }
}
