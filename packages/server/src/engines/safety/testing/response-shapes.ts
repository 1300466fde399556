/**
 * One finished answer of each kind the guardrail walks (case analysis,
 * patient summary with its document Bundle, note extraction, CDS Hooks
 * cards), valid against its SDK schema, with its schema: the ground the
 * guardrail's property tests put doses into.
 *
 * @module
 */
import {
  caseAnalysisSchema,
  cdsServiceResponseSchema,
  extractionResultSchema,
  LIKELIHOOD_RANGES,
  patientSummarySchema,
  type CaseAnalysis,
  type CdsServiceResponse,
  type ExtractionResult,
  type PatientSummary,
} from '@meridian/sdk';

const fact = (reference: string) => ({ kind: 'patient-fact' as const, reference });

/** A case analysis with a coded differential, findings, a red flag and risk scores. */
export const CASE_ANALYSIS_EXAMPLE: CaseAnalysis = {
  patient: 'Patient/p1',
  referenceTime: '2026-06-01T12:00:00.000Z',
  caseSummary: '78-year-old woman with fever 38.6 °C, HR 118, RR 24, SBP 98. NEWS2 at least 9 (high), qSOFA 2.',
  differentials: [
    {
      condition: 'Sepsis',
      code: { system: 'http://snomed.info/sct', code: '91302008', display: 'Sepsis (disorder)' },
      likelihood: { band: 'high', probabilityRange: LIKELIHOOD_RANGES.high },
      findingsFor: ['Heart rate 118/min', 'Lactate 4.1 mmol/L'],
      findingsAgainst: ['No focal chest signs'],
      citations: [fact('Observation/hr'), { kind: 'guideline', chunkId: 'gch-1' }],
    },
    {
      condition: 'Community-acquired pneumonia',
      likelihood: { band: 'moderate', probabilityRange: LIKELIHOOD_RANGES.moderate },
      findingsFor: ['RR 24/min'],
      findingsAgainst: [],
      citations: [fact('Observation/rr')],
    },
  ],
  redFlags: [
    {
      finding: 'Systolic BP 88 mmHg',
      why: 'Hypotension below 90 mmHg is a red flag on its own.',
      urgency: 'emergency',
      citations: [fact('Observation/sbp')],
    },
  ],
  riskScores: [
    {
      calculatorId: 'news2',
      title: 'NEWS2',
      status: 'incomplete',
      total: 9,
      totalRange: { min: 9, max: 12 },
      band: { id: 'high', label: 'High' },
      missing: ['consciousness', 'oxygen'],
    },
  ],
  escalation: { level: 'emergency', advice: 'Emergency assessment by a team with critical care competencies.' },
  triage: 'urgent',
  disclaimers: ['Decision support only: the treating clinician remains responsible for the patient.'],
  provenance: {
    engine: 'llm',
    endpoint: 'http://vllm:8000',
    model: 'meridian-llama',
    promptVersion: 'case-analysis/3',
    retrievedChunks: ['gch-1'],
    latencyMs: 120,
    fallbacks: [{ model: 'adapter-a', reason: 'timed out after 5000 ms' }],
    removals: { dosing: 0, uncited: 0, fabricatedCitations: 0 },
    cached: false,
  },
};

/** A patient summary whose Bundle carries the Composition, a MedicationRequest and an Observation. */
export const PATIENT_SUMMARY_EXAMPLE: PatientSummary = {
  patient: 'Patient/p1',
  referenceTime: '2026-06-01T12:00:00.000Z',
  document: {
    resourceType: 'Bundle',
    id: 'doc-1',
    type: 'document',
    timestamp: '2026-06-01T12:00:00.000Z',
    entry: [
      {
        fullUrl: 'http://meridian.test/fhir/Composition/doc-1',
        resource: {
          resourceType: 'Composition',
          id: 'doc-1',
          status: 'preliminary',
          title: 'Patient summary',
          text: {
            status: 'generated',
            div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Long-standing hypertension.</p></div>',
          },
          section: [
            {
              title: 'Medications',
              text: { status: 'generated', div: '<div><p>Medication on record: Amoxicillin.</p></div>' },
            },
          ],
        },
      },
      {
        fullUrl: 'http://meridian.test/fhir/MedicationRequest/m1',
        resource: {
          resourceType: 'MedicationRequest',
          id: 'm1',
          status: 'active',
          medicationCodeableConcept: {
            coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '723', display: 'Amoxicillin' }],
          },
          dosageInstruction: [{ text: 'As directed by the prescriber' }],
        },
      },
      {
        fullUrl: 'http://meridian.test/fhir/Observation/k1',
        resource: {
          resourceType: 'Observation',
          id: 'k1',
          status: 'final',
          code: {
            coding: [
              { system: 'http://loinc.org', code: '2823-3', display: 'Potassium [Moles/volume] in Serum or Plasma' },
            ],
          },
          valueQuantity: { value: 3.1, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' },
        },
      },
    ],
  },
  sentences: [
    {
      section: 'medications',
      text: 'Medication on record: Amoxicillin (active).',
      sources: ['MedicationRequest/m1'],
      engine: 'rules',
    },
  ],
  narrative: [{ section: 'problems', text: 'Long-standing hypertension.', sources: ['Observation/k1'], engine: 'llm' }],
  trends: [
    {
      concept: 'potassium',
      label: 'Potassium',
      kind: 'laboratory',
      unit: 'mmol/L',
      direction: 'falling',
      change: -0.6,
      values: [{ value: 3.1, effective: '2026-06-01T10:00:00Z', source: 'Observation/k1', stale: false }],
    },
  ],
  provenance: {
    engine: 'llm',
    promptVersion: 'patient-summary/1',
    chunks: 1,
    latencyMs: 40,
    fallbacks: [],
    removals: { dosing: 0, uncited: 0, ungrounded: 0 },
  },
};

