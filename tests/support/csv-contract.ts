// The public CSV headers, written out here once on purpose (not imported from src/schemas/export.ts): readers'
// spreadsheets and scripts depend on these columns, so a change to the exporter's header must fail the tests that
// compare with this pin, and changing the pin is a deliberate, visible change of a public format.

/** `/data/crosswalk.csv`: the brief's seven columns, then relation, section, lead_in, code_title and status (appended). */
export const CROSSWALK_CSV_COLUMNS = [
  'theme_id',
  'theme_label',
  'code_id',
  'clause_id',
  'clause_label',
  'url',
  'text',
  'relation',
  'section',
  'lead_in',
  'code_title',
  'status',
];

/** `/data/coverage.csv`: one row per theme and code. */
export const COVERAGE_CSV_COLUMNS = [
  'theme_id',
  'theme_label',
  'code_id',
  'code_short_title',
  'state',
  'addressing_clause_ids',
  'in_passing_clause_ids',
  'status',
];
