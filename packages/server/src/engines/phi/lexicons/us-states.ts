/**
 * US state names and postal abbreviations (lower case): a state is not PHI
 * under Safe Harbor, but a ZIP code after one is.
 *
 * @module
 */
/** US states, the District of Columbia and territories, by name and postal code (lower case). */
export const US_STATES: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas
  kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
  pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming al ak az ar ca co ct de fl ga hi id il in ia ks ky la
  me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr gu vi`
    .split(/\s+/)
    .filter(Boolean),
);
