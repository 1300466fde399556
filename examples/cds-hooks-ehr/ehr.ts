/**
 * `npm run example:cds-hooks`: the example EHR against a running Meridian.
 *
 *   MERIDIAN_DEMO_API_KEY=mrd_demo_local_key_change_me npm start    # in one shell
 *   MERIDIAN_API_KEY=mrd_demo_local_key_change_me npm run example:cds-hooks
 */
import { runEhrExample } from './run-ehr.js';

const apiKey = process.env.MERIDIAN_API_KEY;
if (!apiKey) {
  console.error('Set MERIDIAN_API_KEY to an admin key of the tenant (the demo key printed by `npm start`).');
  process.exit(1);
}
await runEhrExample({
  baseUrl: process.env.MERIDIAN_URL ?? 'http://localhost:8080',
  apiKey,
  tenantId: process.env.MERIDIAN_TENANT ?? 'demo',
});
