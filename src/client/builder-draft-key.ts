// Where the builder's draft is saved in this browser: read by the builder entry (is there a draft to restore at
// once?) and by <code-builder>, which saves it.
export const DRAFT_KEY = 'pec-draft';
