import { nextLinkOf } from '../../schemas/bundle.js';
import type { AuditEvent } from '../../schemas/audit-event.js';
import {
  auditBundleSchema,
  auditSearchParamsSchema,
  auditVerifyResultSchema,
  type AuditBundle,
  type AuditSearchParams,
  type AuditVerifyResult,
} from '../../schemas/audit.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** One page of audit search results, with the way to the next. */
export interface AuditPage {
  /** The searchset Bundle as the server sent it. */
  bundle: AuditBundle;
  /** The AuditEvents of this page. */
  events: AuditEvent[];
  /** Fetches the next page, or resolves to `undefined` on the last. */
  next(): Promise<AuditPage | undefined>;
}

/**
 * The audit trail: search the tenant's AuditEvents and verify its hash chain.
 * Reach it as `client.audit`.
 */
export class AuditResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Searches AuditEvents (`GET /fhir/AuditEvent`); returns the first page.
   *
   * @example
   * ```ts
   * const page = await client.audit.search({ patient: 'Patient/123', date: ['ge2026-01-01'], _count: 50 });
   * for (const e of page.events) console.log(e.recorded, e.action);
   * const second = await page.next();
   * ```
   */
  async search(params: AuditSearchParams = {}): Promise<AuditPage> {
    const query = checkRequest(auditSearchParamsSchema, params);
    return this.page(await this.transport.request({ method: 'GET', path: '/fhir/AuditEvent', query }));
  }

  /**
   * Iterates over every matching AuditEvent, fetching pages as needed.
   *
   * @example
   * ```ts
   * for await (const event of client.audit.iterate({ action: 'R' })) console.log(event.id);
   * ```
   */
  async *iterate(params: AuditSearchParams = {}): AsyncGenerator<AuditEvent> {
    let page: AuditPage | undefined = await this.search(params);
    while (page) {
      yield* page.events;
      page = await page.next();
    }
  }

  /**
   * Recomputes the tenant's audit hash chain (`GET /audit/verify`) and reports
   * the first broken link.
   *
   * @example
   * ```ts
   * const { valid, firstBrokenLink } = await client.audit.verify();
   * ```
   */
  async verify(): Promise<AuditVerifyResult> {
    return checkResponse(
      auditVerifyResultSchema,
      await this.transport.request({ method: 'GET', path: '/audit/verify' }),
    );
  }

  private page(body: unknown): AuditPage {
    const bundle = checkResponse(auditBundleSchema, body);
    const nextUrl = nextLinkOf(bundle);
    return {
      bundle,
      events: (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : [])),
      next: async () =>
        nextUrl ? this.page(await this.transport.request({ method: 'GET', path: nextUrl })) : undefined,
    };
  }
}
