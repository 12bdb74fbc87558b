// The `codes` entry (client-chunks.mjs): the code list's filter, used on the codes index above 24 codes.
import '../elements/code-filter';
