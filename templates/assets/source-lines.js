// The line-by-line view of an original: a link such as `source/index.html?to=941#L756` opens at
// line 756 (the browser does that) and marks lines 756 to 941. Without this script only the
// target line is marked, by the stylesheet's :target rule.
(function () {
  "use strict";
  function mark(useRange) {
    var previous = document.querySelectorAll(".source-lines li.in-range");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("in-range");
    var match = /^#L(\d+)$/.exec(window.location.hash);
    if (!match) return;
    var first = parseInt(match[1], 10);
    var to = useRange ? /[?&]to=(\d+)/.exec(window.location.search) : null;
    var last = to ? parseInt(to[1], 10) : first;
    if (!(last >= first) || last - first > 20000) last = first;
    for (var n = first; n <= last; n++) {
      var line = document.getElementById("L" + n);
      if (line) line.classList.add("in-range");
    }
  }
  // A line number clicked later marks that line alone.
  window.addEventListener("hashchange", function () { mark(false); });
  mark(true);
})();
