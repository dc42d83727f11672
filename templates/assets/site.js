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

  // The site's root, from this script's own address (…/assets/site.js), so the pages below work
  // from any folder, server or file://.
  var self = document.currentScript && document.currentScript.src;
  if (!self) return;
  var root = self.replace(/assets\/site\.js(?:[?#].*)?$/, "");

  function loadScripts(names) {
    if (names.length === 0) return;
    var script = document.createElement("script");
    script.src = root + "assets/" + names[0];
    script.onload = function () { loadScripts(names.slice(1)); };
    document.head.appendChild(script);
  }

  var searchPage = document.getElementById("search-app");
  // The header search box needs scripts (the index is read in the browser), so it stays hidden
  // without them; the search page has its own box.
  var box = document.querySelector("form.site-search");
  if (box && !searchPage) {
    box.action = root + "search/index.html";
    box.hidden = false;
  }
  if (searchPage) {
    loadScripts(["search-normalize.js", "search.js"]);
  } else if (document.querySelector(".dataset-page table.sortable > tbody > tr:nth-child(51)")) {
    loadScripts(["search-normalize.js", "list-filter.js"]);
  }
})();
