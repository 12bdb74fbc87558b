// The `not-found` entry (client-chunks.mjs): the 404 page's suggestions.
import '../elements/not-found-suggestions';
