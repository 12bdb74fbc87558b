// <missing-fragment-note> (MissingFragmentNote.astro): a code page reached with a #fragment that names nothing on it (a mistyped or renumbered clause): say so
// at the top of the page and point to the contents, instead of silently showing the page's start.
function reportMissingFragment(note: HTMLElement): void {
  const check = () => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it as typed */
    }
    const missing = id !== '' && document.getElementById(id) === null;
    note.hidden = !missing;
    const name = note.querySelector('[data-fragment]');
    if (missing && name) name.textContent = `#${id}`;
  };
  addEventListener('hashchange', check);
  check();
}

class MissingFragmentNote extends HTMLElement {
  connectedCallback() {
    reportMissingFragment(this);
  }
}
customElements.define('missing-fragment-note', MissingFragmentNote);
