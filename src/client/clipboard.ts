// Clipboard and URL helpers for the small custom elements.

/** Turns a site path into the URL a reader can paste anywhere. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.href).href;
}

/** Copies text; resolves false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
