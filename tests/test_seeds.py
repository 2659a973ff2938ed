"""Seeds: the expectations of seeds/README.md, and byte-for-byte golden outputs in fixtures/seeds/."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SEEDS, seed

import cleaner


def kept_lines(res) -> list[str]:
    return [ln.strip() for ln in res.text.splitlines() if ln.strip()]


def removed_lines(res) -> list[str]:
    return [ln.strip() for r in res.removed for ln in r.text.splitlines() if ln.strip()]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_matches_golden_fixture(path) -> None:
    res = cleaner.clean(path.read_text(encoding="utf-8"), path=f"seeds/{path.name}")
    fixture = ROOT / "fixtures" / "seeds"
    assert res.text == (fixture / f"{path.stem}.clean.txt").read_text(encoding="utf-8")
    expected = json.loads((fixture / f"{path.stem}.report.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(res.to_dict())) == expected


def test_seed_000_title_once_body_and_tail_furniture_gone() -> None:
    res = cleaner.clean(seed("000"))
    kept = kept_lines(res)
    title = seed("000").splitlines()[0]
    assert kept.count(title) == 1
    assert kept[0] == title
    for gone in ("Business", "Trending Now", "Subscribe to Our Newsletter", "*we hate spam as much as you do",
                 "More From Author", "Latest Posts", "See all >>"):
        assert gone not in kept
    assert not any(ln.endswith("…") for ln in kept)  # the teaser under "Trending Now"
    body = [ln for ln in seed("000").splitlines() if len(ln.split()) > 15]
    assert all(b in kept for b in body)


def test_seed_001_clean_article_unchanged() -> None:
    res = cleaner.clean(seed("001"))
    assert res.removed == []
    assert res.text == seed("001")


def test_seed_002_no_line_removed() -> None:
    res = cleaner.clean(seed("002"))
    assert res.removed == []
    assert res.text == seed("002")


def test_seed_003_skip_link_title_comments_and_appended_posts_gone() -> None:
    res = cleaner.clean(seed("003"))
    kept = kept_lines(res)
    text = seed("003").splitlines()
    title = text[2]
    assert kept.count(title) == 1
    for gone in ("Skip to main content", "Comments", "Popular posts from this blog"):
        assert gone not in kept
    after = text[text.index("Popular posts from this blog") + 1:]
    assert not any(ln.strip() and ln.strip() in kept for ln in after)
    body = [ln.strip() for ln in text[: text.index("Comments")] if len(ln.split()) > 15]
    assert body and all(b in kept for b in body)


def test_seed_004_caption_promo_and_headline_list_gone() -> None:
    res = cleaner.clean(seed("004"))
    kept = kept_lines(res)
    text = seed("004").splitlines()
    assert not any(ln.startswith("FILE PHOTO:") for ln in kept)
    assert not any(ln.startswith("Follow us on our official WhatsApp") for ln in kept)
    for gone in ("Next In Tech News", "Others Also Read"):
        assert gone not in kept
    heads = text[text.index("Next In Tech News") + 1: text.index("Others Also Read")]
    assert not any(h.strip() and h.strip() in kept for h in heads)
    body = [ln.strip() for ln in text if len(ln.split()) > 15 and not ln.startswith(("FILE PHOTO", "Follow us"))]
    assert all(b in kept for b in body)
    # the "(Reporting by ...; Editing by ...)" credit may stay or go, and the report says which
    credit = next(ln for ln in text if ln.startswith("(Reporting by"))
    assert (credit in kept) != (credit in removed_lines(res))


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_report_replays(path) -> None:
    res = cleaner.clean(path.read_text(encoding="utf-8"))
    assert cleaner.replay(res.original, res.removed) == res.text
    assert cleaner.replay(res.original, [r.to_dict() for r in res.removed]) == res.text
