// The theme's navigation toggles are <summary> elements holding only an icon:
// give each one a name that screen readers can announce.
document.addEventListener("DOMContentLoaded", () => {
  for (const summary of document.querySelectorAll("summary")) {
    if (!summary.textContent.trim() && !summary.hasAttribute("aria-label")) {
      summary.setAttribute("aria-label", "Afficher ou masquer les sous-parties");
    }
  }
});
