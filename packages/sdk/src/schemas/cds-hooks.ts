/**
 * CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/): discovery, requests per
 * hook, prefetch, cards, system actions and feedback, as zod schemas.
 *
 * @module
 */
export * from './cds-hooks/common.js';
export * from './cds-hooks/discovery.js';
export * from './cds-hooks/context.js';
export * from './cds-hooks/request.js';
export * from './cds-hooks/card.js';
export * from './cds-hooks/feedback.js';
export * from './cds-hooks/preview.js';
