/** The site's name, as page titles, og:site_name, preview images and the web app manifest give it. */
export const SITE_NAME = 'Peer Ethics Crosswalk';
