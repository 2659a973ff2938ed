"""HTML mode (cleaner/htmlmode.py): trafilatura first, then the line pipeline; a dump fallback."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import htmlmode

PARAS = [
    "The city council voted on Tuesday to extend the bus line to the northern districts, a plan debated for years.",
    "Officials said the work would begin in the spring and take about eighteen months to finish, weather permitting.",
    "Residents who spoke at the meeting welcomed the decision but asked for more frequent evening service on weekdays.",
    "The extension is expected to cost less than the original estimate because the city will reuse an old depot.",
    "Construction crews will close two lanes of the main avenue at night while the new stops are being built there.",
]


def page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
    return (f"<html><head><title>Council extends bus line - Example News</title><script>var x = 1;</script></head>"
            f"<body><nav><ul>{nav}</ul></nav><article><h1>Council extends bus line</h1>{body}"
            f"<p>Subscribe to our newsletter for daily updates</p></article>"
            f"<footer><p>© 2020 Example News. All rights reserved.</p></footer></body></html>")


def test_clean_html_keeps_the_article_and_reports_both_stages() -> None:
    res = cleaner.clean_html(page())
    kept = res.text.splitlines()
    assert all(p in kept for p in PARAS)
    assert not any("Section" in k or "©" in k for k in kept)
    assert res.stages["trafilatura"]["input_chars"] == len(page())
    assert "fallback" not in res.stages


def test_visible_text_is_one_block_per_line_without_scripts() -> None:
    lines = htmlmode.visible_text(page()).splitlines()
    assert lines[0] == "Council extends bus line - Example News"
    assert "Section 3" in lines and PARAS[2] in lines
    assert not any("var x" in ln for ln in lines)


def test_visible_text_of_garbage_is_empty() -> None:
    assert htmlmode.visible_text("") == ""


def test_falls_back_to_the_visible_text_when_extraction_keeps_next_to_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # stage 1 fails the way it does on paywalled pages: it keeps only a reprint notice
    monkeypatch.setattr(htmlmode, "extract", lambda html, url=None: "This copy is for your personal use only.\n")
    res = cleaner.clean_html(page())
    assert "fallback" in res.stages
    assert all(p in res.text.splitlines() for p in PARAS)
    assert "Section 3" not in res.text
    assert res.original == htmlmode.visible_text(page())  # the report replays against what was cleaned


def test_declared_language_reads_the_html_lang_attribute() -> None:
    from cleaner.htmlmode import declared_language

    assert declared_language('<!DOCTYPE html><html lang="en-US"><head>') == "en"
    assert declared_language("<html class='x' LANG=pt-BR>") == "pt"
    assert declared_language("<html><body>lang=fr</body></html>") is None


def test_a_declared_language_settles_only_what_the_stopwords_point_to(monkeypatch) -> None:
    import pytest

    from cleaner import lang

    # too few stopwords for the stopword shortcut alone, but the most of them are Portuguese
    lines = ["Calendário desportivo: corridas, treinos, classificação final, pilotos, equipas e circuitos nacionais.",
             "Resultados oficiais publicados pela organização após verificação técnica dos carros participantes em cada etapa."]

    def no_langdetect():
        raise AssertionError("langdetect consulted")

    monkeypatch.setattr(lang, "_factory", no_langdetect)
    assert lang.detect(lines, hint="pt") == "pt"  # settled without langdetect
    with pytest.raises(AssertionError, match="langdetect consulted"):
        lang.detect(lines, hint="de")  # a hint the words contradict is ignored
    with pytest.raises(AssertionError, match="langdetect consulted"):
        lang.detect(lines)


def test_word_count_up_to_the_fallback_limit_is_exact_below_it() -> None:
    texts = ["", "  \n ", "one", " a  b\tc\n", " ".join(PARAS), "w " * 49, "w " * 50, "\n".join(["x y"] * 40)]
    for text in texts:
        for limit in (1, 3, 50):
            got, want = htmlmode._words_up_to(text, limit), len(text.split())
            assert got == want if want < limit else got >= limit, (text, limit)


def test_trafilatura_fallbacks_run_only_after_a_short_first_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    calls: list[bool] = []
    real = trafilatura.extract

    def spy(html: str, **kw):
        calls.append(bool(kw.get("fast")))
        return real(html, **kw)

    monkeypatch.setattr(trafilatura, "extract", spy)
    paras = [f"{p[:-1]}, the {k} report said." for k in ("first", "second", "third") for p in PARAS]
    long_page = page().replace("".join(f"<p>{p}</p>" for p in PARAS), "".join(f"<p>{p}</p>" for p in paras))
    text = htmlmode.extract(long_page)
    assert len(text) >= htmlmode.FAST_MIN_CHARS and all(p in text for p in paras)
    assert calls == [True]  # a full article: trafilatura's own extraction, no fallback comparison
    calls.clear()
    short = "<html><body><article><h1>Notice</h1><p>The page has moved to a new address.</p></article></body></html>"
    htmlmode.extract(short)
    assert calls == [True, False]  # next to nothing found: the full extraction with its fallbacks
