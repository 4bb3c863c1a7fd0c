import type { IncomingMessage } from 'node:http';

/** Facts the GraphQL layer learns about a request, for its closing log line and its metrics. */
export interface RequestFacts {
  /** `query company`, `mutation signUp`: the operation type and its first root field. */
  graphqlOperation?: string;
  /** Public `extensions.code` of every error answered. */
  graphqlErrorCodes?: string[];
}

const FACTS = Symbol('bonpayeur.requestFacts');
type WithFacts = IncomingMessage & { [FACTS]?: RequestFacts };

export function requestFacts(req: IncomingMessage): RequestFacts {
  const holder = req as WithFacts;
  holder[FACTS] ??= {};
  return holder[FACTS];
}
