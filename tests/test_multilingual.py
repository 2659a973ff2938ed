"""Multilingual pages: body recall must be total, furniture removal high, language detected.

Each page ``fixtures/multilingual/<lang>_<n>.txt`` (one block per line) has a sidecar
``<lang>_<n>.expect.yaml`` with ``language``, ``body`` (exact lines that must be kept) and
``furniture`` (exact lines that must be removed). Ambiguous lines (title, byline, date) are
in neither list. Removing article text is worse than keeping a stray line, so every body
line must survive; furniture must go at >= 80% per page and >= 90% over all pages.

Run with ``-s`` to see the summary table; it is also the message of the aggregate assertion.

The ``en_<kind>`` pages are kinds of English page other than news (a release-notes page, an API
reference, a match report, a podcast episode...). The pages were written for the test without
looking at the cleaner's rules; those it still gets wrong are listed below with the reason.
The pages named ``<lang>_<kind>`` (a forum thread, a product page, a README on a code host,
a museum page, a Q&A page, a tutorial...) were added in a later round, again by writers who
had not seen the rules; their dumps open with the page's <title>, as a browser's text dump
does, and their headline is in neither list. A sidecar may also say what ``kind`` the page is.
A third round, ``<lang>5_<kind>``, adds 16 English pages (blogs on Blogger, WordPress and a
newsletter platform, Sphinx and MkDocs docs, an API reference, a code host's issue, a wiki, a
changelog, a recipe, a forum Q&A...) and 20 in 19 other languages (blogs, docs, news, a municipal
page, a how-to), again by writers who had not seen the rules. A fourth, ``<lang>6_<kind>``, adds 14
English kinds (a newspaper article under a live ticker, a magazine feature with pull quotes, a
local TV story, a tech review, a paywalled Ghost post, a press release, a syllabus in a learning
platform, a help-centre article, an NGO report, a sports live blog, podcast show notes, a shop
category page, a Q&A page, a conference talk) and 16 pages in 16 languages (it, pt, nl, sv, da,
fi, cs, hu, ro, el, he, hi, id, vi, es, de). A fifth, ``<lang>7_<kind>``, adds 14 English kinds (a
phpBB thread, a Reddit-like page, a fan wiki, a real-estate listing, a city FAQ, a church
bulletin, a book page, a news aggregator, an obituary, a SaaS blog post, a society news item, a
travel Q&A, a student opinion piece, an electronics tutorial) and 16 pages in ar, fa, tr, ko,
ja, zh (Traditional), th, ru, uk, pl, bg, sr, hr, sk, fr (Canada) and it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

import cleaner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "multilingual"
PAGES = sorted(p.name.removesuffix(".txt") for p in FIXTURES.glob("*.txt"))

PAGE_FURNITURE_MIN = 0.80
TOTAL_FURNITURE_MIN = 0.90

# Known scorer/decision problems (not missing cues), one entry per page: see the reason.
# strict=True, so a fix in cleaner/ turns these into XPASS failures and they must be removed here.
XFAIL_BODY: dict[str, str] = {
    "el_1": "the lead and a colon-introduced list above an unrecognised 'read also' line sit above the body run "
            "that the model chose further down",
    "en_api_reference": "the signature line above the description, and the 'See also' list (read as related links)",
    "en_match_report": "the match stats after the line-ups share no word with the report",
    "en_docs_man_page": "a man page's all-caps sections after OPTIONS (ENVIRONMENT, EXIT STATUS, EXAMPLES) and its "
                        "'SEE ALSO' line (read as other pages' links)",
    "en_blog_substack_essay": "a 'Leave a comment' button in the middle of the post is read as the comments "
                              "heading; two paragraphs after it go",
    "en_course_page": "a 'What you'll learn' list above a 'Description' heading, among price and enrol widgets",
    "en_hotel_page": "the facilities lists sit among booking widgets (room types, prices, 'Book now') below the "
                     "description",
    "de_8": "a 'Mehr zum Thema' box with two headlines inside the article: the paragraph after it shares too few "
            "of the lead's exact words (inflected German) to resume the body",
    "fr_6": "a forum thread: the posts between member cards are kept, but the first post's greeting line "
            "('Bonjour à tous,') ends in a comma, so it reads as neither prose nor a sentence",
    "en_release_notes": "the page title is not the dump's first line, so no headline anchors the intro paragraph",
    "en_changelog": "a release's 'New Contributors' list and 'Full Changelog' line after its last item read as "
                    "other pages' links",
    "en_product": "a product page's 'Description' heading, its specification table and its 'Care & Use' section "
                  "among shop widgets",
    "ja_blog": "a personal blog's one-line greeting and sign-off around the post",
    "ja_qa": "the second answer of a Q&A page, below the first answer's counters and buttons",
    "ko_blog": "a blog post opening with a greeting line and an itinerary of arrow-separated lines above the "
               "first paragraph",
    "ko_recipe": "a recipe's ingredient lists (with a sub-list heading) and its 'Step 1' marks, under an ad label",
    "pl_product": "a shop page's specification list after the features list (a second closing section)",
    "zh_qa": "the second answer of a Q&A page after the first one's comment-count button (read as a comments "
             "heading)",
    "de5_blog": "a '7 Kommentare' link under the byline, and a tools list of 12-word items (shared words too few for "
                "German compounds) between the lead and the steps: the lead and the list go",
    "en5_forum_qa": "the replies below the accepted answer, each under a name, a date and a vote counter, read as "
                    "furniture below the body",
    "en5_github_issue": "the issue's description (headings, steps, an environment list) above the first comment: "
                        "only its sentences come back as a thread post",
    "en5_recipe": "a 'Storing and freezing' section above an inline 'You might also love' link and the recipe card, "
                  "and the nutrition line below the card",
    "es5_noticia": "two closing paragraphs after a 'Te puede interesar' box of two headlines share too few words "
                   "with the body",
    "nl5_gemeente": "a list's nine-word last item and the 'Planning' section after it",
    "pt5_noticia": "a second 'Leia também:' box followed by a sub-heading: the paragraphs after it share few words "
                   "with a short lead (inflected Portuguese)",
    "zh5_csdn": "the first sub-heading ('问题背景') right above the body",
    "en6_conference": "a talk page's one-word 'Abstract' heading above its only paragraph",
    "en7_church": "a bulletin's greeting line ending in a comma ('Grace and peace,') and its sign-off name read as "
                  "a date line's neighbour",
    "en7_realestate": "a listing's feature lists and property details under 'Show less' and a 'Features' label "
                      "after the description",
    "fr7_communique": "a press release's contact block ('Renseignements :', name, title, phone, e-mail) after its "
                      "last paragraph",
    "hr7_recipe": "a recipe's ingredient lists under sub-list headings ('Za tijesto:', 'Za nadjev:') and its "
                  "intro above the cooking-time lines",
    "it7_docs": "a docs page's lead paragraph above an 'In questa pagina' table of contents",
    "ja7_news": "a Japanese article's paragraphs after a '関連記事' box of two headlines and a caption: they "
                "share too few words with the three-paragraph lead to resume it",
    "en6_liveblog": "the entries' time stamps ('14:58'), listed as body here, go with the other stamps and dates "
                    "(the entries' headlines and text are kept)",
}
XFAIL_FURNITURE: dict[str, str] = {
    "th7_blog": "Thai writes no spaces between words (as th_1): only lines a rule knows go",
    "th_recipe": "Thai writes no spaces between words (as th_1): only lines a rule knows go",
    "th_1": "Thai writes no spaces between words, so every line is one or two tokens and the line model cannot "
            "tell a menu from a sentence; only lines a rule knows go",
}
XFAIL_LANGUAGE: dict[str, str] = {
    "sr7_news": "Serbian in Latin script is detected as Croatian (langdetect has no Serbian-Latin profile); the "
                "two share the stopwords the cleaner uses",
}


@dataclass(frozen=True)
class Outcome:
    name: str
    language: str
    detected: str | None
    body: tuple[str, ...]
    furniture: tuple[str, ...]
    lost_body: tuple[str, ...]
    kept_furniture: tuple[str, ...]

    @property
    def body_kept(self) -> float:
        return 1.0 - len(self.lost_body) / len(self.body)

    @property
    def furniture_removed(self) -> float:
        return 1.0 - len(self.kept_furniture) / len(self.furniture)


def _expect(name: str) -> dict:
    with open(FIXTURES / f"{name}.expect.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@cache
def outcome(name: str) -> Outcome:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    exp = _expect(name)
    result = cleaner.clean(text)
    kept = {line.strip() for line in result.text.splitlines()}
    body = tuple(exp["body"])
    furniture = tuple(exp["furniture"])
    return Outcome(
        name=name,
        language=exp["language"],
        detected=result.language,
        body=body,
        furniture=furniture,
        lost_body=tuple(b for b in body if b.strip() not in kept),
        kept_furniture=tuple(f for f in furniture if f.strip() in kept),
    )


def _params(xfails: dict[str, str]) -> list:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=xfails[n])) if n in xfails else n
        for n in PAGES
    ]


def _table(rows: list[Outcome]) -> str:
    head = f"{'page':<10} {'lang':<5} {'detected':<9} {'body kept':>11} {'furniture removed':>19}"
    lines = [head, "-" * len(head)]
    for o in rows:
        lines.append(
            f"{o.name:<10} {o.language:<5} {o.detected or '-':<9} "
            f"{len(o.body) - len(o.lost_body):>3}/{len(o.body):<3} {o.body_kept:>4.0%} "
            f"{len(o.furniture) - len(o.kept_furniture):>5}/{len(o.furniture):<3} {o.furniture_removed:>6.0%}"
        )
    body_n = sum(len(o.body) for o in rows)
    body_k = body_n - sum(len(o.lost_body) for o in rows)
    furn_n = sum(len(o.furniture) for o in rows)
    furn_r = furn_n - sum(len(o.kept_furniture) for o in rows)
    lines.append("-" * len(head))
    lines.append(
        f"{'total':<10} {'':<5} {'':<9} {body_k:>3}/{body_n:<3} {body_k / body_n:>6.1%} "
        f"{furn_r:>3}/{furn_n:<3} {furn_r / furn_n:>6.1%}"
    )
    return "\n".join(lines)


def test_there_are_pages() -> None:
    langs = {_expect(n)["language"] for n in PAGES}
    assert {"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "zh", "ja", "en"} <= langs


@pytest.mark.parametrize("name", PAGES)
def test_fixture_is_consistent(name: str) -> None:
    """Every listed line is a line of the page; no line is both body and furniture."""
    exp = _expect(name)
    assert set(exp) - {"kind"} == {"language", "body", "furniture"}
    assert exp["body"] and exp["furniture"]
    lines = {line.strip() for line in (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()}
    missing = [x for x in exp["body"] + exp["furniture"] if x.strip() not in lines]
    assert not missing, f"listed in {name}.expect.yaml but not in the page: {missing}"
    assert not set(exp["body"]) & set(exp["furniture"])


@pytest.mark.parametrize("name", _params(XFAIL_BODY))
def test_body_is_kept(name: str) -> None:
    o = outcome(name)
    assert not o.lost_body, f"{name}: body lines removed:\n" + "\n".join(o.lost_body)


@pytest.mark.parametrize("name", _params(XFAIL_FURNITURE))
def test_furniture_is_removed(name: str) -> None:
    o = outcome(name)
    assert o.furniture_removed >= PAGE_FURNITURE_MIN, (
        f"{name}: only {o.furniture_removed:.0%} of furniture removed; kept:\n" + "\n".join(o.kept_furniture)
    )


@pytest.mark.parametrize("name", _params(XFAIL_LANGUAGE))
def test_language_is_detected(name: str) -> None:
    o = outcome(name)
    assert o.detected == o.language


def test_aggregate() -> None:
    rows = [outcome(n) for n in PAGES]
    table = _table(rows)
    print("\n" + table)
    furn_n = sum(len(o.furniture) for o in rows)
    furn_r = furn_n - sum(len(o.kept_furniture) for o in rows)
    assert furn_r / furn_n >= TOTAL_FURNITURE_MIN, f"aggregate furniture removal below 90%:\n{table}"
