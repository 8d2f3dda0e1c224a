// The CLI's self-contained HTML pages (the matrix of several profiles, the diff of two) shown
// inside the page, and files offered for download. Plain DOM, no dependencies.

/** Shows HTML (the CLI's matrix or diff page) in a sandboxed iframe inside `container`,
 * replacing what the container held; a later call reuses the frame. The matrix page has
 * scripts (sorting, filtering), so scripts run, but in an opaque origin: the document cannot
 * reach the page, its storage or its cookies. */
export function showHtmlDocument(container, html, title) {
  let frame = container.querySelector(":scope > iframe.lx-view");
  if (!frame) {
    frame = document.createElement("iframe");
    frame.className = "lx-view";
    // No allow-same-origin: with allow-scripts it would let the document lift its own sandbox.
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("referrerpolicy", "no-referrer");
    container.replaceChildren(frame);
  }
  frame.title = title;
  frame.srcdoc = withSrcdocBase(html);
  return frame;
}

/** The document with `<base href="about:srcdoc">` unless it has a base: a srcdoc document
 * otherwise resolves `#anchor` links against the embedding page's address, so following one
 * would load the page itself into the frame instead of scrolling to the anchor. */
function withSrcdocBase(html) {
  if (/<base[\s>]/i.test(html)) return html;
  const base = '<base href="about:srcdoc">';
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + base + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + base + html.slice(at);
}

/** Offers `text` as a file download (Blob + object URL + <a download>). */
export function download(filename, mimeType, text) {
  const blob = new Blob([text], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns in every current browser; the URL
  // is kept a little longer for those that read it asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
