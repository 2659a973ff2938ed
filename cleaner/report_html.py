"""A self-contained HTML report of a cleaning run (``cleaner clean --report-html FILE``).

``write_report(path, docs, summary)`` writes ONE page with inline CSS and JavaScript
(no network access: no CDN, fonts or images) holding:

* a summary: documents, lines and bytes removed, counts per category, rule and flag,
  as tables with bars and as an inline SVG chart;
* per document, the original text with every removed line struck through and coloured
  by category, its rule, score and reason on hover (``title``, ``data-rule``,
  ``data-category``, ``data-score``), kept lines plain, and the document flags;
* filters by category, rule, changed/flagged documents and name, in vanilla JS. The
  filter state lives in the URL fragment (``report.html#category=navigation&rule=...``,
  a query string works too), so a filtered view can be bookmarked or shared.

Stable hooks for tests and scripts: ``#summary-docs``, ``#summary-changed``,
``#summary-lines``, ``#summary-bytes``, ``#summary-flags``, ``#capped-notice``,
``#table-categories``, ``#table-rules``, ``#chart-categories``, ``#filter-category``,
``#filter-rule``, ``#filter-status``, ``.doc`` (``data-key``, ``data-changed``,
``data-categories``, ``data-rules``, ``data-flags``), ``.line.removed`` and
``.line.kept`` (``data-line``: 1-based line number), ``.flag[data-kind]``.

All document text, ids, paths, URLs, rule ids and reasons are untrusted and escaped;
the script only reads ``data-*`` attributes and never builds markup from strings.
The engine passes at most ``HTML_REPORT_MAX_DOCS`` documents; when ``summary.docs``
(or ``total_docs``) is larger the page says the report was capped. Very long
documents are shown with their long runs of kept lines collapsed to some context.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from html import escape
from typing import Any

from .fileio import atomic_write

__all__ = ["write_report", "render_report"]

#: Documents longer than this (lines) show only context around removals.
MAX_FULL_DOC_LINES = 3000
#: Once this many lines were rendered, later documents show only context around removals.
MAX_TOTAL_LINES = 300_000
#: Kept lines shown around each removed run in collapsed documents.
CONTEXT_LINES = 3
#: Characters shown of one line; the rest is elided.
MAX_LINE_CHARS = 4000
#: Documents are rendered expanded when there are at most this many.
OPEN_DOCS_LIMIT = 100

_KNOWN_COLOURS = {
    "navigation": "#2563eb",
    "related": "#9333ea",
    "appended": "#db2777",
    "newsletter": "#ea580c",
    "duplicate-title": "#0891b2",
    "section-label": "#65a30d",
    "comments": "#b45309",
    "social": "#16a34a",
    "caption": "#0d9488",
    "ads": "#dc2626",
    "legal": "#475569",
    "teaser": "#c026d3",
    "boilerplate": "#78716c",
    "repeated-across-docs": "#7c3aed",
}

# C0/C1 controls (but tab) become visible Unicode control pictures or U+FFFD, so the
# page stays well-formed whatever the dump holds.
_CONTROL_MAP = {c: 0x2400 + c for c in range(0x20) if c != 0x09}
_CONTROL_MAP.update({0x7F: 0x2421})
_CONTROL_MAP.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_EOL = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---- small helpers ---------------------------------------------------------------------

def _clean(s: Any) -> str:
    """``s`` as a printable string: controls made visible, lone surrogates replaced."""
    text = "" if s is None else str(s)
    text = text.translate(_CONTROL_MAP)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def _e(s: Any) -> str:
    """Escape for HTML text and (double-quoted) attribute values."""
    return escape(_clean(s), quote=True)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _int(v: Any, default: int = 0) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _float(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _n(v: int) -> str:
    return f"{v:,}"


def _colour(category: str) -> str:
    if category in _KNOWN_COLOURS:
        return _KNOWN_COLOURS[category]
    hue = zlib.crc32(category.encode("utf-8", "replace")) % 360
    return _hsl_to_hex(hue, 0.62, 0.42)


def _hsl_to_hex(h: float, s: float, lightness: float) -> str:
    c = (1 - abs(2 * lightness - 1)) * s
    x = c * (1 - abs((h / 60) % 2 - 1))
    m = lightness - c / 2
    r, g, b = [(c, x, 0), (x, c, 0), (0, c, x), (0, x, c), (x, 0, c), (c, 0, x)][int(h // 60) % 6]
    return "#" + "".join(f"{round((v + m) * 255):02x}" for v in (r, g, b))


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _split_lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) if text else []


def _sorted_counts(d: Mapping[str, Any] | None) -> list[tuple[str, int]]:
    return sorted(((str(k), _int(v)) for k, v in (d or {}).items()), key=lambda kv: (-kv[1], kv[0]))


# ---- summary ----------------------------------------------------------------------------

class _Totals:
    """The run's totals, from ``summary`` (object or dict) with the documents as fallback."""

    def __init__(self, docs: Sequence[Mapping[str, Any]], summary: Any, total_docs: int | None) -> None:
        def from_docs(key: str) -> dict[str, int]:
            out: dict[str, int] = {}
            for d in docs:
                s = d.get("summary") or {}
                items = s.get(key) or {}
                if isinstance(items, list):  # flags: a list of kinds
                    items = {k: 1 for k in items}
                for k, v in items.items():
                    out[str(k)] = out.get(str(k), 0) + _int(v)
            return out

        shown = len(docs)
        self.docs = _int(_get(summary, "docs"), shown) if summary is not None else shown
        if total_docs is not None:
            self.docs = max(self.docs, int(total_docs))
        self.shown = shown
        self.capped = shown < self.docs
        self.partial = summary is None  # the totals below count the shown documents only
        if summary is not None:
            self.changed = _int(_get(summary, "changed"))
            self.lines = _int(_get(summary, "lines"))
            self.bytes_in = _int(_get(summary, "bytes_in"))
            self.bytes_removed = _int(_get(summary, "bytes_removed"))
            self.failed = _int(_get(summary, "failed"))
            self.quarantined = _int(_get(summary, "quarantined"))
            self.categories = dict(_get(summary, "categories") or {})
            self.rules = dict(_get(summary, "rules") or {})
            self.flags = dict(_get(summary, "flags") or {})
        else:
            self.changed = sum(1 for d in docs if d.get("removed"))
            self.lines = sum(_int((d.get("summary") or {}).get("lines_removed")) for d in docs)
            self.bytes_in = sum(len(str(d.get("original") or "").encode("utf-8", "surrogatepass")) for d in docs)
            self.bytes_removed = sum(_int((d.get("summary") or {}).get("bytes_removed")) for d in docs)
            self.failed = self.quarantined = 0
            self.categories = from_docs("categories")
            self.rules = from_docs("rules")
            self.flags = from_docs("flags")


