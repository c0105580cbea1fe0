/**
 * Saves `blob` as a download named `name` (the browser's own download: nothing leaves the page). The link is
 * put in `root` for the click (some browsers ignore a click on a detached link) and its URL revoked once the
 * download has started.
 */
export function saveFile(blob: Blob, name: string, root: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
