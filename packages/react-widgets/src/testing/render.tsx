/**
 * Testing Library's render inside a {@link MeridianProvider}, with cleanup
 * after each test (vitest runs without globals, so Testing Library cannot
 * register it itself).
 */
import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { Meridian } from '@meridian/sdk';
import { MeridianProvider } from '../provider/meridian-provider.js';

afterEach(cleanup);

// `findBy…` and `waitFor` give up after 1 s by default, which a loaded 2-core machine
// (CI beside other jobs) exceeds while the real server answers: wait up to 20 s instead.
// A widget that never shows what a test awaits still fails.
configure({ asyncUtilTimeout: 20_000 });

/**
 * Renders `ui` under a provider holding `client`, dates in UTC and en-GB so
 * assertions do not depend on the machine.
 *
 * @example
 * ```tsx
 * renderWithClient(client, <AuditTrail patient="Patient/demo-ada" />);
 * ```
 */
export function renderWithClient(client: Meridian, ui: ReactElement): RenderResult {
  return render(
    <MeridianProvider client={client} locale="en-GB" timeZone="UTC">
      {ui}
    </MeridianProvider>,
  );
}
