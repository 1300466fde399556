// A page with no build step: one ES module from the standalone bundle.
import {
  Meridian,
  mount,
  AuditTrail,
  AlertsFeed,
  CaseAnalysis,
  CdsCards,
  ExtractionView,
  PatientSummary,
} from './assets/standalone/meridian-widgets.js';

const meta = document.querySelector('meta[name="meridian-portal"]');
const { apiKey } = JSON.parse(meta?.getAttribute('content') || '{}');
if (apiKey) {
  const client = new Meridian({ baseUrl: window.location.origin, apiKey });
  mount(document.getElementById('audit'), client, AuditTrail, { patient: 'Patient/demo-ada', pageSize: 5 });
  mount(document.getElementById('alerts'), client, AlertsFeed, { count: 5 });
  mount(document.getElementById('case'), client, CaseAnalysis, { patient: 'Patient/demo-ada' });
  mount(document.getElementById('summary'), client, PatientSummary, {
    patient: 'Patient/demo-ada',
    title: 'Summary of Ada',
  });
  mount(document.getElementById('note'), client, ExtractionView, {
    text: 'Denies chest pain. Allergic to penicillin.',
    title: 'A two-sentence note',
  });
  const { cards } = await client.cdsHooks.preview('meridian-patient-risk', { patient: 'Patient/demo-ada' });
  mount(document.getElementById('cards'), client, CdsCards, { cards, title: 'Cards for Ada' });
} else {
  document.getElementById('plain-status').textContent =
    'No demo key in this page: open it from the machine running the demo server.';
}
