// The `compare-live` entry (client-chunks.mjs): the comparisons /compare/ draws in the browser from the code
// files, the aligned pair (above the static pair pages' limit) and several codes at once.
import '../elements/compare-view';
import '../elements/compare-many';
