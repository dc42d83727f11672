/*
 * Filters for the long tables of dataset pages (more than 50 rows): a text box that narrows the
 * rows as one types (normalised like site search: full-width and half-width, upper and lower case
 * match; kana kept as typed), a selector for the prefecture column and for columns of a few
 * repeated types, and a count of the rows shown. The state is kept in the address (?filter=…) so
 * a filtered list can be linked. Without scripts the whole table shows. Needs search-normalize.js.
 */
(function () {
  "use strict";
  var N = window.ShiryoNormalize;
  if (!N) return;
  var TYPE_HEADERS = /都道府県|類型|種別|種類|区分|設置主体の種類|形態/;
  var serial = 0;

  function bodyRows(table) {
    return Array.prototype.slice.call(table.tBodies[0] ? table.tBodies[0].rows : []);
  }

  function headerLabel(cell) {
    return (cell.textContent || "").trim();
  }

  /** Columns worth a selector: the prefecture column and text columns with a few repeated values. */
  function selectorColumns(table, rows) {
    var head = table.tHead && table.tHead.rows[0];
    if (!head) return [];
    var columns = [];
    Array.prototype.forEach.call(head.cells, function (cell, index) {
      if (cell.classList.contains("num")) return;
      var label = headerLabel(cell);
      var values = [];
      var seen = {};
      rows.forEach(function (row) {
        var value = row.cells[index] ? row.cells[index].textContent.trim() : "";
        if (value && !seen[value]) { seen[value] = true; values.push(value); }
      });
      var few = values.length >= 2 && values.length <= 15 && values.length * 3 <= rows.length;
      if ((TYPE_HEADERS.test(label) && values.length >= 2 && values.length <= 60) || few) {
        columns.push({ index: index, label: label, values: values });
      }
    });
    return columns;
  }

  function enhance(table) {
    var rows = bodyRows(table).filter(function (row) { return !row.classList.contains("subrow"); });
    if (rows.length <= 50) return;
    var id = table.id || "table-" + (++serial);
    var keys = new Map();
    bodyRows(table).forEach(function (row) { keys.set(row, N.keyText(row.textContent)); });
    var columns = selectorColumns(table, rows);

    var box = document.createElement("div");
    box.className = "list-filter";
    box.setAttribute("role", "search");
    box.setAttribute("aria-label", "表の絞り込み");
    var inputId = id + "-filter";
    var label = document.createElement("label");
    label.htmlFor = inputId;
    label.textContent = "表を絞り込む";
    var input = document.createElement("input");
    input.type = "search";
    input.id = inputId;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.placeholder = "名称・所在地など";
    input.setAttribute("aria-controls", table.id || "");
    var field = document.createElement("div");
    field.className = "list-filter-field";
    field.appendChild(label);
    field.appendChild(input);
    box.appendChild(field);

    var selects = columns.map(function (column) {
      var wrap = document.createElement("div");
      wrap.className = "list-filter-field";
      var selectLabel = document.createElement("label");
      var select = document.createElement("select");
      select.id = id + "-col" + column.index;
      selectLabel.htmlFor = select.id;
      selectLabel.textContent = column.label;
      var all = document.createElement("option");
      all.value = "";
      all.textContent = "すべて";
      select.appendChild(all);
      column.values.forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
      wrap.appendChild(selectLabel);
      wrap.appendChild(select);
      box.appendChild(wrap);
      return { column: column, select: select };
    });

    var count = document.createElement("p");
    count.className = "list-filter-count";
    count.setAttribute("role", "status");
    count.setAttribute("aria-live", "polite");
    box.appendChild(count);

    var anchor = table.closest(".table-wrap") || table;
    anchor.parentNode.insertBefore(box, anchor);

    var params = new URLSearchParams(location.search);
    var prefix = table.id ? table.id.replace(/^table-/, "") + "-" : "";
    input.value = params.get(prefix + "filter") || "";
    selects.forEach(function (s) {
      var wanted = params.get(prefix + "col" + s.column.index);
      if (wanted && s.column.values.indexOf(wanted) >= 0) s.select.value = wanted;
    });

    function apply() {
      var terms = N.terms(input.value);
      var shown = 0;
      var visibleParents = {};
      bodyRows(table).forEach(function (row) {
        var parent = row.getAttribute("data-parent");
        if (row.classList.contains("subrow") && parent) return;
        var key = keys.get(row) || "";
        var ok = terms.every(function (term) { return key.indexOf(term) >= 0; });
        if (ok) {
          ok = selects.every(function (s) {
            var cell = row.cells[s.column.index];
            return !s.select.value || (cell && cell.textContent.trim() === s.select.value);
          });
        }
        row.hidden = !ok;
        if (ok) { shown++; if (row.id) visibleParents[row.id] = true; }
      });
      bodyRows(table).forEach(function (row) {
        var parent = row.getAttribute("data-parent");
        if (row.classList.contains("subrow") && parent) row.hidden = !visibleParents[parent];
      });
      count.textContent = rows.length + " 行中 " + shown + " 行を表示";
      try {
        var next = new URLSearchParams(location.search);
        next.delete(prefix + "filter");
        if (input.value.trim()) next.set(prefix + "filter", input.value.trim());
        selects.forEach(function (s) {
          next.delete(prefix + "col" + s.column.index);
          if (s.select.value) next.set(prefix + "col" + s.column.index, s.select.value);
        });
        var search = next.toString();
        history.replaceState(null, "", (search ? "?" + search : location.pathname) + location.hash);
      } catch (error) {
        // History changes can be refused on file://; the filter still works.
      }
    }

    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) { input.value = ""; apply(); }
    });
    selects.forEach(function (s) { s.select.addEventListener("change", apply); });
    apply();
  }

  document.querySelectorAll(".dataset-page table.sortable").forEach(enhance);
})();
