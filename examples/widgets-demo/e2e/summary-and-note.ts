import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Checks the portal's Summary and "Note to extract" sections for the chosen
 * demo patient show real data: the summary's sections, marked preliminary
 * and machine-generated, with a cited source opened; the sample note's
 * negated, family, allergy and lab spans, one selected from the keyboard.
 * Saves a screenshot of each section under `output`.
 *
 * @example
 * ```ts
 * await checkSummaryAndNote(page, OUTPUT);
 * ```
 */
export async function checkSummaryAndNote(page: Page, output: string): Promise<void> {
  // The summary: the Composition's sections, marked preliminary and machine-generated, a source opening the cited resource.
  const summary = page.getByRole('region', { name: 'Summary (demo, machine-generated)' });
  await summary.getByText(/Status: preliminary — machine-generated/).waitFor();
  expect(await summary.getByRole('heading', { level: 4 }).count()).toBeGreaterThan(2);
  expect(await summary.getByRole('list', { name: 'Recent vital signs: trends' }).innerText()).toMatch(
    /(rising|falling|stable|one value)/,
  );
  expect(await summary.locator('.mw-summary-narrative .mw-provenance__headline').innerText()).toBe(
    'Written by: Rules engine — no model configured',
  );
  const cited = summary.locator('.mw-summary-sources button').first();
  const reference = await cited.innerText();
  await cited.click();
  expect(
    JSON.parse(
      (await summary
        .getByRole('region', { name: `Source: ${reference}` })
        .first()
        .locator('pre')
        .textContent()) ?? '{}',
    ).id,
  ).toBe(reference.split('/')[1]);
  // The note to extract: the sample's spans highlighted with their assertions written out; one selected from the keyboard.
  const note = page.getByRole('region', { name: /^Note to extract/ });
  await note.getByText('Rules engine — no model configured').waitFor({ timeout: 30_000 });
  const pain = note.getByRole('button', { name: /^chest pain NO: Condition: chest pain \(negated\)$/ });
  expect(await pain.innerText()).toMatch(/chest pain\s*NO/);
  expect(await note.getByRole('button', { name: /: FamilyMemberHistory: .*\(family history\)$/ }).count()).toBe(1);
  expect(await note.getByRole('button', { name: /^penicillin: AllergyIntolerance/ }).count()).toBe(1);
  expect(await note.getByRole('button', { name: /^HbA1c 8\.2 %: Observation/ }).count()).toBe(1);
  await pain.focus();
  await page.keyboard.press('Enter');
  expect(await note.getByRole('region', { name: 'Selected resource' }).innerText()).toMatch(/verification: refuted/);
  await note.screenshot({ path: join(output, 'portal-note.png') });
  await summary.screenshot({ path: join(output, 'portal-summary.png') });
}
