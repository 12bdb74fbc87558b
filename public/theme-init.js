// Runs before first paint (a blocking, same-origin script, so the Content-Security-Policy needs no hashes):
// marks that JavaScript runs, and applies the reader's saved colour scheme.
document.documentElement.classList.add('js');
try {
  var scheme = localStorage.getItem('pec-color-scheme');
  if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.theme = scheme;
} catch (e) {}
