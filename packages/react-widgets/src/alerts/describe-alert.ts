import type { Alert } from '@meridian/sdk';

/** The words of each severity, so colour is never the only cue. */
export const ALERT_SEVERITY_LABELS = { high: 'High', moderate: 'Moderate', low: 'Low' } as const satisfies Record<
  Alert['severity'],
  string
>;

const CALCULATOR_NAMES: Record<string, string> = { news2: 'NEWS2', qsofa: 'qSOFA' };

/**
 * One alert in a sentence, as the feed shows and announces it.
 *
 * @example
 * ```ts
 * describeAlert(alert); // 'High: NEWS2 7 (band high, was medium) for Patient/demo-ada'
 * ```
 */
export function describeAlert(alert: Alert): string {
  const calculator = CALCULATOR_NAMES[alert.calculator] ?? alert.calculator;
  const total = alert.total === null ? '' : ` ${alert.total}`;
  const was = alert.previousBand ? `, was ${alert.previousBand}` : '';
  return `${ALERT_SEVERITY_LABELS[alert.severity]}: ${calculator}${total} (band ${alert.band}${was}) for ${alert.patient}`;
}

/** Whether an alert is announced assertively (it interrupts the screen reader): high severity. */
export function isUrgent(alert: Alert): boolean {
  return alert.severity === 'high';
}
