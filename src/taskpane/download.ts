/**
 * Saves text as a file through a Blob link, the way a web page offers a download: the
 * read-back definitions as JSON or as Danish CSV. Works in Excel on the web and in the
 * browser preview; a desktop Excel's web view shows its own save prompt.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // The browser has taken the URL once the click is handled; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
