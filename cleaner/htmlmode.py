"""HTML input: trafilatura does the DOM-level work, then the line pipeline strips what it leaves.

Stage 1 (``trafilatura``): main-content extraction with formatting kept as lines
(paragraphs, headings, list items and table rows each on a line of their own).
Stage 2 (``text``): the same rules, scorers and decisions as for text dumps, run over
stage 1's output to remove related links, newsletter prompts, captions, credits and
share lines that survive extraction. ``Result.original`` is stage 1's output, so the
report replays exactly; ``Result.stages["trafilatura"]`` summarises what stage 1 dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .model import Result

if TYPE_CHECKING:
    from .pipeline import Cleaner


def extract(html: str, url: str | None = None) -> str:
    """Main content of ``html`` as text lines ('' when trafilatura finds nothing)."""
    import trafilatura

    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, include_links=False, deduplicate=False, favor_precision=True)
    return text or ""


def clean_html(html: str, *, url: str | None = None, cleaner: Cleaner) -> Result:
    if not isinstance(html, str):
        raise TypeError(f"clean_html() needs str, got {type(html).__name__}")
    extracted = extract(html, url) if html.strip() else ""
    if extracted and not extracted.endswith("\n"):
        extracted += "\n"
    res = cleaner.clean(extracted, url=url, extracted=True)
    res.removed = [replace(r, stage="text") for r in res.removed]
    res.stages["trafilatura"] = {
        "input_chars": len(html),
        "output_chars": len(extracted),
        "output_lines": extracted.count("\n"),
        "summary": "main-content extraction: navigation, sidebars, footers, scripts and markup removed",
    }
    return res
