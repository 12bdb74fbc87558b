// The `builder` entry (client-chunks.mjs): the draft-your-own-code builder on /build/.
import '../elements/code-builder';
