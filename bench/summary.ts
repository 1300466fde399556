/**
 * bench/summary: latency (p50/p95) of a patient summary (rules engine: the
 * record, its PatientContext with histories, 7 calculators, red flags, the
 * cited sentences and the FHIR document) for the 473-entry US Core patient
 * (Inferno bundle, patient 355), against reading the same patient's
 * compartment from the store alone, in the same run, on PGlite and Postgres.
 * Then a small run of document text extraction: plain text, DOCX (mammoth),
 * PDF (unpdf) and PNG OCR (tesseract.js), documents/s and input KB/s.
 *
 *   npm run bench:summary            (ROUNDS=40 to change)
 */
import { readFixture } from '@meridian/fixtures';
import { transactionRequestSchema } from '@meridian/sdk';
import { documentKind } from '../packages/server/src/use-cases/documents/document-kinds.js';
import { extractDocumentText } from '../packages/server/src/use-cases/documents/extract-document-text.js';
import { stopOcr } from '../packages/server/src/use-cases/documents/ocr-image.js';
import { sampleDocx, sampleImage } from '../packages/server/src/use-cases/documents/testing/sample-documents.js';
import { processBundle } from '../packages/server/src/platform/fhir-store/process-bundle.js';
import { patientCompartment } from '../packages/server/src/platform/fhir-store/resource-repository.js';
import { minimalPdf } from '../packages/server/src/platform/rag/testing/minimal-pdf.js';
import { createServices } from '../packages/server/src/use-cases/services.js';
import { summarisePatient } from '../packages/server/src/use-cases/summaries/summarise-patient.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import { createTestDb, postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const TENANT = 'bench-summary';
const PATIENT = 'Patient/355';
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const ms = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

async function summaryLatency(kind: 'pglite' | 'postgres') {
  const { db, dispose } = await createTestDb(kind);
  try {
    await ensureTenant(db, { id: TENANT, name: 'Bench' });
    const bundle = transactionRequestSchema.parse(
      readFixture('inferno-reference-server-data/uscore_bundle_patient_355.json'),
    );
    await db.transaction((tx) => processBundle(tx, TENANT, bundle));
    const services = createServices({ db });
    const target = { tenantId: TENANT, patient: PATIENT, fhirBase: 'http://bench/fhir' };
    const read = () => patientCompartment(db, TENANT, PATIENT);
    const summarise = () => summarisePatient(services, db, target, { referenceTime: '2024-01-01T00:00:00Z' });
    const first = await summarise();
    for (let i = 0; i < 5; i++) {
      await read(); // warm up
      await summarise();
    }
    const baseline: number[] = [];
    const summary: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2) {
        summary.push(await ms(summarise));
        baseline.push(await ms(read));
      } else {
        baseline.push(await ms(read));
        summary.push(await ms(summarise));
      }
    }
    const entries = (await read()).length;
    return {
      kind,
      entries,
      sentences: first.sentences.length,
      trends: first.trends.length,
      bundleEntries: first.document.entry!.length,
      baseline,
      summary,
    };
  } finally {
    await dispose();
  }
}

async function extractionRate(label: string, contentType: string, bytes: Buffer, runs: number) {
  const kind = documentKind(contentType)!;
  await extractDocumentText(kind, bytes, { transcription: null }); // warm up (the OCR worker starts here)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await ms(() => extractDocumentText(kind, bytes, { transcription: null })));
  const perDoc = median(times);
  return `| ${label} | ${fmt(bytes.length / 1024, 1)} | ${runs} | ${fmt(perDoc, 2)} | ${fmt(1000 / perDoc, 0)} | ${fmt(bytes.length / 1024 / (perDoc / 1000), 0)} |`;
}

const kinds: Array<'pglite' | 'postgres'> = ['pglite'];
if (!(await postgresUnavailableReason())) kinds.push('postgres');
console.log(
  `summary: ${PATIENT} (Inferno US Core bundle), ${ROUNDS} interleaved rounds per database, rules engine (no model)`,
);
console.log('| database | record resources | work | p50 ms | p95 ms | p50 vs read |');
console.log('|---|---|---|---|---|---|');
for (const kind of kinds) {
  const r = await summaryLatency(kind);
  const b50 = median(r.baseline);
  console.log(
    `| ${kind} | ${r.entries} | read the patient's compartment (baseline) | ${fmt(b50, 1)} | ${fmt(percentile(r.baseline, 95), 1)} | 1.00 |`,
  );
  console.log(
    `| ${kind} | ${r.entries} | summary: ${r.sentences} sentences, ${r.trends} trends, document of ${r.bundleEntries} entries | ${fmt(median(r.summary), 1)} | ${fmt(percentile(r.summary, 95), 1)} | ${fmt(median(r.summary) / b50, 2)} |`,
  );
}

const prose =
  'The patient was seen in clinic for review of asthma and hypertension; symptoms are stable and the inhaler technique was checked. ';
console.log('\ndocuments: text extraction alone (no database), medians');
console.log('| input | size KB | runs | ms per document | documents/s | input KB/s |');
console.log('|---|---|---|---|---|---|');
console.log(await extractionRate('plain text', 'text/plain', Buffer.from(prose.repeat(400)), 30));
console.log(
  await extractionRate(
    'DOCX, 200 paragraphs (mammoth)',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    await sampleDocx(Array.from({ length: 200 }, (_, i) => `${i + 1}. ${prose}`)),
    10,
  ),
);
console.log(
  await extractionRate(
    'PDF, 10 pages x 40 lines (unpdf)',
    'application/pdf',
    minimalPdf(
      Array.from({ length: 10 }, () => Array.from({ length: 40 }, (_, i) => `Line ${i + 1}: ${prose.slice(0, 80)}`)),
    ),
    10,
  ),
);
console.log(
  await extractionRate(
    'PNG 900x340, 5 lines (tesseract.js OCR)',
    'image/png',
    sampleImage([
      'Discharge summary: pneumonia',
      'Blood pressure 128/82 mmHg',
      'Heart rate 88 /min',
      'Allergic to penicillin',
      'Follow up in two weeks',
    ]),
    5,
  ),
);
await stopOcr();
