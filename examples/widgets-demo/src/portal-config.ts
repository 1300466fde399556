/** What the server put in the page (`<meta name="meridian-portal">`). */
export interface PortalConfig {
  /** The server runs in demo mode (fictional patients, demo tenant). */
  demo: boolean;
  /** The demo tenant's key, when the server hands it to this browser. */
  apiKey?: string | undefined;
  /** Demo mode, but the key is given only to browsers on the server's machine. */
  keyWithheld?: boolean | undefined;
  /** The demo accepts unsigned CDS Hooks feedback (`MERIDIAN_CDS_ALLOW_UNSIGNED=true`), so the cards offer overrides. */
  cdsFeedback?: boolean | undefined;
}

/**
 * Reads the configuration the server injected into the page; an absent or
 * unreadable tag means no demo key (the page asks for one).
 *
 * @example
 * ```ts
 * const { apiKey } = readPortalConfig(document);
 * ```
 */
export function readPortalConfig(doc: Document): PortalConfig {
  const content = doc.querySelector('meta[name="meridian-portal"]')?.getAttribute('content');
  try {
    const parsed = JSON.parse(content ?? '{}') as Partial<PortalConfig>;
    return {
      demo: parsed.demo === true,
      apiKey: typeof parsed.apiKey === 'string' ? parsed.apiKey : undefined,
      keyWithheld: parsed.keyWithheld === true,
      cdsFeedback: parsed.cdsFeedback === true,
    };
  } catch {
    return { demo: false };
  }
}
