/*
 * The normalisation Shiryo's search index uses (Sources/Search/SearchNormalizer.swift), shared by
 * search.js and list-filter.js: NFKC, whitespace runs collapsed, Latin capitals folded to lower
 * case. Katakana and hiragana stay distinct; voiced marks, long-vowel marks and small kana stay.
 * Plain script, no modules, so it loads from file:// as well.
 */
(function () {
  "use strict";
  function display(text) {
    return String(text).normalize("NFKC").replace(/[ \t\n\r\f]+/g, " ").trim();
  }
  function fold(code) {
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xd6) || (code >= 0xd8 && code <= 0xde)) {
      return code + 0x20;
    }
    return code;
  }
  /** The folded text, for containment tests. */
  function keyText(text) {
    var out = "";
    var shown = display(text);
    for (var i = 0; i < shown.length; i++) {
      out += String.fromCharCode(fold(shown.charCodeAt(i)));
    }
    return out;
  }
  /** Query terms: the folded text split on spaces. */
  function terms(text) {
    var key = keyText(text);
    return key === "" ? [] : key.split(" ");
  }
  window.ShiryoNormalize = { display: display, fold: fold, keyText: keyText, terms: terms };
})();
