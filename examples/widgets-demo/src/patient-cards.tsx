import { useEffect, useMemo, useState } from 'react';
import { Meridian, type CdsCard } from '@meridian/sdk';
import { CdsCards, cdsFeedbackPoster, useMeridian } from '@meridian/react-widgets';

/** The CDS Service whose patient-view cards the portal shows. */
export const PATIENT_VIEW_SERVICE = 'meridian-patient-risk';

/**
 * The cards `patient-view` returns for the chosen patient, through
 * `client.cdsHooks.preview()` (the service run on the stored record, API
 * key). With `feedback`, overrides and accepted suggestions go to the CDS
 * Hooks feedback endpoint the way an EHR posts them, unsigned: only the
 * embedded demo started with `MERIDIAN_CDS_ALLOW_UNSIGNED=true` accepts
 * that (audited as unverified); elsewhere the EHR signs its feedback, so
 * the portal offers none and says why.
 *
 * @example
 * ```tsx
 * <PatientCards patient="Patient/demo-ada" baseUrl={location.origin} feedback />
 * ```
 */
export function PatientCards({ patient, baseUrl, feedback }: { patient: string; baseUrl: string; feedback: boolean }) {
  const { client } = useMeridian();
  const [cards, setCards] = useState<CdsCard[]>();
  const [error, setError] = useState<string>();
  const ehr = useMemo(() => new Meridian({ baseUrl }), [baseUrl]);
  useEffect(() => {
    let current = true;
    client.cdsHooks.preview(PATIENT_VIEW_SERVICE, { patient }).then(
      (response) => current && setCards(response.cards),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [client, patient]);
  if (error) return <p role="alert">Could not load the cards: {error}</p>;
  if (!cards) return <p role="status">Loading the cards patient-view returns…</p>;
  return (
    <>
      <CdsCards
        cards={cards}
        headingLevel={3}
        title="Cards patient-view returns (demo preview)"
        className="portal-cards"
        onFeedback={feedback ? cdsFeedbackPoster(ehr, PATIENT_VIEW_SERVICE) : undefined}
      />
      {!feedback && (
        <p className="portal-note">
          Overrides are sent as an EHR sends them, which needs the EHR&apos;s signed JWT. To try them in this demo,
          start the server with <code>MERIDIAN_CDS_ALLOW_UNSIGNED=true</code>.
        </p>
      )}
    </>
  );
}
