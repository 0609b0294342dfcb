/**
 * Browser-mode (and Electron) Print…: the same HTML as the preview, in a short-lived
 * frame that may open the print dialog (`allow-modals`) and be reached by this page
 * (`allow-same-origin`) but still runs no script of its own (no `allow-scripts`).
 */
export function printDocument(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve();
      } catch (error) {
        reject(error);
      } finally {
        // print() blocks until the dialog closes in Chromium; remove the frame afterwards.
        setTimeout(() => frame.remove(), 1000);
      }
    };
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
