import type { Router } from 'express';

/**
 * Every `METHOD /path` an Express app routes, from its router stacks (paths
 * as declared: `/fhir/:type/:id`), without duplicates.
 *
 * @example
 * ```ts
 * appRoutes(createApp({ services })); // ['GET /health/live', 'GET /health/ready', …]
 * ```
 */
export function appRoutes(app: unknown): string[] {
  const out: string[] = [];
  const walk = (stack: Router['stack']) => {
    for (const layer of stack) {
      const route = layer.route as { path: string | string[]; methods: Record<string, boolean> } | undefined;
      if (route)
        for (const path of [route.path].flat())
          for (const method of Object.keys(route.methods)) out.push(`${method.toUpperCase()} ${path}`);
      else if ((layer.handle as unknown as Router).stack) walk((layer.handle as unknown as Router).stack);
    }
  };
  walk((app as { router: Router }).router.stack);
  return [...new Set(out)];
}
