import type { Locator, Page } from 'playwright-core';
import { RISK_INPUT_LABELS, type Meridian } from '@meridian/sdk';
import { expect } from 'vitest';

/** UCUM codes and the ACVPU letter as the API carries them: none may reach the screen. */
const RAW_UNITS = /mm\[Hg\]|\bCel\b|\d a\b|\d+ a\)|Consciousness:? [ACVPU]\b/;
/** Calculator input keys (`supplementalOxygen`), from the SDK's table of their labels. */
const INPUT_KEYS = Object.keys(RISK_INPUT_LABELS).filter((k) => /[A-Z]/.test(k));
/** camelCase words that are how people write them (units: mg/dL, mL/min). */
const WRITTEN_CAMEL_CASE = new Set(['qSOFA', 'mmHg', 'dL', 'mL', 'uL', 'nL', 'fL', 'pH', 'mEq']);

/**
 * What the page shows that a clinician would not write: raw UCUM units,
 * ACVPU letters, calculator input keys and other camelCase keys. Empty when
 * the page reads as people write.
 *
 * @example
 * ```ts
 * expect(await internalsShown(page)).toEqual([]);
 * ```
 */
export async function internalsShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const found = [...text.matchAll(new RegExp(RAW_UNITS.source, 'g'))].map((m) => m[0]);
  for (const key of INPUT_KEYS) if (new RegExp(`\\b${key}\\b`).test(text)) found.push(key);
  for (const m of text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/g)) if (!WRITTEN_CAMEL_CASE.has(m[0])) found.push(m[0]);
  return [...new Set(found)];
}

/** How many times `needle` occurs in `haystack`. */
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/**
 * Each CDS card, risk score and differential lists its sources once: a
 * card's linked citations are not listed again in its detail, a score card
 * has one list of its publications, a differential one line of citations.
 *
 * @example
 * ```ts
 * await checkOneSourceListPerCard(page);
 * ```
 */
export async function checkOneSourceListPerCard(page: Page): Promise<void> {
  const cards = page.getByRole('region', { name: 'Cards patient-view returns (demo preview)' }).getByRole('article');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    expect(await card.locator('ul.mw-card__links').count()).toBeLessThanOrEqual(1);
    const text = await card.innerText();
    for (const label of await card.locator('ul.mw-card__links a').allInnerTexts()) {
      // The link's own words, without the screen-reader note, appear once on the card.
      const words = label.replace('(opens in a new tab)', '').trim().slice(0, 40);
      expect(occurrences(text, words), `“${words}” on one card`).toBe(1);
    }
    expect(await card.locator('.mw-card__detail').innerText()).not.toMatch(/^Sources$/m);
  }
  const scores = page.getByRole('region', { name: 'Risk scores and their trends' }).getByRole('article');
  for (const score of await scores.all()) {
    expect(await score.locator('details.mw-citations').count()).toBeLessThanOrEqual(1);
    const text = (await score.textContent()) ?? '';
    for (const title of await score.locator('details.mw-citations li a').allTextContents())
      expect(occurrences(text, title), title).toBe(1);
  }
  const differentials = page.getByRole('region', { name: 'Case analysis (demo)' }).locator('.mw-differential');
  expect(await differentials.count()).toBeGreaterThan(0);
  for (const differential of await differentials.all()) {
    expect(await differential.locator('.mw-citations').count()).toBe(1);
    const labels = await differential.locator('.mw-citations > span > .mw-citation > button').allInnerTexts();
    const references = labels.filter((l) => l.includes('/'));
    expect(new Set(references).size, 'each cited resource once').toBe(references.length);
  }
}

/**
 * The summary states each fact once: every trend's label appears once in
 * what it states (its text without the references of its sources), and no
 * statement is repeated.
 *
 * @example
 * ```ts
 * await checkSummaryStatesEachFactOnce(page, client, 'Patient/demo-ada');
 * ```
 */
export async function checkSummaryStatesEachFactOnce(page: Page, client: Meridian, patient: string): Promise<void> {
  const summary = page.getByRole('region', { name: 'Summary (demo, machine-generated)' });
  await summary.getByText(/Status: preliminary — machine-generated/).waitFor();
  const stated = (await summary.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const sources of copy.querySelectorAll('.mw-summary-sources, .mw-provenance-details')) sources.remove();
    return copy.innerText;
  })) as string;
  const { trends } = await client.summaries.get(patient);
  expect(trends.filter((t) => t.kind === 'vital-sign').length).toBeGreaterThan(2);
  for (const t of trends) expect(occurrences(stated.toLowerCase(), t.label.toLowerCase()), t.label).toBe(1);
  const statements = stated
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 20);
  expect(statements.filter((l, i) => statements.indexOf(l) !== i)).toEqual([]);
}

/**
 * Alerts name their patient, and the text fits the side column: no alert
 * shows a reference, and none is wider than its list.
 *
 * @example
 * ```ts
 * const names = await checkAlertsNamePatients(feed);
 * ```
 */
export async function checkAlertsNamePatients(feed: Locator): Promise<string[]> {
  const patients = feed.locator('.mw-alert__patient');
  expect(await patients.count()).toBeGreaterThan(0);
  const names = await patients.allInnerTexts();
  for (const name of names) expect(name).not.toMatch(/^Patient\/|[0-9a-f]{16}/);
  const overflowing = await feed
    .locator('.mw-alert')
    .evaluateAll((items) => items.filter((li) => li.scrollWidth > li.clientWidth + 1).length);
  expect(overflowing).toBe(0);
  return names;
}
