import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { type CostSettings, fragmentsOf, operationCost } from './query-cost';
import { LimitErrorCode } from './request-limits';

/**
 * Refuses an operation whose estimated cost (query-cost.ts) is over `maxCost`, and reports the cost
 * of every operation that resolved in the response's `extensions.cost: { requested, limit }`.
 *
 * It runs in `didResolveOperation`, not as a validation rule: validation sees no variables (and its
 * verdict is cached per document), while page sizes usually come in variables. An error thrown there
 * is answered at once with the status in `extensions.http` (Apollo Server's request pipeline).
 * `onCost` is told every computed cost (the request log carries it).
 */
export function costLimitPlugin(
  maxCost: number,
  settings?: Partial<CostSettings>,
  onCost?: (cost: number) => void,
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          requested = operationCost({
            schema,
            operation,
            fragments: fragmentsOf(document.definitions),
            variables: request.variables,
            settings,
          });
          onCost?.(requested);
          if (requested > maxCost) {
            throw new GraphQLError(
              `The operation's estimated cost is ${requested}, over the limit of ${maxCost}. ` +
                'Ask for smaller pages (`first`/`last`) or fewer nested lists, or split the query.',
              { extensions: { code: LimitErrorCode.COST_LIMIT_EXCEEDED, cost: { requested, limit: maxCost }, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: maxCost } };
        },
      };
    },
  };
}
