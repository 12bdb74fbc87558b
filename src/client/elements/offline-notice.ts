// <offline-notice> (404.astro): when the reader is offline rather than at a wrong address, says so and links the
// saved page that holds the same text (client/offline-notice.ts, loaded only then).
import { isOffline } from '../network';

class OfflineNotice extends HTMLElement {
  async connectedCallback() {
    if (await isOffline()) (await import('../offline-notice')).showOfflineNotice(this);
  }
}
customElements.define('offline-notice', OfflineNotice);
