// The `clause` entry (client-chunks.mjs): the controls of every clause shown (add to selection, copy link, cite,
// embed), on code, theme, scenario and compare pages.
import '../elements/add-to-selection';
import '../elements/clause-actions';
