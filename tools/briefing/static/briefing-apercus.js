// Hover previews: a link to a paragraph ("¶"), an article, a who's-who entry
// or a glossary term shows the target's text; a citation shows its reference.
// Texts come from window.briefingPreviews (per page, written at build time)
// and are shown as plain text, never as HTML. Works offline: Popper and Tippy
// are local files.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof tippy !== "function") return;
  const previews = window.briefingPreviews || {};
  for (const link of document.querySelectorAll("article a[href]")) {
    const href = link.getAttribute("href");
    const hash = href.includes("#") ? decodeURIComponent(href.split("#")[1]) : "";
    let text = previews[hash];
    if (!text && link.title && href.includes("sources.html#")) {
      text = link.title;  // citation: its full reference
      link.removeAttribute("title");
    }
    if (!text) continue;
    tippy(link, { content: text, allowHTML: false, maxWidth: 480, delay: [150, 0], placement: "top" });
  }
});
