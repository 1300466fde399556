import { useMemo, useState } from 'react';
import { Meridian } from '@meridian/sdk';
import {
  AlertsFeed,
  AuditTrail,
  CaseAnalysis,
  ExtractionView,
  MeridianProvider,
  PatientSummary,
  RiskPanel,
} from '@meridian/react-widgets';
import { KeyForm } from './key-form.js';
import { PatientCards } from './patient-cards.js';
import { PatientList, type PatientEntry } from './patient-list.js';
import type { PortalConfig } from './portal-config.js';
import { SAMPLE_NOTE } from './sample-note.js';

/**
 * The demo portal: the tenant's patients and its live alerts, and for the
 * chosen patient their risk scores with trends, the cards patient-view
 * returns, a case analysis (the rules engine when no model is configured,
 * and it says so), their machine-generated summary, a synthetic note to
 * extract to FHIR, and the audit trail with the chain's verification, every
 * call through the SDK.
 *
 * @example
 * ```tsx
 * createRoot(element).render(<Portal config={readPortalConfig(document)} baseUrl={location.origin} />);
 * ```
 */
export function Portal({ config, baseUrl }: { config: PortalConfig; baseUrl: string }) {
  const [apiKey, setApiKey] = useState(config.apiKey);
  const [patient, setPatient] = useState<PatientEntry>();
  const client = useMemo(() => (apiKey ? new Meridian({ baseUrl, apiKey }) : undefined), [apiKey, baseUrl]);
  return (
    <>
      <header className="portal-header">
        <p className="portal-brand">Meridian</p>
        <h1>Demo portal</h1>
        {config.demo && (
          <p className="portal-demo-banner" role="note">
            <strong>Demo.</strong> Fictional patients in the demo tenant, reached with the demo key this server printed
            at start. Not for real patient data. Decision support only: it does not replace clinical judgement.
          </p>
        )}
      </header>
      <main className="portal-main">
        {!client ? (
          <KeyForm withheld={config.keyWithheld === true} onKey={setApiKey} />
        ) : (
          <MeridianProvider client={client}>
            <div className="portal-layout">
              <div className="portal-side">
                <PatientList selected={patient?.reference} onSelect={setPatient} />
                <AlertsFeed headingLevel={2} title="Live alerts" count={10} className="portal-alerts" />
              </div>
              {patient && (
                <div className="portal-patient" key={patient.reference}>
                  <h2 className="portal-patient-title">
                    {patient.name} <span className="portal-patient-details">{patient.details}</span>
                  </h2>
                  <PatientCards patient={patient.reference} baseUrl={baseUrl} feedback={config.cdsFeedback === true} />
                  <CaseAnalysis patient={patient.reference} headingLevel={3} title="Case analysis (demo)" />
                  <RiskPanel
                    patient={patient.reference}
                    headingLevel={3}
                    title="Risk scores and their trends"
                    criteriaOpen={false}
                  />
                  <PatientSummary
                    patient={patient.reference}
                    headingLevel={3}
                    title="Summary (demo, machine-generated)"
                  />
                  <ExtractionView
                    headingLevel={3}
                    title="Note to extract (demo: a synthetic note, about no one)"
                    initialText={SAMPLE_NOTE}
                  />
                  <AuditTrail patient={patient.reference} headingLevel={3} pageSize={10} />
                </div>
              )}
            </div>
          </MeridianProvider>
        )}
      </main>
    </>
  );
}
