// The Content-Security-Policy every page carries (as a meta tag; public/_headers sends it as a header too).
// Only the site's own files may load; 'wasm-unsafe-eval' lets pagefind run its WebAssembly search index.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  // The offline service worker (sw.js) is the site's own file.
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
