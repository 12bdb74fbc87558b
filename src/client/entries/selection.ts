// The `selection` entry (client-chunks.mjs): the handout built from the reader's selection on /selection/.
import '../elements/selection-handout';
