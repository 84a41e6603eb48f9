// The list pages through `ApiKeyConnection`, which the resolver module makes.
import './api-key.resolver';

import type { Context } from '../../context';
import { SortDirection } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { requireKeyAdministrator } from './api-key.access';

export const apiKeyList = describeList({
  type: 'ApiKey',
  query: {
    name: 'apiKeys',
    description: 'Partner API keys, newest first (without the keys themselves); for the system administrator.',
    // Anyone else is refused outright rather than shown an empty list (the row scope would hide every key too).
    guard: (ctx: Context) => requireKeyAdministrator(ctx.viewer, 'list API keys'),
  },
  filter: {
    on: 'API keys',
    argument: 'Conditions on keys.',
    fields: {
      personIds: filter.ids('Person', 'Person ids of the partner service accounts.', (t) => `${t}."person_id"`),
      // A key works until it is revoked or reaches its expiry, by the app's clock (as authentication decides).
      usable: filter.custom(
        () => Boolean,
        'True: only keys neither revoked nor expired; false: only the others.',
        (usable: boolean, t, { params, now }) => {
          const works = `(${t}."revoked_at" is null and ${t}."expires_at" > ${params.bind(now.toISOString())}::timestamptz)`;
          return usable ? works : `not ${works}`;
        },
      ),
    },
  },
  order: {
    on: 'API keys',
    default: 'CREATED_AT',
    defaultDirection: SortDirection.DESC,
    argument: 'Order (default CREATED_AT DESC: newest first).',
    orderings: {
      CREATED_AT: orderBy('timestamptz', (t) => `${t}."created_at"`),
    },
  },
});
