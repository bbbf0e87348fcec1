/**
 * The admin routes check a request body's shape as the Content API's write routes do
 * (middlewares/body-limits.ts: nesting deeper than 64 levels answers 400, more than 100,000
 * values 413), before a policy-passed request reaches a controller, a validator or an error
 * handler that would walk it recursively. Added to every route (a GET has no body to check),
 * so that a route added later cannot be left out.
 */
type AdminRoute = { config?: { middlewares?: unknown[] } & Record<string, unknown> };

export const withBodyLimits =
  <T extends { routes: AdminRoute[] }>(routes: () => T) =>
  (): T => {
    const router = routes();
    return {
      ...router,
      routes: router.routes.map((route) => ({
        ...route,
        config: {
          ...route.config,
          middlewares: ['plugin::newsroom.body-limits', ...(route.config?.middlewares ?? [])],
        },
      })),
    };
  };
