/** Saving and copying in the popup: a Blob URL behind an `<a download>`, and the clipboard. */
import type { ExportFile } from '../export/files.ts';

/** Starts a download of `file` from `doc` (the popup's document). */
export function saveFile(doc: Document, file: ExportFile): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new view.Blob([file.content], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once it starts; free the Blob a little later.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 30_000);
}

/** Copies text; false when the clipboard refuses (no user gesture, permissions). */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
