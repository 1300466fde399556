/**
 * PHI scrubbing (HIPAA Safe Harbor identifiers): rules and lexicons, pure.
 *
 * @module
 */
export { detectPhi } from './detect-phi.js';
export { scrubText, type ScrubOptions, type ScrubResult } from './scrub-text.js';
export { surrogateFor } from './surrogates.js';
export { PHI_DETECTORS, PHI_TYPES, phiSpan, type PhiDetector, type PhiSpan, type PhiType } from './phi-types.js';
export { SAFE_HARBOR_CATEGORIES, SAFE_HARBOR_CATEGORY_OF, type SafeHarborCategory } from './safe-harbor.js';
