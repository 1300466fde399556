import { useEffect, useMemo, useState } from 'react';
import { Meridian, type CdsCard } from '@meridian/sdk';
import { CdsCards, cdsFeedbackPoster, useMeridian } from '@meridian/react-widgets';

/** The CDS Service whose patient-view cards the portal shows. */
export const PATIENT_VIEW_SERVICE = 'meridian-patient-risk';

/**
 * The cards `patient-view` returns for the chosen patient, through
 * `client.cdsHooks.preview()` (the service run on the stored record, API
 * key). Feedback goes to the CDS Hooks feedback endpoint the way an EHR
 * posts it; the embedded demo mode accepts it unsigned (audited as
 * unverified), a production server asks for the EHR's JWT.
 *
 * @example
 * ```tsx
 * <PatientCards patient="Patient/demo-ada" baseUrl={location.origin} />
 * ```
 */
export function PatientCards({ patient, baseUrl }: { patient: string; baseUrl: string }) {
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
    <CdsCards
      cards={cards}
      headingLevel={3}
      title="Cards patient-view returns (demo preview)"
      className="portal-cards"
      onFeedback={cdsFeedbackPoster(ehr, PATIENT_VIEW_SERVICE)}
    />
  );
}
