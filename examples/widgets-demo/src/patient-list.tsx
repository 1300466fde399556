import { useEffect, useState } from 'react';
import { patientDisplayName } from '@meridian/sdk';
import { useMeridian } from '@meridian/react-widgets';

/** A patient as the list shows it. */
export interface PatientEntry {
  reference: string;
  name: string;
  details: string;
}

type FhirPatient = {
  resourceType: string;
  id?: string;
  name?: Array<{ given?: string[]; family?: string; text?: string }>;
  gender?: string;
  birthDate?: string;
};

function describePatient(p: FhirPatient): PatientEntry {
  const name = patientDisplayName(p) ?? `Patient/${p.id}`;
  return {
    reference: `Patient/${p.id}`,
    name,
    details: [p.gender, p.birthDate && `born ${p.birthDate}`].filter(Boolean).join(', '),
  };
}

/**
 * The tenant's patients (`client.fhir.search('Patient')`) as a list of
 * buttons; the chosen one is marked `aria-current`.
 *
 * @example
 * ```tsx
 * <PatientList selected={patient} onSelect={setPatient} />
 * ```
 */
export function PatientList({
  selected,
  onSelect,
}: {
  selected: string | undefined;
  onSelect: (p: PatientEntry) => void;
}) {
  const { client } = useMeridian();
  const [patients, setPatients] = useState<PatientEntry[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    client.fhir.search<FhirPatient>('Patient', { _count: 50 }).then(
      (page) => {
        const list = page.resources.map(describePatient).sort((a, b) => a.reference.localeCompare(b.reference));
        setPatients(list);
        if (!selected && list[0]) onSelect(list[0]);
      },
      (e: Error) => setError(e.message),
    );
    // Load once per client; selection changes do not reload the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);
  if (error) return <p role="alert">Could not list patients: {error}</p>;
  if (!patients) return <p role="status">Loading patients…</p>;
  return (
    <nav aria-label="Patients" className="portal-patients">
      <h2>Patients</h2>
      <ul>
        {patients.map((p) => (
          <li key={p.reference}>
            <button
              type="button"
              aria-current={p.reference === selected ? 'true' : undefined}
              onClick={() => onSelect(p)}
            >
              <span className="portal-patient-name">{p.name}</span>
              <span className="portal-patient-details">{p.details}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