/** A note extraction with a Condition, a MedicationStatement and the oncology fields. */
export const EXTRACTION_EXAMPLE: ExtractionResult = {
  patient: 'Patient/p1',
  profile: 'oncology',
  bundle: {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { resource: { resourceType: 'Condition', code: { text: 'melanoma' }, subject: { reference: 'Patient/p1' } } },
      {
        resource: {
          resourceType: 'MedicationStatement',
          status: 'active',
          medicationCodeableConcept: { text: 'nivolumab' },
          extension: [
            {
              url: 'https://meridian.example.org/fhir/StructureDefinition/source-span',
              extension: [{ url: 'text', valueString: 'nivolumab' }],
            },
          ],
          subject: { reference: 'Patient/p1' },
        },
      },
    ],
  },
  oncology: {
    cancer_type: 'melanoma',
    stage: 'IV',
    gene_mutation: 'BRAF V600E',
    biomarker: null,
    treatment: 'nivolumab and ipilimumab',
    response: 'partial response',
    metastasis_site: 'brain',
  },
  provenance: {
    engine: 'rules',
    model: null,
    promptVersion: null,
    grounding: null,
    notes: ['rules engine'],
    latencyMs: 3,
  },
  counts: {
    resources: { Condition: 1, MedicationStatement: 1 },
    coded: 0,
    textOnly: 2,
    skipped: { negatedFamilyHistory: 0, familyNonCondition: 0, allergenOutsideAllergyContext: 0 },
    sentences: 1,
    sentencesWithoutFindings: 0,
  },
};

/** CDS Hooks cards with a detail, a source topic, a suggestion with an action, links and override reasons. */
export const CDS_RESPONSE_EXAMPLE: CdsServiceResponse = {
  cards: [
    {
      uuid: '7f9d3c1e-1111-4a2b-9c3d-0123456789ab',
      summary: 'NEWS2 9: high clinical risk',
      detail: 'Aggregate score 9.\n\nEmergency assessment is advised.',
      indicator: 'critical',
      source: {
        label: 'Meridian clinical decision support',
        url: 'https://meridian.dev/docs/cds-hooks',
        topic: { system: 'https://meridian.dev/fhir/CodeSystem/card-type', code: 'news2', display: 'NEWS2' },
      },
      suggestions: [
        {
          label: 'Request a critical care review',
          uuid: '7f9d3c1e-2222-4a2b-9c3d-0123456789ab',
          actions: [
            {
              type: 'create',
              description: 'Create a review request',
              resource: {
                resourceType: 'ServiceRequest',
                status: 'draft',
                intent: 'proposal',
                code: { text: 'Critical care review' },
              },
            },
          ],
        },
      ],
      selectionBehavior: 'at-most-one',
      overrideReasons: [
        {
          system: 'https://meridian.dev/fhir/CodeSystem/override',
          code: 'already-seen',
          display: 'Patient already seen',
        },
      ],
      links: [
        {
          label: 'RCP 2017: National Early Warning Score (NEWS) 2',
          url: 'https://www.rcp.ac.uk/news2',
          type: 'absolute',
        },
      ],
    },
    {
      uuid: '7f9d3c1e-3333-4a2b-9c3d-0123456789ab',
      summary: 'qSOFA 2: possible sepsis',
      indicator: 'warning',
      source: { label: 'Meridian clinical decision support' },
    },
  ],
};

/** Each example with its name and schema. */
export const RESPONSE_SHAPES = [
  { name: 'case analysis', value: CASE_ANALYSIS_EXAMPLE, schema: caseAnalysisSchema },
  { name: 'patient summary', value: PATIENT_SUMMARY_EXAMPLE, schema: patientSummarySchema },
  { name: 'note extraction', value: EXTRACTION_EXAMPLE, schema: extractionResultSchema },
  { name: 'CDS cards', value: CDS_RESPONSE_EXAMPLE, schema: cdsServiceResponseSchema },
] as const;
