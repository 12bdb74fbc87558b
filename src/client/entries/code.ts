// The `code` entry (client-chunks.mjs): the code page's own elements, its context bar and missing-fragment note.
import '../elements/code-context-bar';
import '../elements/missing-fragment-note';
