/**
 * The URL when it is `http:` or `https:`, else `undefined`: a card's link or
 * icon from a service is never given another scheme (`javascript:`, `data:`).
 *
 * @example
 * ```ts
 * safeHttpUrl('javascript:alert(1)'); // undefined
 * ```
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
