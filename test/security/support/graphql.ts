import type { Caller } from './callers';

/** POSTs a query to /graphql as a caller. */
export const gql = async (
  url: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {}
) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(caller.bearer ? { authorization: `Bearer ${caller.bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
};
