// The `not-found` entry (client-chunks.mjs): the 404 page's offline notice and suggestions.
import '../elements/offline-notice';
import '../elements/not-found-suggestions';
