/** Bounds on the shape of a JSON value. */
export interface JsonLimits {
  /** Most nested objects and arrays (the outermost counts 1). */
  maxDepth: number;
  /** Most elements in one array. */
  maxArrayLength: number;
  /** Most UTF-16 code units in one string or key. */
  maxStringLength: number;
  /** Whether a string or key holds a character it may not (checked only when given). */
  forbiddenText?: ((text: string) => boolean) | undefined;
}

/**
 * The bounds every JSON request body is held to before any handler sees it.
 * Real FHIR resources nest well under 30 levels (Questionnaire items,
 * extensions of extensions); PGlite's WASM stack overflows past about 900
 * (a RuntimeError that leaves the instance unusable), and `JSON.stringify`
 * and recursive walks overflow V8's stack past a few thousand. A transaction
 * carries at most 20,000 entries (`MAX_BUNDLE_ENTRIES`).
 *
 * @example
 * ```ts
 * findJsonShapeProblem(req.body, JSON_BODY_LIMITS); // undefined when within bounds
 * ```
 */
export const JSON_BODY_LIMITS = {
  maxDepth: 100,
  maxArrayLength: 100_000,
  maxStringLength: 16 * 1024 * 1024,
} as const satisfies JsonLimits;

/** Where a JSON value breaks its limits, and how. */
export interface JsonShapeProblem {
  /** FHIRPath-like location: `body.entry[0].resource.extension[0]`. */
  path: string;
  problem: string;
}

interface Frame {
  value: object;
  depth: number;
  key: string | number | undefined;
  parent: Frame | undefined;
}

function pathOf(frame: Frame | undefined, last: string | number | undefined, root: string): string {
  const parts: Array<string | number> = last === undefined ? [] : [last];
  for (let f = frame; f?.parent; f = f.parent) parts.unshift(f.key!);
  return parts.reduce<string>(
    (path, k) =>
      typeof k === 'number' ? `${path}[${k}]` : `${path}.${JSON.stringify(k).slice(1, 65).replace(/"$/, '')}`,
    root,
  );
}

function textProblem(text: string, limits: JsonLimits, what: string): string | undefined {
  if (text.length > limits.maxStringLength)
    return `${what} longer than ${limits.maxStringLength.toLocaleString('en-US')} characters`;
  if (limits.forbiddenText?.(text))
    return `${what} contains a character a FHIR string may not hold (a control character or an unpaired surrogate)`;
  return undefined;
}

/**
 * Walks a parsed JSON value without recursion (so no depth can overflow the
 * stack) and returns the first place it breaks `limits`, or `undefined`.
 * Values are never echoed in the problem (they may be PHI).
 *
 * @example
 * ```ts
 * findJsonShapeProblem({ a: [[['x']]] }, { maxDepth: 2, maxArrayLength: 10, maxStringLength: 10 });
 * // { path: 'body.a[0]', problem: 'nested deeper than 2 levels' }
 * ```
 */
export function findJsonShapeProblem(value: unknown, limits: JsonLimits, root = 'body'): JsonShapeProblem | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value, limits, 'a string');
    return problem ? { path: root, problem } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const stack: Frame[] = [{ value, depth: 1, key: undefined, parent: undefined }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > limits.maxDepth)
      return { path: pathOf(frame, undefined, root), problem: `nested deeper than ${limits.maxDepth} levels` };
    if (Array.isArray(frame.value)) {
      const array = frame.value as unknown[];
      if (array.length > limits.maxArrayLength) {
        return {
          path: pathOf(frame, undefined, root),
          problem: `an array longer than ${limits.maxArrayLength.toLocaleString('en-US')} elements`,
        };
      }
      for (let i = 0; i < array.length; i++) {
        const child = array[i];
        if (typeof child === 'string') {
          const problem = textProblem(child, limits, 'a string');
          if (problem) return { path: pathOf(frame, i, root), problem };
        } else if (child !== null && typeof child === 'object') {
          stack.push({ value: child, depth: frame.depth + 1, key: i, parent: frame });
        }
      }
      continue;
    }
    for (const key in frame.value) {
      const keyProblem = textProblem(key, limits, 'a property name');
      if (keyProblem) return { path: pathOf(frame, undefined, root), problem: keyProblem };
      const child = (frame.value as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        const problem = textProblem(child, limits, 'a string');
        if (problem) return { path: pathOf(frame, key, root), problem };
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
      }
    }
  }
  return undefined;
}
