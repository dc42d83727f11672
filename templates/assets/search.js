/*
 * Site search for Shiryo (search/index.html). The index is a set of classic scripts written by
 * the build (Sources/Search): search/docs.js (the page table), search/index-NNN.js (positional
 * bigram postings, one shard per hash bucket) and search/text-NNN.js (page texts for snippets).
 * They are loaded on demand by adding <script> elements, never fetch or modules, so search works
 * from file:// as well as from any server. A query is normalised like the index, its bigrams'
 * postings are intersected, and adjacency is checked with positions, so a phrase matches exactly.
 * Needs search-normalize.js (loaded first by site.js).
 */
(function () {
  "use strict";
  var app = document.getElementById("search-app");
  var N = window.ShiryoNormalize;
  if (!app || !N) return;

  var form = app.querySelector("form.search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 20;
  var ROLE_SCORE = { 1: 3, 2: 2, 4: 1 };

  var table = null;           // { shards, docs }
  var shards = {};            // number → { key: postings string }
  var texts = {};             // document number → text
  var decoded = {};           // key → decoded postings
  var loading = {};           // file → Promise

  window.ShiryoSearch = {
    docs: function (data) { table = data; },
    shard: function (number, postings) { shards[number] = postings; },
    text: function (number, first, list) {
      for (var i = 0; i < list.length; i++) texts[first + i] = list[i];
    }
  };

  function load(file) {
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = file;
        script.onload = function () { resolve(); };
        script.onerror = function () { reject(new Error(file)); };
        document.head.appendChild(script);
      });
    }
    return loading[file];
  }

  function numbered(prefix, number) {
    var digits = String(number);
    while (digits.length < 3) digits = "0" + digits;
    return prefix + "-" + digits + ".js";
  }

  // The same 32-bit mix as Sources/Search/ShardHash.swift.
  function shardOf(first, second) {
    var h = (Math.imul(first, 0x9E3779B1) ^ second) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x85EBCA6B) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    return h % table.shards;
  }

  function codePoints(term) {
    var points = [];
    for (var i = 0; i < term.length; i++) {
      var code = term.codePointAt(i);
      points.push(code);
      if (code > 0xffff) i++;
    }
    return points;
  }

  /** The index keys of a term: its single character, or its bigrams. */
  function keysOf(points) {
    if (points.length === 1) return [[points[0], 0, String.fromCodePoint(points[0])]];
    var keys = [];
    for (var i = 0; i + 1 < points.length; i++) {
      keys.push([points[i], points[i + 1], String.fromCodePoint(points[i], points[i + 1])]);
    }
    return keys;
  }

  /**
   * Reads a postings string in one pass: entries separated by ";", numbers by ",", each number in
   * base 36. Calls entry(numbers) with the entry's numbers (reused array).
   */
  function scan(raw, entry) {
    var numbers = [], value = 0;
    for (var i = 0; i < raw.length; i++) {
      var c = raw.charCodeAt(i);
      if (c === 44) { numbers.push(value); value = 0; }
      else if (c === 59) { numbers.push(value); entry(numbers); numbers = []; value = 0; }
      else value = value * 36 + (c <= 57 ? c - 48 : c - 87);
    }
    numbers.push(value);
    entry(numbers);
  }

  /** A bigram's postings: sorted documents and, for each, its ascending start positions. */
  function decodeBigram(key, shard) {
    if (decoded[key] !== undefined) return decoded[key];
    var raw = shards[shard] && shards[shard][key];
    var result = null;
    if (raw !== undefined) {
      var docs = [], positions = [], doc = 0;
      scan(raw, function (numbers) {
        doc += numbers[0];
        var position = 0;
        for (var i = 1; i < numbers.length; i++) { position += numbers[i]; numbers[i] = position; }
        numbers.shift();
        docs.push(doc);
        positions.push(numbers);
      });
      result = { docs: docs, positions: positions };
    }
    decoded[key] = result;
    return result;
  }

  /** A single character's postings: document → { count, roles, first }. */
  function decodeUnigram(key, shard) {
    if (decoded[key] !== undefined) return decoded[key];
    var raw = shards[shard] && shards[shard][key];
    var result = null;
    if (raw !== undefined) {
      result = new Map();
      var doc = 0;
      scan(raw, function (numbers) {
        doc += numbers[0];
        result.set(doc, { count: numbers[1], roles: numbers[2], first: numbers[3] });
      });
    }
    decoded[key] = result;
    return result;
  }

  function search(list, value) {
    var low = 0, high = list.length - 1;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (list[mid] === value) return mid;
      if (list[mid] < value) low = mid + 1; else high = mid - 1;
    }
    return -1;
  }

  function roleAt(doc, position) {
    var entry = table.docs[doc];
    if (position < entry[3]) return 1;
    var ranges = entry[5];
    for (var i = 0; i + 1 < ranges.length; i += 2) {
      if (position >= ranges[i] && position < ranges[i + 1]) return 2;
    }
    return 4;
  }

  /** Documents containing a term: doc → { count, roles, first (outside the title when possible) }. */
  function matchTerm(points) {
    var keys = keysOf(points);
    if (points.length === 1) {
      return decodeUnigram(keys[0][2], shardOf(keys[0][0], 0)) || new Map();
    }
    var postings = [];
    for (var k = 0; k < keys.length; k++) {
      var p = decodeBigram(keys[k][2], shardOf(keys[k][0], keys[k][1]));
      if (!p) return new Map();
      postings.push(p);
    }
    var rarest = 0;
    postings.forEach(function (p, i) { if (p.docs.length < postings[rarest].docs.length) rarest = i; });
    var found = new Map();
    var base = postings[rarest];
    for (var d = 0; d < base.docs.length; d++) {
      var doc = base.docs[d];
      var others = [];
      var missing = false;
      for (var i = 0; i < postings.length && !missing; i++) {
        if (i === rarest) { others.push(base.positions[d]); continue; }
        var at = search(postings[i].docs, doc);
        if (at < 0) missing = true; else others.push(postings[i].positions[at]);
      }
      if (missing) continue;
      // The snippet shows the first match in the body, else the first in a heading.
      var count = 0, roles = 0, inBody = -1, inHeading = -1;
      base.positions[d].forEach(function (position) {
        var start = position - rarest;
        for (var j = 0; j < others.length; j++) {
          if (j !== rarest && search(others[j], start + j) < 0) return;
        }
        count++;
        var role = roleAt(doc, start);
        roles |= role;
        if (role === 4 && inBody < 0) inBody = start;
        if (role === 2 && inHeading < 0) inHeading = start;
      });
      if (count > 0) found.set(doc, { count: count, roles: roles, first: inBody >= 0 ? inBody : inHeading });
    }
    return found;
  }

  function bestScore(roles) {
    return roles & 1 ? 3 : roles & 2 ? 2 : 1;
  }

  /** Ranked results for normalised terms: title matches first, then headings, then body, then frequency. */
  function rank(terms) {
    var perTerm = terms.map(function (term) { return matchTerm(codePoints(term)); });
    perTerm.sort(function (a, b) { return a.size - b.size; });
    var results = [];
    perTerm[0].forEach(function (hit, doc) {
      var score = 0, count = 0, first = -1;
      for (var i = 0; i < perTerm.length; i++) {
        var other = perTerm[i].get(doc);
        if (!other) return;
        score += bestScore(other.roles);
        count += other.count;
        if (first < 0) first = other.first;
      }
      results.push({ doc: doc, score: score, count: count, first: first });
    });
    results.sort(function (a, b) { return b.score - a.score || b.count - a.count || a.doc - b.doc; });
    return results;
  }

  function shardFiles(terms) {
    var files = {};
    terms.forEach(function (term) {
      keysOf(codePoints(term)).forEach(function (key) {
        files[numbered("index", shardOf(key[0], key[1]))] = true;
      });
    });
    return Object.keys(files);
  }

  function ready() { return load("docs.js"); }

  /** Runs a query: resolves to { terms, results } once every needed shard is loaded. */
  function query(text) {
    var terms = N.terms(text);
    if (terms.length === 0) return Promise.resolve({ terms: terms, results: [] });
    return ready().then(function () {
      return Promise.all(shardFiles(terms).map(load));
    }).then(function () {
      var start = performance.now();
      var results = rank(terms);
      app.setAttribute("data-query-ms", (performance.now() - start).toFixed(2));
      return { terms: terms, results: results };
    });
  }

  // ---- Rendering ----

  var state = { text: "", kind: "", results: [], terms: [], shown: 0, serial: 0 };

  function kindOf(result) { return table.docs[result.doc][2]; }

  function snippet(doc, first, terms) {
    var text = texts[doc];
    if (text === undefined) return document.createTextNode("");
    var chars = Array.from(text);
    var titleLength = table.docs[doc][3];
    var at = first >= 0 ? first : Math.min(chars.length, titleLength + 1);
    var from = Math.max(titleLength + 1, at - 30);
    // Start at the beginning of the match's own run (paragraph, cell) when it is that close.
    for (var back = at - 1; back >= from; back--) {
      if (chars[back] === "\n") { from = back + 1; break; }
    }
    var to = Math.min(chars.length, at + 90);
    var excerpt = chars.slice(from, to).map(function (c) { return c === "\n" ? " " : c; });
    var keys = excerpt.map(function (c) { return String.fromCodePoint(N.fold(c.codePointAt(0))); });
    var marked = new Array(excerpt.length).fill(false);
    terms.forEach(function (term) {
      var points = Array.from(term);
      for (var i = 0; i + points.length <= keys.length; i++) {
        var j = 0;
        while (j < points.length && keys[i + j] === points[j]) j++;
        if (j === points.length) for (j = 0; j < points.length; j++) marked[i + j] = true;
      }
    });
    var p = document.createElement("p");
    p.className = "search-snippet";
    if (from > titleLength + 1 && chars[from - 1] !== "\n") p.appendChild(document.createTextNode("…"));
    var run = "", runMarked = false;
    function flush() {
      if (run === "") return;
      if (runMarked) {
        var mark = document.createElement("mark");
        mark.textContent = run;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(run));
      }
      run = "";
    }
    for (var i = 0; i < excerpt.length; i++) {
      if (marked[i] !== runMarked) { flush(); runMarked = marked[i]; }
      run += excerpt[i];
    }
    flush();
    if (to < chars.length) p.appendChild(document.createTextNode("…"));
    return p;
  }

  function filtered() {
    return state.kind ? state.results.filter(function (r) { return kindOf(r) === state.kind; }) : state.results;
  }

  function renderItem(result) {
    var entry = table.docs[result.doc];
    var li = document.createElement("li");
    li.className = "search-result";
    var heading = document.createElement("p");
    heading.className = "search-result-heading";
    var link = document.createElement("a");
    link.href = "../" + entry[0];
    link.textContent = entry[1] || entry[0];
    heading.appendChild(link);
    var kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = entry[2];
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(kind);
    li.appendChild(heading);
    li.appendChild(snippet(result.doc, result.first, state.terms));
    return li;
  }

  function showMore() {
    var items = filtered();
    var next = items.slice(state.shown, state.shown + PAGE);
    var blocks = {};
    next.forEach(function (r) { blocks[numbered("text", table.docs[r.doc][4])] = true; });
    var serial = state.serial;
    return Promise.all(Object.keys(blocks).map(load)).then(function () {
      if (serial !== state.serial) return;
      next.forEach(function (r) { list.appendChild(renderItem(r)); });
      state.shown += next.length;
      more.parentNode.hidden = state.shown >= items.length;
    });
  }

  function updateKindCounts() {
    var counts = {};
    state.results.forEach(function (r) { var k = kindOf(r); counts[k] = (counts[k] || 0) + 1; });
    form.querySelectorAll("input[name=kind]").forEach(function (radio) {
      var label = radio.parentNode;
      var count = radio.value ? (counts[radio.value] || 0) : state.results.length;
      var badge = label.querySelector(".search-count");
      if (!badge) {
        badge = document.createElement("span");
        badge.className = "search-count";
        label.appendChild(badge);
      }
      badge.textContent = state.text ? "（" + count + "）" : "";
    });
  }

  function quoteTerms(text) { return "「" + N.display(text) + "」"; }

  function swapKana(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code >= 0x3041 && code <= 0x3096) code += 0x60;
      else if (code >= 0x30a1 && code <= 0x30f6) code -= 0x60;
      out += String.fromCharCode(code);
    }
    return out;
  }

  function suggest(text, serial) {
    var variant = swapKana(N.display(text));
    if (variant === N.display(text)) return;
    query(variant).then(function (found) {
      if (serial !== state.serial || found.results.length === 0) return;
      var p = document.createElement("p");
      p.className = "search-suggestion";
      p.appendChild(document.createTextNode("ひらがなとカタカナを入れ替えた "));
      var link = document.createElement("a");
      link.href = "?q=" + encodeURIComponent(variant);
      link.textContent = quoteTerms(variant);
      link.addEventListener("click", function (event) {
        event.preventDefault();
        input.value = variant;
        run();
      });
      p.appendChild(link);
      p.appendChild(document.createTextNode(" なら " + found.results.length + " 件見つかります。"));
      list.appendChild(p);
    });
  }

  function render() {
    list.textContent = "";
    state.shown = 0;
    more.parentNode.hidden = true;
    updateKindCounts();
    if (!state.text || state.terms.length === 0) {
      status.textContent = "";
      return Promise.resolve();
    }
    var items = filtered();
    var scope = state.kind ? "（" + state.kind + "）" : "";
    if (items.length === 0) {
      status.textContent = quoteTerms(state.text) + " を含むページ" + scope + "は見つかりませんでした。";
      var tip = document.createElement("p");
      tip.className = "search-tip";
      tip.textContent = state.kind && state.results.length > 0
        ? "ほかの種類には " + state.results.length + " 件あります。「すべて」を選んでください。"
        : "語句を短くするか、空白で区切った語句を減らしてみてください。ひらがなとカタカナ、濁点の有無は区別されます。";
      list.appendChild(tip);
      suggest(state.text, state.serial);
      return Promise.resolve();
    }
    status.textContent = quoteTerms(state.text) + " を含むページ" + scope + "：" + items.length + " 件";
    return showMore();
  }

  function writeURL() {
    try {
      var params = new URLSearchParams();
      if (state.text) params.set("q", state.text);
      if (state.kind) params.set("kind", state.kind);
      var search = params.toString();
      history.replaceState(null, "", search ? "?" + search : location.pathname);
    } catch (error) {
      // Some browsers refuse history changes on file://; the results are still shown.
    }
  }

  function run() {
    state.text = input.value.trim();
    var checked = form.querySelector("input[name=kind]:checked");
    state.kind = checked ? checked.value : "";
    var serial = ++state.serial;
    writeURL();
    return query(state.text).then(function (found) {
      if (serial !== state.serial) return;
      state.results = found.results;
      state.terms = found.terms;
      return render();
    }).then(function () {
      if (serial === state.serial) app.setAttribute("data-state", "done");
    }, function (error) {
      status.textContent = "検索の索引（" + error.message + "）を読み込めませんでした。サイトを作り直すか、ファイルがそろっているか確かめてください。";
      app.setAttribute("data-state", "failed");
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    app.setAttribute("data-state", "busy");
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.querySelectorAll("input[name=kind]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      state.kind = radio.value;
      writeURL();
      render();
    });
  });
  more.addEventListener("click", function () { showMore(); });

  // Keyboard: ↓ from the box into the results, ↑↓ between results, Esc back to the box.
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll(".search-result-heading a"));
    var index = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
    } else if (index >= 0 && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      var next = index + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus(); else if (next < links.length) links[next].focus();
    }
  });

  form.hidden = false;
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  var kind = params.get("kind") || "";
  form.querySelectorAll("input[name=kind]").forEach(function (radio) { radio.checked = radio.value === kind; });
  // The page table is needed by every query; start loading it while the reader types.
  ready().catch(function () { /* reported by the query that needs it */ });
  if (input.value) run(); else { app.setAttribute("data-state", "done"); input.focus(); }

  // For tests and the console: run a query without touching the page.
  window.ShiryoSearch.ready = ready;
  window.ShiryoSearch.query = function (text) {
    return query(text).then(function (found) {
      return found.results.map(function (r) { return table.docs[r.doc][0]; });
    });
  };
})();
