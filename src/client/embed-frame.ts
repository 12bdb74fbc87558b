// The embed card's script: applies `?theme=` (light, dark or auto; a bad value is named on the card) and posts
// the card's height to the framing page whenever it changes, so the snippet's listener can fit the frame to it.
import { EMBED_HEIGHT_MESSAGE, embedTheme } from '../lib/embed/frame';

const { theme, problem } = embedTheme(location.search);
document.documentElement.dataset.theme = theme;
const note = document.querySelector<HTMLElement>('[data-theme-note]');
if (problem && note) {
  note.textContent = problem;
  note.hidden = false;
}

const card = document.querySelector('main');
if (card && window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(card.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Any site may frame the card and its text is public, so any origin may hear its height.
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(card);
}
