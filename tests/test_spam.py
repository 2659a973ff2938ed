"""Document flags (cleaner.spam): spun, keyword-stuffing, repetition, no-body."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT, seed

import cleaner
from cleaner import spam
from cleaner.config import Config
from cleaner.model import Result

CONFIG = Config()


def _spam_flags(flags: list[cleaner.Flag]) -> list[cleaner.Flag]:
    return [f for f in flags if f.score >= CONFIG.spam_threshold and f.kind in spam.SPAM_KINDS]


def _load_spinner():
    spec = importlib.util.spec_from_file_location("spinner", ROOT / "scripts" / "spinner.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["spinner"] = mod
    spec.loader.exec_module(mod)
    return mod


# An original news-style text (not from the seeds or the dev set), used to test the spinner.
NEWS = """The city council said on Tuesday that it would delay a vote on the new housing plan until next month, after residents raised concerns about traffic and the cost of the project.
Officials told reporters that the plan, which would build about 2,000 homes on former industrial land near the river, had been changed several times since it was first announced last year.
"We need more time to look at the numbers and to talk to the people who live in the area," the council's leader said in a statement. "This is an important decision for the whole community."
Local business groups have supported the project, saying it would create jobs and bring new customers to shops in the town centre. Critics say the roads are already too busy and that the schools and the hospital cannot cope with thousands of new families.
The developer, a private company based in the capital, said it was disappointed by the delay but remained committed to working with the council. It expects building work to start early next year if the plan is approved.
A report published last week by the regional government found that house prices in the area had risen by more than 12 percent over the past two years, while wages had barely changed. Many young people say they can no longer afford to buy a home near their families.
The council will hold a public meeting next week to explain the changes and to answer questions from residents. A final decision is expected before the end of the year.
"""

ACCOUNTS = """Annual report: results for the year ended 31 March
Gross sales for the year rose 6.2% to $48.3 million, driven by higher volumes in the industrial segment and price increases that took effect in the second quarter. Net sales, after returns, discounts and allowances, were $45.9 million, compared with $43.1 million in the previous year.
Gross sales in the retail segment were flat, as lower footfall in the first half was offset by stronger online demand. The board considers gross sales a useful measure of demand before the effect of promotional discounts, and reports it alongside net sales in the segment note.
Gross margin improved to 34.5% from 32.8%, reflecting a better product mix and lower freight costs. Operating expenses increased by 4.1%, mainly because of wage inflation and investment in the new distribution centre, which opened in September.
Operating profit was $6.4 million, up from $5.2 million, and the operating margin rose to 13.9%. Net cash from operating activities was $7.8 million. The company ended the year with net cash of $11.2 million and no borrowings.
The directors recommend a final dividend of 8.5 cents per share, bringing the total for the year to 12.5 cents. Subject to approval at the annual general meeting, the dividend will be paid on 15 August to shareholders on the register on 18 July.
"""

GERMAN = """Die Stadtverwaltung hat am Dienstag angekündigt, die Abstimmung über den neuen Wohnungsbauplan auf den nächsten Monat zu verschieben, nachdem Anwohner Bedenken wegen des Verkehrs und der Kosten geäußert hatten.
Der Plan sieht vor, auf einem ehemaligen Industriegelände am Fluss rund 2.000 Wohnungen zu bauen. Seit seiner ersten Vorstellung im vergangenen Jahr wurde er mehrfach geändert, sagten Vertreter der Stadt.
„Wir brauchen mehr Zeit, um uns die Zahlen anzusehen und mit den Menschen zu sprechen, die in der Gegend leben“, sagte die Bürgermeisterin in einer Erklärung. Es handle sich um eine wichtige Entscheidung für die ganze Gemeinde.
Die örtlichen Unternehmerverbände unterstützen das Projekt, weil es Arbeitsplätze schaffen und neue Kunden in die Geschäfte der Innenstadt bringen würde. Kritiker sagen, die Straßen seien schon jetzt überlastet und die Schulen könnten Tausende neuer Familien nicht aufnehmen.
"""

FRENCH = """Le conseil municipal a annoncé mardi qu'il reportait au mois prochain le vote sur le nouveau plan de logement, après que des habitants ont exprimé des inquiétudes concernant la circulation et le coût du projet.
Le plan prévoit la construction d'environ 2 000 logements sur un ancien site industriel près de la rivière. Il a été modifié à plusieurs reprises depuis sa première présentation l'année dernière, ont indiqué des responsables.
« Nous avons besoin de plus de temps pour examiner les chiffres et parler avec les personnes qui vivent dans le quartier », a déclaré la maire dans un communiqué. Il s'agit d'une décision importante pour toute la commune.
Les associations de commerçants soutiennent le projet, qui créerait des emplois et attirerait de nouveaux clients dans les magasins du centre-ville. Les opposants estiment que les routes sont déjà saturées et que les écoles ne pourront pas accueillir des milliers de nouvelles familles.
"""


# ----------------------------------------------------------------------------- spun
def test_seed_002_is_flagged_spun_with_evidence():
    res = cleaner.clean(seed("002"))
    spun = [f for f in res.flags if f.kind == "spun"]
    assert spun and spun[0].score >= CONFIG.spam_threshold
    ev = spun[0].evidence
    phrases = {p["phrase"] for p in ev["phrases"]}
    assert {"final month", "gross sales"} <= phrases
    assert any("Division" in p for p in phrases) and any(p.startswith("expertise") for p in phrases)
    assert ev["strong_entries"] >= 3 and len(ev["categories"]) >= 2
    assert all(p["per_1000"] > 0 and p["original"] for p in ev["phrases"])
    assert "lexicon" in ev["signals"]
    assert spam.is_spam(res.flags, CONFIG)
    # kept, not deleted: the spun page loses no line
    assert res.text == seed("002")


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_other_seeds_are_not_flagged(prefix):
    res = cleaner.clean(seed(prefix))
    assert _spam_flags(res.flags) == []
    assert not spam.is_spam(res.flags, CONFIG)


def test_accounts_report_with_gross_sales_is_not_spun():
    res = cleaner.clean(ACCOUNTS)
    assert res.language == "en"
    assert _spam_flags(res.flags) == []
    ev = spam.spun_evidence(ACCOUNTS)
    assert any(p["phrase"].lower() == "gross sales" for p in ev["phrases"])  # seen, but not enough
    assert spam.spun_score(ev, spam.load_lexicon().scoring) < CONFIG.spam_threshold


def test_one_distinctive_phrase_alone_does_not_flag():
    text = NEWS + "Wall Avenue analysts said the decision would not change the outlook for local banks.\n"
    ev = spam.spun_evidence(text)
    assert ev["strong_entries"] == 1
    assert spam.spun(text, "en") is None or spam.spun(text, "en").score < CONFIG.spam_threshold


@pytest.mark.parametrize("text,lang", [(GERMAN, "de"), (FRENCH, "fr")])
def test_other_languages_are_not_flagged(text, lang):
    res = cleaner.clean(text)
    assert res.language == lang
    assert _spam_flags(res.flags) == []
    assert all(f.kind != "spun" for f in res.flags)
    # the spun check does not run on another language, even on English-looking spins
    assert spam.spun(seed("002"), lang) is None


def test_spun_without_wordfreq_uses_the_lexicon_only(monkeypatch):
    monkeypatch.setattr(spam, "_WF", {"freqs": None})
    spam.load_synonyms.cache_clear()
    try:
        flag = spam.spun(seed("002"), "en")
        assert flag is not None and flag.score >= CONFIG.spam_threshold
        assert flag.evidence["signals"] == ["lexicon"]
        assert "downgrade_rate" not in flag.evidence
    finally:
        spam.load_synonyms.cache_clear()


def test_lexicon_loads_and_names_no_seed_content():
    lex = spam.load_lexicon()
    assert len(lex.entries) >= 150
    assert len({e.category for e in lex.entries}) >= 6
    assert all(e.original and 0 < e.weight <= 1 for e in lex.entries)
    raw = (ROOT / "rules" / "spam" / "spun.yaml").read_text(encoding="utf-8").lower()
    for name in ("kaspersky", "raimondo", "biden", "moscow", "antivirus"):
        assert name not in raw
    with pytest.raises(ValueError):
        spam.pattern_heads(r"\w+ sales")


# ----------------------------------------------------------------------------- the spinner
def test_spinner_is_deterministic_and_its_output_is_flagged():
    spinner = _load_spinner()
    a, subs_a = spinner.spin(NEWS, seed=7, p=0.5)
    b, subs_b = spinner.spin(NEWS, seed=7, p=0.5)
    c, _ = spinner.spin(NEWS, seed=8, p=0.5)
    assert a == b and subs_a == subs_b and a != c and a != NEWS
    assert len(subs_a) >= 40
    assert all(a[s.start:s.end] == s.replacement for s in subs_a)
    assert not _spam_flags(cleaner.clean(NEWS).flags)  # the original is clean
    pytest.importorskip("wordfreq")  # detecting this spinner's output needs the statistical signal
    flagged = 0
    for s in range(5):
        out, _ = spinner.spin(NEWS, seed=s, p=0.5)
        flags = cleaner.clean(out).flags
        flagged += any(f.kind == "spun" and f.score >= CONFIG.spam_threshold for f in flags)
    assert flagged >= 4


# ----------------------------------------------------------------------------- keyword stuffing
STUFFED = """Cheap Flights to Paris - Best Cheap Flights Deals
Looking for cheap flights to Paris? Our cheap flights to Paris search finds cheap flights to Paris from every airport, so you always get cheap flights to Paris at the lowest price.
Book cheap flights to Paris today. Cheap flights to Paris, last minute cheap flights to Paris, cheap flights to Paris from London, cheap flights to Paris from New York.
Why pay more? Compare cheap flights to Paris with us and save on cheap flights to Paris. We love cheap flights to Paris and so will you.
"""


def test_keyword_stuffing_is_flagged_with_the_term():
    res = cleaner.clean(STUFFED)
    flag = next(f for f in res.flags if f.kind == "keyword-stuffing")
    assert flag.score >= CONFIG.spam_threshold
    assert flag.evidence["top_term"] in {"cheap", "flights", "paris"}
    assert flag.evidence["top_term_per_1000"] > 100
    assert flag.evidence["stuffed_lines"] >= 2


def test_box_scores_are_not_keyword_stuffing():
    table = "\n".join(f"Team {c} (1-0): Player{c}a {i + 10} points. Player{c}b {i + 3} points. Player{c}c {i} points. "
                      f"Player{c}d {i + 1} points. Player{c}e 2 points and 3 rebounds."
                      for i, c in enumerate("ABCDEFGH"))
    assert spam.keyword_stuffing(table, "en") is None


def test_normal_article_is_not_keyword_stuffing():
    assert spam.keyword_stuffing(NEWS, "en") is None


# ----------------------------------------------------------------------------- repetition, no-body
def test_repetition_is_flagged():
    text = "Buy cheap watches online today\n" * 25 + "Contact us for more\n"
    flags = spam.document_flags(Result(original=text, text=text, language="en"), CONFIG)
    rep = next(f for f in flags if f.kind == "repetition")
    assert rep.score >= CONFIG.spam_threshold and rep.evidence["duplicate_line_fraction"] > 0.3


def test_zero_width_lines_are_not_repetition():
    body = NEWS.replace("\n", "\n\u200b\n")
    assert spam.repetition(body) is None


def test_no_body_is_flagged():
    original = "Home\nNews\nSport\nContact us\n"
    flags = spam.document_flags(Result(original=original, text="", language="en"), CONFIG)
    assert [f.kind for f in flags] == ["no-body"] and flags[0].score == 1.0
    assert flags[0].evidence == {"words_left": 0, "words_before": 5}
    assert not spam.is_spam(flags, CONFIG)  # no-body is a quality verdict, not spam


def test_flags_below_the_floor_are_not_reported():
    for prefix in ("000", "001", "003", "004"):
        assert all(f.score >= spam.FLAG_FLOOR for f in cleaner.clean(seed(prefix)).flags)


def test_spam_check_cost_is_bounded():
    big = (NEWS * 60)  # ~90 KB: only the first ~3,000 words are read
    import time

    spam.spun(NEWS, "en")  # warm the lexicon and wordfreq
    t = time.perf_counter()
    spam.spun(big, "en")
    spam.keyword_stuffing(big, "en")
    assert time.perf_counter() - t < 0.25
    assert Path(spam.load_lexicon().source).name == "spun.yaml"