# ---- rendering --------------------------------------------------------------------------

class _Renderer:
    def __init__(self, docs: Sequence[Mapping[str, Any]], summary: Any, total_docs: int | None, title: str) -> None:
        self.docs = docs
        self.t = _Totals(docs, summary, total_docs)
        self.title = title
        cats = set(self.t.categories)
        self.rule_category: dict[str, str] = {}
        for d in docs:
            for r in d.get("removed") or []:
                cat = str(r.get("category") or "")
                cats.add(cat)
                self.rule_category.setdefault(str(r.get("rule") or ""), cat)
        self.cat_index = {c: i for i, c in enumerate(sorted(cats))}
        self.rendered_lines = 0
        self.collapsed_docs = 0

    # -- page ---------------------------------------------------------------------------
    def page(self) -> str:
        body = [self._header(), self._summary(), self._filters(), '<main id="docs">']
        body.extend(self._doc(i, d) for i, d in enumerate(self.docs))
        if not self.docs:
            body.append('<p class="empty">No documents.</p>')
        body.append("</main>")
        if self.collapsed_docs:
            body.insert(3, f'<p class="notice" id="collapsed-notice">In {_n(self.collapsed_docs)} long '
                           f"document(s) only {CONTEXT_LINES} kept lines around each removal are shown.</p>")
        body.append('<footer>Generated by cleaner. Self-contained page: no network access needed.</footer>')
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
            f"<title>{_e(self.title)}</title>\n<style>\n{_CSS}{self._category_css()}</style>\n</head>\n"
            f'<body class="{"many" if len(self.docs) > OPEN_DOCS_LIMIT else "few"}">\n'
            + "\n".join(body)
            + f"\n<script>\n{_JS}</script>\n</body>\n</html>\n"
        )

    def _category_css(self) -> str:
        out = []
        for cat, i in self.cat_index.items():
            c = _colour(cat)
            out.append(f".cat-{i}{{--c:{c};--cbg:{_rgba(c, 0.12)};--cbg2:{_rgba(c, 0.22)}}}\n")
        return "".join(out)

    def _cat_class(self, cat: str) -> str:
        return f"cat-{self.cat_index.get(cat, 0)}"

    def _header(self) -> str:
        when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        return (f'<header><h1>{_e(self.title)}</h1><p class="meta">Generated {when}. '
                "Removed lines are struck through and coloured by category; hover a line for its rule, "
                "score and reason.</p></header>")

    # -- summary ------------------------------------------------------------------------
    def _summary(self) -> str:
        t = self.t
        pct = f" ({t.bytes_removed / t.bytes_in:.1%} of {_n(t.bytes_in)})" if t.bytes_in else ""
        base = t.shown if t.partial else t.docs
        cards = [
            ("summary-docs", "Documents", _n(t.docs),
             f"first {_n(t.shown)} shown below" if t.capped else "all shown below"),
            ("summary-changed", "Changed documents", _n(t.changed),
             f"{t.changed / base:.0%} of {'shown' if t.partial else 'all'}" if base else ""),
            ("summary-lines", "Lines removed", _n(t.lines), ""),
            ("summary-bytes", "Bytes removed", _n(t.bytes_removed), pct.strip(" ()")),
            ("summary-flags", "Flags", _n(sum(_int(v) for v in t.flags.values())),
             ", ".join(f"{k}: {_int(v)}" for k, v in _sorted_counts(t.flags)) or "none"),
        ]
        if t.failed:
            cards.append(("summary-failed", "Failed inputs", _n(t.failed), "not in this report"))
        if t.quarantined:
            cards.append(("summary-quarantined", "Quarantined", _n(t.quarantined), "flagged as spam"))
        parts = ['<section id="summary" aria-label="Summary">', '<div class="cards">']
        for cid, label, value, sub in cards:
            parts.append(f'<div class="card"><div class="label">{_e(label)}</div>'
                         f'<div class="value" id="{cid}" data-value="{_e(value.replace(",", ""))}">{_e(value)}</div>'
                         f'<div class="sub">{_e(sub)}</div></div>')
        parts.append("</div>")
        if t.capped:
            parts.append(f'<p class="notice" id="capped-notice" data-shown="{t.shown}" data-total="{t.docs}">'
                         f"This report shows the first {_n(t.shown)} of {_n(t.docs)} documents; the totals "
                         + ("count the shown documents only" if t.partial else "count all of them") + ".</p>")
        parts.append(self._chart())
        parts.append('<div class="tables">')
        parts.append(self._table("table-categories", "Category", "Removed lines per category",
                                 _sorted_counts(t.categories), "category"))
        parts.append(self._table("table-rules", "Rule", "Removed lines per rule", _sorted_counts(t.rules), "rule"))
        if t.flags:
            parts.append(self._table("table-flags", "Flag", "Flagged documents per flag",
                                     _sorted_counts(t.flags), "flag"))
        parts.append("</div></section>")
        return "\n".join(parts)

    def _chart(self) -> str:
        items = [(k, v) for k, v in _sorted_counts(self.t.categories) if v > 0]
        total = sum(v for _, v in items)
        if not total:
            return '<figure id="chart-categories" class="chart"><figcaption>No lines removed.</figcaption></figure>'
        bar_h, label_w, width, gap = 22, 150, 760, 6
        height = len(items) * (bar_h + gap)
        top = items[0][1]
        svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_w + width + 70} {height}" '
               f'width="100%" role="img" aria-label="Removed lines per category">']
        for i, (cat, v) in enumerate(items):
            y = i * (bar_h + gap)
            w = max(2.0, width * v / top)
            colour = _colour(cat)
            svg.append(
                f'<g class="bar" data-category="{_e(cat)}"><title>{_e(cat)}: {_n(v)} lines ({v / total:.1%})</title>'
                f'<text x="{label_w - 8}" y="{y + bar_h * 0.72:.1f}" text-anchor="end">{_e(cat)}</text>'
                f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" fill="{colour}"/>'
                f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.72:.1f}">{_n(v)}</text></g>')
        svg.append("</svg>")
        return ('<figure id="chart-categories" class="chart"><figcaption>Removed lines per category '
                "(click a row of the tables below to filter)</figcaption>" + "".join(svg) + "</figure>")

    def _table(self, tid: str, head: str, caption: str, rows: list[tuple[str, int]], kind: str) -> str:
        total = sum(v for _, v in rows) or 1
        top = max((v for _, v in rows), default=1) or 1
        unit = "documents" if kind == "flag" else "lines"
        out = [f'<table id="{tid}" class="counts"><caption>{_e(caption)}</caption>'
               f'<thead><tr><th scope="col">{_e(head)}</th><th scope="col" class="num">{unit}</th>'
               f'<th scope="col" class="num">share</th><th scope="col" class="barcol"></th></tr></thead><tbody>']
        if not rows:
            out.append('<tr><td colspan="4" class="none">none</td></tr>')
        for k, v in rows:
            cat = k if kind == "category" else self.rule_category.get(k, "") if kind == "rule" else ""
            cls = f' class="{self._cat_class(cat)}"' if kind != "flag" and cat in self.cat_index else ""
            attr = f' data-filter-{kind}="{_e(k)}" tabindex="0"' if kind in ("category", "rule") else ""
            out.append(f'<tr{cls}{attr} data-count="{v}"><th scope="row"><code>{_e(k)}</code></th>'
                       f'<td class="num">{_n(v)}</td><td class="num">{v / total:.0%}</td>'
                       f'<td class="barcol"><span class="hbar" style="width:{100 * v / top:.1f}%"></span></td></tr>')
        out.append("</tbody></table>")
        return "".join(out)

    # -- filters ------------------------------------------------------------------------
    def _filters(self) -> str:
        cats = _sorted_counts(self.t.categories)
        seen = {k for k, _ in cats}
        cats += [(c, 0) for c in sorted(self.cat_index) if c not in seen and c]
        rules = _sorted_counts(self.t.rules)
        seen = {k for k, _ in rules}
        rules += [(r, 0) for r in sorted(self.rule_category) if r not in seen and r]
        cat_opts = "".join(f'<option value="{_e(k)}">{_e(k)} ({_n(v)})</option>' for k, v in cats)
        rule_opts = "".join(f'<option value="{_e(k)}">{_e(k)} ({_n(v)})</option>' for k, v in rules)
        return (
            '<nav id="filters" aria-label="Filters">'
            '<label>Category <select id="filter-category"><option value="">all</option>'
            f"{cat_opts}</select></label>"
            '<label>Rule <select id="filter-rule"><option value="">all</option>'
            f"{rule_opts}</select></label>"
            '<label>Document <input id="filter-doc" type="search" placeholder="name or URL contains"></label>'
            '<label class="check"><input id="filter-changed" type="checkbox"> only changed</label>'
            '<label class="check"><input id="filter-flagged" type="checkbox"> only flagged</label>'
            '<label class="check"><input id="filter-hide-kept" type="checkbox"> hide kept lines</label>'
            '<button type="button" id="filter-reset">reset</button>'
            '<button type="button" id="expand-all">expand all</button>'
            '<button type="button" id="collapse-all">collapse all</button>'
            f'<output id="filter-status" aria-live="polite">{_n(len(self.docs))} documents</output>'
            "</nav>"
        )

    # -- documents ----------------------------------------------------------------------
    def _doc(self, i: int, d: Mapping[str, Any]) -> str:
        original = str(d.get("original") or "")
        lines = _split_lines(original)
        n = len(lines)
        owner: list[Mapping[str, Any] | None] = [None] * n
        removals = [r for r in (d.get("removed") or []) if isinstance(r, Mapping)]
        for r in removals:
            start, end = max(0, _int(r.get("start"))), min(n, _int(r.get("end")))
            for j in range(start, end):
                if owner[j] is None:
                    owner[j] = r
        removed_n = sum(1 for o in owner if o is not None)
        flags = [f for f in (d.get("flags") or []) if isinstance(f, Mapping)]
        s = d.get("summary") or {}
        cats = sorted({str(r.get("category") or "") for r in removals})
        rules = sorted({str(r.get("rule") or "") for r in removals})
        key = str(d.get("key") or d.get("path") or d.get("id") or f"document {i + 1}")
        url = d.get("url")
        collapse = n > MAX_FULL_DOC_LINES or self.rendered_lines + n > MAX_TOTAL_LINES
        if collapse and removed_n < n:
            self.collapsed_docs += 1
        attrs = (f'id="doc-{i}" class="doc{" changed" if removals else ""}{" flagged" if flags else ""}" '
                 f'data-index="{i}" data-key="{_e(key)}" data-id="{_e(d.get("id", ""))}" '
                 f'data-url="{_e(url or "")}" data-changed="{1 if removals else 0}" '
                 f'data-lines="{n}" data-removed="{removed_n}" '
                 f'data-categories="{_e(" ".join(cats))}" data-rules="{_e(" ".join(rules))}" '
                 f'data-flags="{_e(" ".join(str(f.get("kind", "")) for f in flags))}"')
        meta = [f"{_n(removed_n)} of {_n(n)} lines removed"]
        if s.get("bytes_removed") is not None:
            meta.append(f"{_n(_int(s.get('bytes_removed')))} bytes")
        if d.get("language"):
            meta.append(f"language {_clean(d.get('language'))}")
        if d.get("id") is not None and str(d.get("id")) != key:
            meta.append(f"id {_clean(d.get('id'))}")
        head = [f'<section {attrs}>', '<header class="doc-head">',
                f'<h2><a class="anchor" href="#doc-{i}">#{i + 1}</a> <span class="doc-key">{_e(key)}</span></h2>',
                f'<p class="doc-meta">{_e(" · ".join(meta))}</p>']
        if url:
            u = _clean(url)
            link = (f'<a href="{_e(u)}" rel="noopener noreferrer nofollow" target="_blank">{_e(u)}</a>'
                    if u.lower().startswith(("http://", "https://")) else _e(u))
            head.append(f'<p class="doc-url">{link}</p>')
        chips = "".join(
            f'<span class="chip {self._cat_class(c)}" data-category="{_e(c)}">{_e(c)}</span>' for c in cats)
        if chips:
            head.append(f'<p class="chips">{chips}</p>')
        if flags:
            head.append('<ul class="flags">' + "".join(self._flag(f) for f in flags) + "</ul>")
        head.append("</header>")
        is_open = " open" if len(self.docs) <= OPEN_DOCS_LIMIT else ""
        body = [f'<details class="doc-body"{is_open}><summary>Text ({_n(n)} lines)</summary><div class="text">']
        if not lines:
            body.append('<p class="empty">(empty document)</p>')
        body.extend(self._lines(lines, owner, collapse))
        body.append("</div></details></section>")
        self.rendered_lines += n
        return "".join(head) + "".join(body)

    def _flag(self, f: Mapping[str, Any]) -> str:
        kind = str(f.get("kind", ""))
        score = _float(f.get("score"))
        evidence = f.get("evidence") or {}
        try:
            ev = json.dumps(evidence, ensure_ascii=False, sort_keys=True, default=str)
        except (TypeError, ValueError):
            ev = str(evidence)
        if len(ev) > 2000:
            ev = ev[:2000] + "…"
        sc = f"{score:.2f}" if score is not None else "?"
        return (f'<li class="flag" data-kind="{_e(kind)}" data-score="{_e(sc)}" title="{_e(ev)}">'
                f'<span class="flag-kind">{_e(kind)}</span> <span class="flag-score">{_e(sc)}</span>'
                f'<span class="flag-evidence">{_e(ev)}</span></li>')

    def _lines(self, lines: list[str], owner: list[Mapping[str, Any] | None], collapse: bool) -> list[str]:
        n = len(lines)
        show = [True] * n
        if collapse:
            removed_idx = [j for j in range(n) if owner[j] is not None]
            show = [owner[j] is not None for j in range(n)]
            for j in removed_idx:
                for k in range(max(0, j - CONTEXT_LINES), min(n, j + CONTEXT_LINES + 1)):
                    show[k] = True
            if not removed_idx:  # nothing removed: the head of the document is enough
                for k in range(min(n, 2 * CONTEXT_LINES)):
                    show[k] = True
        out: list[str] = []
        j = 0
        while j < n:
            if not show[j]:
                k = j
                while k < n and not show[k]:
                    k += 1
                out.append(f'<div class="line omitted" data-line="{j + 1}" data-count="{k - j}">'
                           f"… {_n(k - j)} kept line(s) not shown …</div>")
                j = k
                continue
            out.append(self._line(j, lines[j], owner[j], j == 0 or owner[j - 1] is not owner[j]))
            j += 1
        return out

    def _line(self, j: int, raw: str, r: Mapping[str, Any] | None, run_start: bool) -> str:
        text = raw.rstrip(_EOL)
        if len(text) > MAX_LINE_CHARS:
            text = text[:MAX_LINE_CHARS] + f" … ({_n(len(text) - MAX_LINE_CHARS)} more characters)"
        tx = f'<span class="tx">{_e(text)}</span>'
        if r is None:
            return f'<div class="line kept" data-line="{j + 1}">{tx}</div>'
        rule = str(r.get("rule") or "")
        cat = str(r.get("category") or "")
        score = _float(r.get("score"))
        sc = f"{score:.2f}" if score is not None else ""
        reason = str(r.get("reason") or "")
        stage = str(r.get("stage") or "")
        start, end = _int(r.get("start")), _int(r.get("end"))
        title = (f"{rule} ({cat}) score {sc or '?'}: {reason}" + (f" [stage {stage}]" if stage and stage != "text" else "")
                 + f" (lines {start + 1}-{end})")
        tag = f'<span class="tag">{_e(rule)} · {_e(sc)}</span>' if run_start else ""
        return (f'<div class="line removed {self._cat_class(cat)}{" run-start" if run_start else ""}" '
                f'data-line="{j + 1}" data-rule="{_e(rule)}" data-category="{_e(cat)}" data-score="{_e(sc)}" '
                f'title="{_e(title)}">{tx}{tag}</div>')


