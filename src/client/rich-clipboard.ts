// Puts HTML and its plain-text twin on the clipboard together, so a pasted clause keeps its quote formatting
// and link in rich editors and stays readable in plain ones.

/** Resolves false when the browser refuses or has no ClipboardItem. */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'undefined') return false;
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}
