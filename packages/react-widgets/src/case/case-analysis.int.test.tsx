// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAnalysis as CaseAnalysisData, Meridian } from '@meridian/sdk';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import { renderWithClient } from '../testing/render.js';
import { CaseAnalysis, STANDING_DISCLAIMER } from './case-analysis.js';

describe('<CaseAnalysis> against the real server (rules engine: no model configured)', () => {
  let server: DemoServer;
  let clinician: Meridian;
  beforeAll(async () => {
    server = await startDemoServer();
    clinician = await server.client('clinician');
  });
  afterAll(async () => server?.close());

  it('starts a job for the patient, shows its progress from the job’s events, then the analysis labelled as the rules engine’s', async () => {
    const { container } = renderWithClient(clinician, <CaseAnalysis patient="Patient/demo-ada" />);
    const section = screen.getByRole('region', { name: 'Case analysis' });
    // The disclaimer is there before anything loads.
    expect(within(section).getByRole('note', { name: 'Disclaimers' }).textContent).toContain(STANDING_DISCLAIMER);
    await waitFor(() => expect(container.querySelector('progress')).not.toBeNull());
    expect(await screen.findAllByText('Rules engine — no model configured', {}, { timeout: 20_000 })).toHaveLength(2);
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(container.querySelector('progress')).toBeNull();
    expect(within(section).getByText(/^Escalation: (Routine|Urgent|Emergency)$/)).toBeTruthy();
    expect(within(section).getByRole('heading', { name: 'Differentials' })).toBeTruthy();
    const differentials = container.querySelectorAll('.mw-differential');
    expect(differentials.length).toBeGreaterThan(0);
    expect(differentials[0]!.textContent).toMatch(/(Low|Moderate|High) likelihood \(probability \d+%–\d+%\)/);
    // The server's own disclaimers are shown too.
    expect(within(section).getByRole('note', { name: 'Disclaimers' }).querySelectorAll('p').length).toBeGreaterThan(1);
  }, 30_000);

  it('opens a cited FHIR resource and a cited guideline chunk, fetched through the SDK', async () => {
    const user = userEvent.setup();
    const analysis = await clinician.cases.analyze({ patient: 'Patient/demo-ada' });
    const cited = [...analysis.differentials, ...analysis.redFlags].flatMap((c) => c.citations);
    const fact = cited.find((c) => c.kind === 'patient-fact');
    const guideline = cited.find((c) => c.kind === 'guideline');
    expect(fact && guideline, 'the rules engine cites patient facts and guideline chunks').toBeTruthy();
    renderWithClient(clinician, <CaseAnalysis analysis={analysis} />);
    const factButton = screen.getAllByRole('button', {
      name: fact!.kind === 'patient-fact' ? fact!.reference : '',
    })[0]!;
    expect(factButton.getAttribute('aria-expanded')).toBe('false');
    await user.click(factButton);
    expect(factButton.getAttribute('aria-expanded')).toBe('true');
    const factRegion = await screen.findByRole('region', {
      name: `Source: ${fact!.kind === 'patient-fact' ? fact!.reference : ''}`,
    });
    await waitFor(() => expect(within(factRegion).getByText('FHIR JSON')).toBeTruthy());
    expect(factRegion.querySelector('pre')!.textContent).toContain(
      `"id": "${fact!.kind === 'patient-fact' ? fact!.reference.split('/')[1] : ''}"`,
    );

    const chunkId = guideline!.kind === 'guideline' ? guideline!.chunkId : '';
    // A guideline passage by its words, its chunk id (an internal key) only in the title.
    const passage = screen.getAllByRole('button', { name: 'Guideline passage' }).find((b) => b.title === chunkId)!;
    await user.click(passage);
    const chunkRegion = document.getElementById(passage.getAttribute('aria-controls')!)!;
    expect(chunkRegion.getAttribute('aria-label')).toBe('Source: Guideline passage');
    const stored = await clinician.guidelines.chunk(chunkId);
    await waitFor(() => expect(within(chunkRegion).getByText(stored.text)).toBeTruthy());
  }, 30_000);

  it('follows an existing job by id over its events to the result', async () => {
    const accepted = await clinician.cases.submit({ patient: 'Patient/demo-ben', budgetMs: 0 });
    expect('jobId' in accepted).toBe(true);
    const jobId = 'jobId' in accepted ? accepted.jobId : '';
    renderWithClient(clinician, <CaseAnalysis jobId={jobId} title="Ben's analysis" />);
    expect(screen.getByRole('region', { name: "Ben's analysis" })).toBeTruthy();
    expect(await screen.findAllByText('Rules engine — no model configured', {}, { timeout: 20_000 })).toHaveLength(2);
    // A followed job cannot be re-run from here: no "Analyse again".
    expect(screen.queryByRole('button', { name: 'Analyse again' })).toBeNull();
  }, 30_000);

  it('shows a result as given, without calling the server, and a model’s name when a model answered', () => {
    const calls: string[] = [];
    const offline = { ...clinician, cases: { submit: async () => void calls.push('submit') } } as unknown as Meridian;
    const analysis: CaseAnalysisData = {
      patient: 'Patient/x',
      referenceTime: '2026-01-01T00:00:00Z',
      caseSummary: 'Summary.',
      differentials: [],
      redFlags: [],
      riskScores: [],
      escalation: { level: 'urgent', advice: 'Review within the hour.' },
      triage: 'urgent',
      disclaimers: ['Not a diagnosis.'],
      provenance: {
        engine: 'llm',
        model: 'm-7b',
        endpoint: 'http://vllm:8000',
        promptVersion: 'p1',
        retrievedChunks: [],
        latencyMs: 12,
        fallbacks: [],
        removals: { dosing: 1, uncited: 0, fabricatedCitations: 0 },
        cached: false,
      },
    };
    renderWithClient(offline, <CaseAnalysis analysis={analysis} />);
    expect(screen.getAllByText('Model m-7b at http://vllm:8000')).toHaveLength(2); // the headline and the details
    expect(screen.getByText('No differentials: the data did not point to a condition.')).toBeTruthy();
    expect(screen.getByText('Not a diagnosis.')).toBeTruthy();
    expect(screen.getByText('1 dosing, 0 uncited, 0 with a citation to nothing')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('says why when the job cannot start (unknown patient), with a retry', async () => {
    renderWithClient(clinician, <CaseAnalysis patient="Patient/nobody" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not analyse the case: .*not known/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Disclaimers' })).toBeTruthy();
  });
});
