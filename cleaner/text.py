"""Tokenisation and small text measures shared by the scorers and the spam checks.

Words are ``\\w+`` runs; Han, Hiragana, Katakana and Hangul characters count as one
token each, so word counts and stopword rates work for unsegmented CJK text too.
"""

from __future__ import annotations

import regex

_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+", regex.V1)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SPACE = regex.compile(r"\s+")
_NORM_STRIP = regex.compile(r"[^\w]+")

END_PUNCT = tuple(".!?。！？…:;\"'”’»)")
SENTENCE_END = tuple(".!?。！？\"”’»")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def is_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def normalize(line: str) -> str:
    """Case-folded, punctuation- and space-free key for comparing lines."""
    return _NORM_STRIP.sub(" ", line.casefold()).strip()


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def rule_words(toks: list[str]) -> int:
    """Word count for rule limits: a CJK character is a third of a word (about a word's worth of text)."""
    cjk = sum(1 for t in toks if len(t) == 1 and _CJK.match(t))
    return len(toks) - cjk + (cjk + 2) // 3
