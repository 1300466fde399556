import { CALCULATOR_SHORT_NAMES, riskBandWords, shortReference, type Alert } from '@meridian/sdk';

/** The words of each severity, so colour is never the only cue. */
export const ALERT_SEVERITY_LABELS = { high: 'High', moderate: 'Moderate', low: 'Low' } as const satisfies Record<
  Alert['severity'],
  string
>;

/**
 * What an alert says about the score, without the patient: severity,
 * score and total, the band now and before, in words.
 *
 * @example
 * ```ts
 * alertScoreText(alert); // 'High: NEWS2 7, now high (was medium)'
 * ```
 */
export function alertScoreText(alert: Alert): string {
  const calculator = (CALCULATOR_SHORT_NAMES as Record<string, string>)[alert.calculator] ?? alert.calculator;
  const total = alert.total === null ? '' : ` ${alert.total}`;
  const was = alert.previousBand ? ` (was ${riskBandWords(alert.previousBand)})` : '';
  return `${ALERT_SEVERITY_LABELS[alert.severity]}: ${calculator}${total}, now ${riskBandWords(alert.band)}${was}`;
}

/**
 * One alert in a sentence, as the feed announces it: the patient by name
 * when known (else a shortened reference), then the score.
 *
 * @example
 * ```ts
 * describeAlert(alert, 'Ada Demo'); // 'Ada Demo — High: NEWS2 7, now high (was medium)'
 * describeAlert(alert); // 'Patient/831084a7f7b7… — High: NEWS2 7, now high (was medium)'
 * ```
 */
export function describeAlert(alert: Alert, patientName?: string): string {
  return `${patientName ?? shortReference(alert.patient)} — ${alertScoreText(alert)}`;
}

/** Whether an alert is announced assertively (it interrupts the screen reader): high severity. */
export function isUrgent(alert: Alert): boolean {
  return alert.severity === 'high';
}
