/**
 * Timing in tests that are about time (deadlines, budgets, timeouts).
 *
 * A deadline test asserts that a call returned by `budget + DEADLINE_SLACK_MS`,
 * while the peer it waits on hangs for `PEER_HANG_MS` or for ever: the test
 * still fails when the deadline is not honoured, and a loaded 2-core machine
 * (a CI runner beside other jobs) that stalls the event loop for a few seconds
 * does not make it fail when it is. Speed itself is measured in `bench/`,
 * never asserted in a test.
 *
 * @module
 */

/** Room left above a budget for a loaded machine's scheduling stalls. */
export const DEADLINE_SLACK_MS = 5_000;

/** How long a deliberately slow peer takes: well beyond any budget plus the slack. */
export const PEER_HANG_MS = 15_000;

/** A budget generous enough that no scheduling stall exhausts it (for tests about something else). */
export const GENEROUS_BUDGET_MS = 30_000;
