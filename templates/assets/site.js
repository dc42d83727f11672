// Progressive enhancement only: every page is complete without this script.
(function () {
  "use strict";
  // Headings carry an id so a section can be linked; a visible "#" link makes the address copyable.
  document.querySelectorAll("main h2 > .anchor[id], main h3 > .anchor[id]").forEach(function (anchor) {
    var link = document.createElement("a");
    link.className = "heading-link";
    link.href = "#" + anchor.id;
    link.textContent = "#";
    link.setAttribute("aria-label", "この見出しへのリンク");
    anchor.parentNode.appendChild(link);
  });
})();
