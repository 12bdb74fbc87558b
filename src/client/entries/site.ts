// The `site` entry (client-chunks.mjs): the elements on every page, loaded by SiteHeader.astro's script, and the
// service worker's registration.
import '../elements/header-reveal';
import '../elements/site-header';
import '../elements/theme-select';
import '../search/search-box';
import '../register-sw';
