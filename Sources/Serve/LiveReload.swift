import Foundation

/// The script that serve mode adds to every HTML response (never to the files in the output
/// folder): it long-polls the server for a newer build, reloads the page when one finished, and
/// shows a failed build's message over the last good page.
enum LiveReload {
    /// Where the script and the long-poll live; a path no Shiryo site produces.
    static let prefix = "/__shiryo/"
    static let scriptPath = prefix + "live-reload.js"
    static let waitPath = prefix + "wait"

    /// Inserts the script tag before `</body>` (or at the end when the page has none).
    static func inject(into html: Data, version: Int) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" data-version=\"\(version)\"></script>".utf8)
        guard let end = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: end.lowerBound)
        return result
    }

    /// The JSON a long-poll answers with.
    static func state(version: Int, error: String?) -> Data {
        let payload: [String: Any] = ["version": version, "error": error ?? NSNull()]
        return (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// The script itself.
    static let script = """
        (function () {
          "use strict";
          var me = document.currentScript;
          var version = Number(me && me.dataset.version) || 0;
          var overlay = null;
          function showError(message) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.id = "shiryo-build-error";
              overlay.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                "background:#7f1d1d;color:#fff;font:14px/1.6 monospace;padding:1em 1.5em;white-space:pre-wrap;box-shadow:0 2px 8px #0008";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "ビルドに失敗しました（最後に成功したページを表示しています）\\n\\n" + message;
          }
          // The first request answers at once with the current state (a failed build is shown
          // straight away); later ones wait for a build newer than the last one seen.
          var known = -1;
          function poll() {
            var request = new XMLHttpRequest();
            request.open("GET", "\(waitPath)?version=" + known);
            request.timeout = 40000;
            request.onload = function () {
              var state = {};
              try { state = JSON.parse(request.responseText); } catch (e) {}
              if (typeof state.version === "number") {
                known = state.version;
                if (state.error) { showError(state.error); }
                else if (state.version !== version) { location.reload(); return; }
              }
              setTimeout(poll, 50);
            };
            request.onerror = request.ontimeout = function () { setTimeout(poll, 1000); };
            request.send();
          }
          poll();
        })();
        """
}
