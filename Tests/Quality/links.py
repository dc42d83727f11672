"""Every local href/src and `#fragment` in a built site must point at a file and an id that exist.

This is the gate's stand-in while the `shiryo` binary has no `check` subcommand: run.py uses
`shiryo check --output DIR` whenever the binary offers it, and this module otherwise.
"""
import html.parser
import pathlib
import urllib.parse

# Attributes that name a resource the reader's browser will load or follow.
LINK_ATTRIBUTES = {"href", "src", "xlink:href", "poster", "data"}
# Schemes that leave the site: not checked here (the build never links them for its own pages).
EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:")


class _PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (line, attribute value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES and not (tag == "link" and ("rel", "canonical") in attrs):
                self.links.append((self.getpos()[0], value))

    handle_startendtag = handle_starttag


def _parse(path, cache):
    if path not in cache:
        parser = _PageParser()
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        parser.close()
        cache[path] = parser
    return cache[path]


def _target(root, page, url):
    """The file a relative URL opens from `page`, following the site's folder/index.html convention."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    if path == "":
        return page
    base = root if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    if url.split("#", 1)[0].split("?", 1)[0].endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def check(root):
    """Returns (pages checked, links checked, problems) where each problem is 'page:line: message'."""
    root = pathlib.Path(root).resolve()
    cache = {}
    problems = []
    pages = sorted(root.rglob("*.html"))
    checked = 0
    for page in pages:
        relative = page.relative_to(root)
        for line, url in _parse(page, cache).links:
            if url.lower().startswith(EXTERNAL_SCHEMES) or url.startswith("//"):
                continue
            checked += 1
            if url.lower().startswith("javascript:"):
                problems.append(f"{relative}:{line}: link to script URL {url!r}")
                continue
            target = _target(root, page, url)
            if root not in target.parents and target != root:
                problems.append(f"{relative}:{line}: {url!r} points outside the site")
                continue
            if not target.is_file():
                problems.append(f"{relative}:{line}: {url!r} points at a missing file {target.relative_to(root)}")
                continue
            fragment = urllib.parse.unquote(urllib.parse.urlsplit(url).fragment)
            if fragment and target.suffix == ".html" and fragment not in _parse(target, cache).ids:
                problems.append(f"{relative}:{line}: {url!r} names a missing anchor #{fragment} "
                                f"in {target.relative_to(root)}")
    return len(pages), checked, problems