def render_report(docs: Sequence[Mapping[str, Any]], summary: Any = None, total_docs: int | None = None,
                  title: str = "cleaner report") -> str:
    """The report page as a string (see the module docstring)."""
    return _Renderer(list(docs), summary, total_docs, title).page()


def write_report(path: str, docs: list[dict[str, Any]], summary: Any = None, total_docs: int | None = None) -> None:
    """Write the self-contained HTML report for ``docs`` to ``path`` atomically.

    ``summary`` is the run's ``cli.Summary`` (or a dict with the same keys; when None it
    is computed from ``docs``). ``total_docs`` is the number of documents in the run
    when it exceeds ``len(docs)`` and ``summary`` does not say so; the page then says
    the document list was capped.
    """
    atomic_write(path, render_report(docs, summary, total_docs).encode("utf-8"))


_CSS = """
:root{--fg:#1f2328;--muted:#656d76;--bg:#fff;--panel:#f6f8fa;--border:#d0d7de;--accent:#0969da}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0 auto;max-width:1240px;padding:0 20px 40px}
header h1{margin:18px 0 2px;font-size:24px}
.meta,.sub,.doc-meta,footer,figcaption,caption{color:var(--muted)}
.meta{margin:0 0 14px}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:10px;margin-bottom:12px}
.card{border:1px solid var(--border);border-radius:8px;padding:10px 14px;background:var(--panel)}
.card .label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.card .value{font-size:26px;font-weight:650;font-variant-numeric:tabular-nums}
.card .sub{font-size:12px;overflow-wrap:anywhere}
.notice{border:1px solid #d4a72c;background:#fff8c5;border-radius:6px;padding:8px 12px}
.chart{margin:8px 0 14px;padding:10px 14px;border:1px solid var(--border);border-radius:8px}
.chart figcaption{margin-bottom:6px}
.chart svg{max-height:420px;font-size:13px;fill:var(--fg)}
.chart svg text{fill:var(--fg)}
.tables{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:14px;align-items:start}
table.counts{border-collapse:collapse;width:100%}
table.counts caption{text-align:left;font-weight:600;color:var(--fg);padding-bottom:4px}
table.counts th,table.counts td{padding:3px 8px;border-bottom:1px solid var(--border);text-align:left;font-weight:normal}
table.counts thead th{font-size:12px;color:var(--muted)}
table.counts .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.counts .barcol{width:35%}
table.counts tr[tabindex]{cursor:pointer}
table.counts tbody tr:hover,table.counts tr.active{background:var(--panel)}
table.counts tr.active th{font-weight:650}
.hbar{display:block;height:10px;border-radius:3px;background:var(--c,#8c959f)}
#filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;
 margin:16px 0 12px;padding:8px 12px;background:rgba(246,248,250,.97);border:1px solid var(--border);border-radius:8px}
#filters select,#filters input[type=search]{font:inherit;padding:2px 4px;max-width:260px}
#filters button{font:inherit;padding:2px 10px;border:1px solid var(--border);border-radius:6px;background:#fff;cursor:pointer}
#filter-status{margin-left:auto;color:var(--muted)}
.doc{border:1px solid var(--border);border-radius:8px;margin:0 0 14px;overflow:hidden}
.doc-head{padding:8px 14px;background:var(--panel);border-bottom:1px solid var(--border)}
.doc-head h2{font-size:15px;margin:0;overflow-wrap:anywhere}
.doc-head .anchor{color:var(--muted);text-decoration:none;font-weight:normal}
.doc-meta,.doc-url,.chips{margin:2px 0 0;font-size:12.5px;overflow-wrap:anywhere}
.doc-url a{color:var(--accent)}
.chip{display:inline-block;margin:2px 4px 0 0;padding:0 7px;border-radius:10px;background:var(--cbg2);
 border:1px solid var(--c);font-size:12px}
.flags{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.flag{background:#ffebe9;border:1px solid #ff8182;border-radius:6px;padding:1px 8px;font-size:12.5px;max-width:100%}
.flag-kind{font-weight:650;color:#a40e26}
.flag-evidence{display:block;color:var(--muted);font:11.5px ui-monospace,Menlo,Consolas,monospace;
 white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:1100px}
.doc-body>summary{padding:4px 14px;cursor:pointer;color:var(--muted);font-size:12.5px}
.text{padding:4px 0 8px}
.line{display:flex;gap:10px;padding:1px 14px 1px 10px;border-left:4px solid transparent;min-height:1.45em}
.line::before{content:attr(data-line);flex:0 0 3.2em;text-align:right;color:#8c959f;
 font:12px/1.7 ui-monospace,Menlo,Consolas,monospace;user-select:none}
.line.omitted::before{content:""}
.line .tx{flex:1 1 auto;white-space:pre-wrap;overflow-wrap:anywhere}
.line.removed{background:var(--cbg);border-left-color:var(--c)}
.line.removed .tx{text-decoration:line-through;text-decoration-color:var(--c);text-decoration-thickness:1.5px;
 color:#57606a}
.line.removed .tx:empty::before{content:"\\00b6";display:inline-block;color:var(--c);opacity:.5}
.line.removed:hover{background:var(--cbg2)}
.line.run-start{margin-top:2px}
.line .tag{flex:0 0 auto;align-self:flex-start;font:11.5px/1.6 ui-monospace,Menlo,Consolas,monospace;color:#fff;
 background:var(--c);border-radius:4px;padding:0 6px;white-space:nowrap}
.line.omitted{color:var(--muted);font-style:italic;font-size:12.5px}
body.hide-kept .line.kept,body.hide-kept .line.omitted{display:none}
.empty{color:var(--muted);padding:4px 14px}
footer{margin-top:24px;font-size:12px}
@media (prefers-color-scheme:dark){
:root{--fg:#e6edf3;--muted:#8d96a0;--bg:#0d1117;--panel:#161b22;--border:#30363d;--accent:#4493f8}
.line.removed .tx{color:#9da7b3}
#filters{background:rgba(22,27,34,.97)}
#filters button{background:#21262d;color:var(--fg)}
.notice{background:#3b2e00;border-color:#9e6a03}
.flag{background:#3c1618;border-color:#8e1519}.flag-kind{color:#ff9492}
}
"""

