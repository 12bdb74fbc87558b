// The `crosswalk` entry (client-chunks.mjs): the crosswalk's filters.
import '../elements/crosswalk-filters';
