/**
 * Which `fhirServer` Meridian will send an EHR's access token to. A CDS
 * request names its FHIR server itself, so without a check any caller could
 * make Meridian issue requests to an address of its choosing (server-side
 * request forgery). Each registered EHR client lists its FHIR base URLs; a
 * `fhirServer` is allowed when it is one of them or lies under one (same
 * scheme, host and port; the path at a segment boundary).
 *
 * @module
 */

const parse = (url: string): URL | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
};

const trimSlashes = (path: string) => path.replace(/\/+$/, '');

/**
 * True when `fhirServer` lies under one of `allowed`. `undefined` allows any
 * (only the embedded demo's unsigned caller has no list).
 *
 * @example
 * ```ts
 * fhirServerAllowed('https://ehr.example.org/fhir/r4', ['https://ehr.example.org/fhir']); // true
 * fhirServerAllowed('https://ehr.example.org/fhirx', ['https://ehr.example.org/fhir']); // false
 * fhirServerAllowed('http://169.254.169.254/latest', ['https://ehr.example.org/fhir']); // false
 * ```
 */
export function fhirServerAllowed(fhirServer: string, allowed: readonly string[] | undefined): boolean {
  const target = parse(fhirServer);
  if (!target || target.username || target.password) return false;
  if (allowed === undefined) return true;
  const path = trimSlashes(target.pathname);
  return allowed.some((base) => {
    const entry = parse(base);
    if (!entry || entry.origin !== target.origin) return false;
    const basePath = trimSlashes(entry.pathname);
    return path === basePath || path.startsWith(`${basePath}/`);
  });
}
