"""HTML input: trafilatura does the DOM-level work, then the line pipeline strips what it leaves.

Stage 1 (``trafilatura``): main-content extraction with formatting kept as lines
(paragraphs, headings, list items and table rows each on a line of their own).
Stage 2 (``text``): the same rules, scorers and decisions as for text dumps, run over
stage 1's output to remove related links, newsletter prompts, captions, credits and
share lines that survive extraction. ``Result.original`` is stage 1's output, so the
report replays exactly; ``Result.stages["trafilatura"]`` summarises what stage 1 dropped.
The page's declared language (``<html lang>``) settles language detection when the
stopwords of the extracted text point to it too.

Fallback: when stage 1 keeps next to nothing (a paywall notice, a consent banner) while
the page's visible text holds an article, that text (one block per line, as a dump) goes
through the text pipeline instead, and ``Result.stages["fallback"]`` says so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .model import Result

if TYPE_CHECKING:
    from .pipeline import Cleaner


FAST_MIN_CHARS = 1000  # a first extraction shorter than this gets trafilatura's fallbacks


def extract(html: str, url: str | None = None) -> str:
    """Main content of ``html`` as text lines ('' when trafilatura finds nothing).

    trafilatura's own extraction runs first without its fallback extractors (``fast``); only
    when that finds less than ``FAST_MIN_CHARS`` characters does the full extraction run,
    which compares it with readability's and jusText's and keeps the better. On the dev set
    the two differ only on such short first extractions, and the full comparison costs
    about as much again as the extraction itself.
    """
    import trafilatura

    options = dict(url=url, output_format="txt", include_comments=False, include_tables=True, include_images=False,
                   include_links=False, deduplicate=False, favor_precision=True)
    text = trafilatura.extract(html, fast=True, **options) or ""
    if len(text) < FAST_MIN_CHARS:
        text = trafilatura.extract(html, **options) or ""
    return text


_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "select", "button"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul", "title",
})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
FALLBACK_MAX_WORDS = 50  # stage 2 kept fewer words than this ...
FALLBACK_RATIO = 4.0     # ... and the visible text, cleaned as a dump, keeps this many times more


def visible_text(html: str) -> str:
    """The page's visible text, one block per line (what a plain-text dump of it holds)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
    title = root.findtext(".//title") or ""
    parts: list[str] = [title, "\n"]

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    body = root.find("body")
    walk(body if body is not None else root)
    lines = (_SPACES.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
    return "".join(ln + "\n" for ln in lines if ln)


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})\b", re.IGNORECASE)


def declared_language(html: str) -> str | None:
    """The primary language subtag of ``<html lang="...">`` ("en" for "en-US"), if any."""
    m = _HTML_LANG.search(html, 0, 4096)
    return m.group(1).lower() if m else None


def clean_html(html: str, *, url: str | None = None, cleaner: Cleaner) -> Result:
    if not isinstance(html, str):
        raise TypeError(f"clean_html() needs str, got {type(html).__name__}")
    extracted = extract(html, url) if html.strip() else ""
    if extracted and not extracted.endswith("\n"):
        extracted += "\n"
    res = cleaner.clean(extracted, url=url, extracted=True, lang_hint=declared_language(html))
    kept_words = _words_up_to(res.text, FALLBACK_MAX_WORDS)
    if kept_words < FALLBACK_MAX_WORDS and html.strip():
        dump = cleaner.clean(visible_text(html), url=url)
        if len(dump.text.split()) >= FALLBACK_RATIO * max(kept_words, 1):
            dump.stages["fallback"] = (f"trafilatura's output kept {kept_words} words; "
                                       "cleaned the page's visible text as a dump instead")
            dump.stages["trafilatura"] = _stage_summary(html, extracted, "not used")
            return dump
    res.removed = [replace(r, stage="text") for r in res.removed]
    res.stages["trafilatura"] = _stage_summary(
        html, extracted, "main-content extraction: navigation, sidebars, footers, scripts and markup removed")
    return res


def _words_up_to(text: str, limit: int) -> int:
    """``len(text.split())`` if that is below ``limit``, else a number >= ``limit``: an
    article's text is not split past its first ``limit`` words."""
    return len(text.split(maxsplit=limit))


def _stage_summary(html: str, extracted: str, summary: str) -> dict[str, object]:
    """What stage 1 did, for ``Result.stages["trafilatura"]``."""
    return {"input_chars": len(html), "output_chars": len(extracted), "output_lines": extracted.count("\n"),
            "summary": summary}
