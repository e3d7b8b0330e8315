/** Saving a file from the popup without the downloads permission: a Blob behind an `<a download>`. */

/** Characters no file system accepts, and control characters, become `_`. */
function safePart(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .trim()
      .slice(0, 60) || '_'
  );
}

/** `年报核查-<agency>-<year>.<ext>`, with placeholders where the report does not say. */
export function exportName(agency: string | null, year: number | null, ext: string): string {
  return `年报核查-${safePart(agency ?? '未知机关')}-${year ?? '未知年度'}.${ext}`;
}

/** Starts a download of a Blob (the popup's and the desk's exports alike). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; a minute is plenty for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Starts a download of `text` (a JS string, written as UTF-8, so a leading U+FEFF is the BOM). */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}
