"""Site packs (rules/sites/*.yaml): they apply only when the URL's host or the file path matches."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import cleaner
from cleaner.cli import app

BODY = [
    "The Old Harbour Bridge is a steel arch bridge that carries road and rail traffic across the river estuary.",
    "Construction began in 1928 after a decade of debate about the cost of the crossing and its effect on shipping.",
    "The bridge was opened in 1932 and widened in 1967, when a second carriageway was added on the eastern side.",
    "Today it carries around forty thousand vehicles a day and remains one of the best-known landmarks of the city.",
]
WIKI_PAGE = "\n".join([
    "Old Harbour Bridge - Wikipedia",
    "Jump to navigation",
    "Jump to search",
    "From Wikipedia, the free encyclopedia",
    "This article is about the road bridge. For the railway viaduct, see Harbour Viaduct.",
    *BODY[:2],
    "History[edit]",
    *BODY[2:],
    "See also",
    "List of bridges in Europe",
    "References",
    "Smith, J. (1990). Bridges of the Estuary. Harbour Press. pp. 12-14.",
    "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Old_Harbour_Bridge\"",
    "Categories: Bridges completed in 1932 | Steel arch bridges",
    "This page was last edited on 3 May 2024, at 10:12 (UTC).",
]) + "\n"


def rules_used(res) -> set[str]:
    return {r.rule for r in res.removed}


def test_wikipedia_pack_applies_by_url() -> None:
    res = cleaner.clean(WIKI_PAGE, url="https://en.wikipedia.org/wiki/Old_Harbour_Bridge")
    assert "site-wikipedia" in res.packs
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY)
    for gone in ("From Wikipedia, the free encyclopedia", "References", "Categories: Bridges completed in 1932 | Steel arch bridges",
                 "This page was last edited on 3 May 2024, at 10:12 (UTC)."):
        assert gone not in kept
    assert {"site.wikipedia.tagline", "site.wikipedia.end-matter"} <= rules_used(res)
    assert cleaner.replay(res.original, res.removed) == res.text


def test_site_pack_does_not_apply_elsewhere() -> None:
    res = cleaner.clean(WIKI_PAGE, url="https://example.org/bridge")
    assert "site-wikipedia" not in res.packs
    assert not any(r.startswith("site.") for r in rules_used(res))
    res = cleaner.clean(WIKI_PAGE)
    assert "site-wikipedia" not in res.packs


def test_subdomains_and_www_match() -> None:
    for url in ("https://de.wikipedia.org/wiki/X", "http://www.wikipedia.org/x", "wikipedia.org/x"):
        assert "site-wikipedia" in cleaner.clean(WIKI_PAGE, url=url).packs
    assert "site-wikipedia" not in cleaner.clean(WIKI_PAGE, url="https://notwikipedia.org/x").packs


def test_pack_applies_by_file_glob(tmp_path) -> None:
    page = "\n".join(["Open in app", "Member-only story", *BODY, "Recommended from Medium", "34 responses"]) + "\n"
    res = cleaner.clean(page, path="corpus/medium/post.txt")
    assert "site-medium" in res.packs
    assert "Open in app" not in res.text and "Member-only story" not in res.text
    assert "site-medium" not in cleaner.clean(page, path="corpus/other/post.txt").packs


def test_stackexchange_pack_keeps_question_and_answers() -> None:
    page = "\n".join([
        "How do I reverse a list in Python?",
        "Asked 5 years ago", "Modified 1 year ago", "Viewed 2m times",
        "I have a list of numbers and I want to reverse its order without creating a copy of it in memory.",
        "The list is large, so I would like to avoid slicing it, which as far as I know makes a new list.",
        "Is there a method on the list itself that does this, or do I have to write the loop by hand?",
        "Share Improve this question Follow", "edited Mar 3, 2019 at 12:00", "Add a comment",
        "2 Answers", "Sorted by: Highest score (default)",
        "You can call the reverse method on the list, which reverses it in place and returns nothing at all.",
        "If you only need to walk over the items backwards, the reversed function gives you an iterator instead.",
        "Neither of them copies the list, so the memory use stays the same whatever the size of the list is.",
        "Share Improve this answer Follow", "answered Mar 3, 2019 at 12:05",
        "Not the answer you're looking for? Browse other questions tagged python list or ask your own question.",
        "Hot Network Questions", "Why is the sky blue at noon?",
    ]) + "\n"
    res = cleaner.clean(page, url="https://stackoverflow.com/questions/1/x")
    kept = res.text.splitlines()
    assert "I have a list of numbers and I want to reverse its order without creating a copy of it in memory." in kept
    assert "You can call the reverse method on the list, which reverses it in place and returns nothing at all." in kept
    assert "Share Improve this answer Follow" not in kept and "Why is the sky blue at noon?" not in kept


def test_explain_lists_the_site_pack(tmp_path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(WIKI_PAGE)
    res = CliRunner().invoke(app, ["explain", str(p), "--url", "https://en.wikipedia.org/wiki/X", "--json"])
    assert res.exit_code == 0
    assert any(x.startswith("site-wikipedia") for x in json.loads(res.stdout)["info"]["packs"])


def test_jsonl_url_field_selects_the_site_pack(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": WIKI_PAGE, "url": "https://en.wikipedia.org/wiki/X"}) + "\n")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["clean", str(src), "--out", str(out), "-q"])
    assert res.exit_code == 0
    row = json.loads(out.read_text())
    assert "site.wikipedia.end-matter" in row["metadata"]["cleaner"]["rules"]
