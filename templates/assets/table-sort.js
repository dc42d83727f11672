/*
 * Sortable tables for Shiryo pages. Enhances every `table.sortable`: each header cell marked
 * `data-sort` gets a `button.sort` (so a page without this script shows no control that does
 * nothing); activating it (click, Enter or Space) sorts the body rows by that column and updates
 * `aria-sort`. A number column sorts largest first on the first activation, a text column in
 * 五十音 order; the next activation reverses. Numbers sort on `data-value`; cells with an empty
 * `data-value` (no data) always go last. Sub-rows (`tr.subrow[data-parent]`) move with their parent row and keep
 * their own order. Without this script the table stays complete, in source order.
 * Plain script, no modules or network access, so it also works from file://.
 */
(function () {
  "use strict";

  var collator = typeof Intl !== "undefined" && Intl.Collator
    ? new Intl.Collator("ja", { numeric: true })
    : null;

  function cellKey(row, column) {
    var cell = row.cells[column];
    if (!cell) return { missing: true };
    var raw = cell.getAttribute("data-value");
    if (raw !== null) {
      if (raw === "") return { missing: true };
      var number = Number(raw);
      if (!isNaN(number)) return { number: number };
    }
    var text = (cell.textContent || "").trim();
    return text === "" ? { missing: true } : { text: text };
  }

  function compareKeys(a, b, direction) {
    // Missing values stay last in both directions.
    if (a.missing || b.missing) return (a.missing ? 1 : 0) - (b.missing ? 1 : 0);
    var result;
    if (a.number !== undefined && b.number !== undefined) {
      result = a.number - b.number;
    } else {
      var left = a.number !== undefined ? String(a.number) : a.text;
      var right = b.number !== undefined ? String(b.number) : b.text;
      result = collator ? collator.compare(left, right) : (left < right ? -1 : left > right ? 1 : 0);
    }
    return result * direction;
  }

  /* Splits the body into groups: a top-level row followed by its sub-rows. */
  function rowGroups(body) {
    var groups = [];
    var byId = {};
    Array.prototype.forEach.call(body.rows, function (row) {
      var parentId = row.classList.contains("subrow") ? row.getAttribute("data-parent") : null;
      if (parentId && byId[parentId]) {
        byId[parentId].rows.push(row);
        if (row.id) byId[row.id] = byId[parentId];
        return;
      }
      var group = { head: row, rows: [row], index: groups.length };
      groups.push(group);
      if (row.id) byId[row.id] = group;
    });
    return groups;
  }

  function sortTable(table, header, column) {
    var body = table.tBodies[0];
    if (!body) return;
    var current = header.getAttribute("aria-sort");
    // Readers of a number column want the largest first; a second activation reverses.
    var direction = current === "ascending" ? -1
      : current === "descending" ? 1
      : header.classList.contains("num") ? -1 : 1;
    var groups = rowGroups(body);
    groups.sort(function (a, b) {
      var result = compareKeys(cellKey(a.head, column), cellKey(b.head, column), direction);
      return result !== 0 ? result : a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    groups.forEach(function (group) {
      group.rows.forEach(function (row) { fragment.appendChild(row); });
    });
    body.appendChild(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      if (cell !== header) cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
  }

  function enhance(table) {
    if (!table.tHead || !table.tHead.rows.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      if (!header.hasAttribute("data-sort") || header.querySelector("button.sort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        sortTable(table, header, column);
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
