"""Each scorer on small hand-made documents."""

from __future__ import annotations

import pytest

from cleaner import scorers as S
from cleaner.resources import stopwords
from cleaner.scorers import Doc


def doc(lines: list[str], lang: str | None = "en") -> Doc:
    return Doc.build([ln + "\n" for ln in lines], lang, stopwords(lang) if lang else frozenset())


PROSE = "The council said on Monday that the new bridge would open to traffic in the spring of next year."


def test_word_count_and_cjk_characters() -> None:
    d = doc(["one two three", "", "今日は晴れです"], lang="ja")
    assert S.word_count(d) == [3.0, 0.0, 7.0]


def test_stopword_density_is_high_for_prose_and_low_for_menus() -> None:
    d = doc([PROSE, "Home News Sport Weather"])
    dens = S.stopword_density(d)
    assert dens[0] > 0.3
    assert dens[1] < dens[0] / 2


def test_stopword_density_without_a_list_is_zero() -> None:
    assert S.stopword_density(doc([PROSE], lang=None)) == [0.0]


@pytest.mark.parametrize(("line", "expected"), [
    ("It rained.", 1.0), ("Was it?", 1.0), ("“Yes,” he said.”", 1.0), ("Read more…", 0.0), ("Trending Now", 0.0)])
def test_sentence_end(line: str, expected: float) -> None:
    assert S.sentence_end(doc([line])) == [expected]


def test_sentence_count_caps_at_four() -> None:
    assert S.sentence_count(doc(["A. B. C. D. E. F."]))[0] == 4.0
    assert S.sentence_count(doc(["no end"]))[0] == 0.0


def test_title_case_share() -> None:
    tc = S.title_case(doc(["Apple Bids For Formula Streaming Rights", "the cat sat on the mat quietly"]))
    assert tc[0] == 1.0
    assert tc[1] == 0.0


def test_teaser_detects_ellipsis() -> None:
    assert S.teaser(doc(["A famous singer was seen with…", "Normal line."])) == [1.0, 0.0]


def test_repeated_lines() -> None:
    assert S.repeated(doc(["Title here", PROSE, "title HERE!"])) == [1.0, 0.0, 1.0]


def test_position_runs_from_top_to_bottom() -> None:
    pos = S.position(doc(["a", "b", "c", "d"]))
    assert pos[0] < pos[1] < pos[2] < pos[3]
    assert 0 < pos[0] and pos[-1] < 1


def test_headline_run_grows_with_run_length() -> None:
    heads = [f"Company {i} announces new product line today" for i in range(6)]
    d = doc([PROSE, *heads, PROSE])
    run = S.headline_run(d)
    assert run[0] == 0.0 and run[-1] == 0.0
    assert all(r > 1.5 for r in run[1:7])
    single = S.headline_run(doc([PROSE, heads[0], PROSE]))
    assert single[1] < run[1]


def test_prose_flag() -> None:
    assert S.prose(doc([PROSE, "Subscribe now", "short sentence."])) == [1.0, 0.0, 0.0]


def test_list_marks() -> None:
    assert S.list_marks(doc(["Home | News | Sport", PROSE]))[0] > 0.3


def test_digit_ratio() -> None:
    assert S.digit_ratio(doc(["2024-06-01 12:00", "abc"])) [0] > 0.5


def test_window_mean_skips_blank_lines() -> None:
    vals = [1.0, 0.0, 1.0, 0.0, 1.0]
    lines = ["a", "", "b", "", "c"]
    out = S.window_mean(vals, 1, lines)
    assert out[2] == 1.0  # neighbours are lines 0 and 4, blanks skipped
    assert out[1] == 0.0  # blank lines get 0


def test_coherence_with_body_vocabulary() -> None:
    body = "The bridge over the river will open after the council approved funding for the bridge."
    related = "Bridge funding approved by council for river crossing."
    unrelated = "Celebrity chef launches vegan restaurant in Paris district."
    d = doc([body, related, unrelated])
    coh = S.coherence(d, [True, False, False])
    assert coh[1] > 0.6
    assert coh[2] < 0.2