_JS = r"""
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var selCat = $("filter-category"), selRule = $("filter-rule"), inDoc = $("filter-doc"),
      chkChanged = $("filter-changed"), chkFlagged = $("filter-flagged"), chkKept = $("filter-hide-kept"),
      status = $("filter-status");
  var docs = Array.prototype.map.call(document.querySelectorAll("section.doc"), function (el) {
    return {el: el, lines: Array.prototype.slice.call(el.querySelectorAll(".line.removed")),
            text: ((el.dataset.key || "") + " " + (el.dataset.url || "") + " " + (el.dataset.id || "")).toLowerCase(),
            body: el.querySelector("details.doc-body")};
  });

  function ensureOption(sel, value) {
    if (!value) return;
    for (var i = 0; i < sel.options.length; i++) if (sel.options[i].value === value) return;
    sel.add(new Option(value + " (0)", value));  // unknown value from the URL: matches nothing
  }

  function readState() {
    var p = new URLSearchParams(location.search);
    var h = location.hash.replace(/^#/, "");
    if (h.indexOf("=") >= 0) new URLSearchParams(h).forEach(function (v, k) { p.set(k, v); });
    return {category: p.get("category") || "", rule: p.get("rule") || "", q: p.get("q") || "",
            changed: p.get("changed") === "1", flagged: p.get("flagged") === "1", hideKept: p.get("hidekept") === "1"};
  }

  function setControls(s) {
    ensureOption(selCat, s.category); ensureOption(selRule, s.rule);
    selCat.value = s.category; selRule.value = s.rule; inDoc.value = s.q;
    chkChanged.checked = s.changed; chkFlagged.checked = s.flagged; chkKept.checked = s.hideKept;
  }

  function controlsState() {
    return {category: selCat.value, rule: selRule.value, q: inDoc.value.trim(), changed: chkChanged.checked,
            flagged: chkFlagged.checked, hideKept: chkKept.checked};
  }

  function writeState(s) {
    var p = new URLSearchParams();
    if (s.category) p.set("category", s.category);
    if (s.rule) p.set("rule", s.rule);
    if (s.q) p.set("q", s.q);
    if (s.changed) p.set("changed", "1");
    if (s.flagged) p.set("flagged", "1");
    if (s.hideKept) p.set("hidekept", "1");
    var h = p.toString();
    try { history.replaceState(null, "", h ? "#" + h : location.pathname + location.search); } catch (e) { /* file: */ }
  }

  function apply(s) {
    var byLine = !!(s.category || s.rule), q = s.q.toLowerCase(), shownDocs = 0, shownLines = 0;
    document.body.classList.toggle("hide-kept", s.hideKept);
    docs.forEach(function (d) {
      var match = 0;
      d.lines.forEach(function (ln) {
        var ok = (!s.category || ln.dataset.category === s.category) && (!s.rule || ln.dataset.rule === s.rule);
        ln.hidden = !ok;
        if (ok) match++;
      });
      var visible = (!byLine || match > 0) && (!s.changed || d.el.dataset.changed === "1") &&
                    (!s.flagged || !!d.el.dataset.flags) && (!q || d.text.indexOf(q) >= 0);
      d.el.hidden = !visible;
      d.el.classList.toggle("filter-match", byLine && visible);
      if (visible) { shownDocs++; shownLines += match; if (byLine && d.body) d.body.open = true; }
    });
    document.querySelectorAll("tr[data-filter-category]").forEach(function (tr) {
      tr.classList.toggle("active", !!s.category && tr.dataset.filterCategory === s.category);
    });
    document.querySelectorAll("tr[data-filter-rule]").forEach(function (tr) {
      tr.classList.toggle("active", !!s.rule && tr.dataset.filterRule === s.rule);
    });
    status.textContent = "showing " + shownDocs + " of " + docs.length + " documents" +
      (byLine ? ", " + shownLines + " matching removed lines" : "");
    status.dataset.docs = shownDocs;
    status.dataset.lines = byLine ? shownLines : "";
  }

  function onChange() { var s = controlsState(); apply(s); writeState(s); }

  [selCat, selRule, chkChanged, chkFlagged, chkKept].forEach(function (el) { el.addEventListener("change", onChange); });
  inDoc.addEventListener("input", onChange);
  $("filter-reset").addEventListener("click", function () {
    setControls({category: "", rule: "", q: "", changed: false, flagged: false, hideKept: false}); onChange();
  });
  $("expand-all").addEventListener("click", function () {
    docs.forEach(function (d) { if (d.body && !d.el.hidden) d.body.open = true; });
  });
  $("collapse-all").addEventListener("click", function () {
    docs.forEach(function (d) { if (d.body) d.body.open = false; });
  });
  function rowFilter(tr) {
    if (tr.dataset.filterCategory !== undefined) {
      selCat.value = selCat.value === tr.dataset.filterCategory ? "" : tr.dataset.filterCategory;
    } else {
      selRule.value = selRule.value === tr.dataset.filterRule ? "" : tr.dataset.filterRule;
    }
    onChange();
    $("filters").scrollIntoView({block: "start"});
  }
  document.querySelectorAll("tr[data-filter-category], tr[data-filter-rule]").forEach(function (tr) {
    tr.addEventListener("click", function () { rowFilter(tr); });
    tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter") rowFilter(tr); });
  });
  window.addEventListener("hashchange", function () {
    if (location.hash.indexOf("=") < 0) return;  // a plain #doc-N anchor
    var s = readState(); setControls(s); apply(s);
  });
  var initial = readState();
  setControls(initial);
  apply(initial);
  document.documentElement.dataset.ready = "1";
})();
"""
