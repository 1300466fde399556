// Module resolve hook for bench/guardrail's latency worker: every import of the
// guardrail's exit functions gets the pre-issue-17 guardrail instead.
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.endsWith('/engines/safety/guard-outputs.ts'))
    return { ...resolved, url: new URL('./legacy-guard-outputs.ts', import.meta.url).href };
  return resolved;
}
