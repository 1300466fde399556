import { ASSERTION_LABELS, type Mention } from './describe-mention.js';

/**
 * The FHIR resource a selected span became: its type, code and display, the
 * status its assertion was mapped onto, the evidence, and the JSON in a
 * disclosure. Internal to {@link ExtractionView}.
 *
 * @example
 * ```tsx
 * <MentionDetail mention={mentions[0]} />
 * ```
 */
export function MentionDetail({ mention, id }: { mention: Mention | undefined; id: string }) {
  return (
    <div id={id} className="mw-mention" role="region" aria-label="Selected resource" aria-live="polite">
      {!mention ? (
        <p className="mw-muted">
          Select a highlighted span (click, or Tab to it and press Enter) to see the FHIR resource it became.
        </p>
      ) : (
        <>
          <dl className="mw-mention__facts">
            <dt>Resource</dt>
            <dd>{mention.resourceType}</dd>
            <dt>What</dt>
            <dd>{mention.display ?? 'text only (no code)'}</dd>
            {mention.code && (
              <>
                <dt>Code</dt>
                <dd>
                  <code>{mention.code}</code>
                </dd>
              </>
            )}
            <dt>Assertion</dt>
            <dd>
              {mention.assertions.length
                ? mention.assertions.map((a) => ASSERTION_LABELS[a]).join(', ')
                : ASSERTION_LABELS.affirmed}
            </dd>
            {mention.status && (
              <>
                <dt>Status</dt>
                <dd>{mention.status}</dd>
              </>
            )}
            {mention.span && (
              <>
                <dt>Evidence</dt>
                <dd>
                  “{mention.span.text}” (characters {mention.span.start}–{mention.span.end})
                </dd>
              </>
            )}
          </dl>
          <details>
            <summary>FHIR JSON</summary>
            <pre className="mw-citation__json">{JSON.stringify(mention.resource, null, 2)}</pre>
          </details>
        </>
      )}
    </div>
  );
}
