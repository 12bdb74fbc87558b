// The `compare` entry (client-chunks.mjs): choosing a pair and filtering a comparison's rows, on every compare page.
import '../elements/compare-picker';
import '../elements/compare-filter';
