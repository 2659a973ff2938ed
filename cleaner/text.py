"""Tokenisation and small text measures shared by the scorers and the spam checks.

Words are ``\\w+`` runs; Han, Hiragana, Katakana and Hangul characters count as one
token each, so word counts and stopword rates work for unsegmented CJK text too. Plain
lines (ASCII, or ASCII with typographic quotes, dashes and the like: ``PLAIN_EXTRA``) take
plain ``re`` patterns with the same result: there ``\\w`` is ``[A-Za-z0-9_]`` in both
engines, and case folding is lowercasing.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+", regex.V1)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SPACE = regex.compile(r"\s+")
_NORM_STRIP = regex.compile(r"[^\w]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_ASCII_NON_WORD = re.compile(r"[^A-Za-z0-9_]+")
# nbsp © – — ‘ ’ “ ” …: not word characters in either engine, no case
PLAIN_EXTRA = "\u00a0\u00a9\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{PLAIN_EXTRA}]")


# zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen: a line of
# nothing else shows as an empty line in a browser
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def visible_strip(line: str) -> str:
    """``line.strip()``, also dropping invisible characters at its ends (``INVISIBLE``)."""
    s = line.strip()
    while s and (s[0] in INVISIBLE or s[-1] in INVISIBLE):
        s = s.strip(INVISIBLE).strip()
    return s


def is_plain(text: str) -> bool:
    """ASCII, or ASCII with a few caseless non-word characters (``PLAIN_EXTRA``)."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


CACHE_SIZE = 16384  # short lines whose measures are remembered across calls and documents
CACHE_CHARS = 256  # longer lines (prose, rarely repeated) are computed every time

END_PUNCT = tuple(".!?。！？…:;\"'”’»)")
SENTENCE_END = tuple(".!?。！？\"”’»।॥؟۔")


def tokens(text: str) -> list[str]:
    if is_plain(text):
        return _ASCII_WORD.findall(text)
    return _TOKEN.findall(text)


def is_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def normalize(line: str) -> str:
    """Case-folded, punctuation- and space-free key for comparing lines.

    Short lines are remembered: every cleaning pass normalises every line again, and menus
    and footers repeat across documents."""
    if len(line) <= CACHE_CHARS:
        return _normalize_short(line)
    return _normalize(line)


def normalize_tokens(line: str, toks: list[str]) -> str:
    """``normalize(line)``, given ``toks = tokens(line)``: a plain line's key is its tokens
    joined by single spaces, lowercased (what the substitution makes of it, without a scan)."""
    if is_plain(line):
        return " ".join(toks).lower()
    return normalize(line)


def _normalize(line: str) -> str:
    if is_plain(line):
        return _ASCII_NON_WORD.sub(" ", line.lower()).strip()
    return _NORM_STRIP.sub(" ", line.casefold()).strip()


_normalize_short = lru_cache(maxsize=CACHE_SIZE)(_normalize)


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def rule_words(toks: list[str]) -> int:
    """Word count for rule limits: a CJK character is a third of a word (about a word's worth of text)."""
    cjk = sum(1 for t in toks if len(t) == 1 and _CJK.match(t))
    return len(toks) - cjk + (cjk + 2) // 3


def line_words(line: str) -> tuple[list[str], int]:
    """Tokens of a stripped line and its ``rule_words`` count.

    Short lines are remembered across documents (bounded); the token list is shared
    between callers and must not be mutated."""
    if len(line) <= CACHE_CHARS:
        return _line_words_short(line)
    return _line_words(line)


def _line_words(line: str) -> tuple[list[str], int]:
    toks = tokens(line)
    if is_plain(line) or _CJK.search(line) is None:  # no CJK token: rule_words(toks) == len(toks)
        return toks, len(toks)
    return toks, rule_words(toks)


_line_words_short = lru_cache(maxsize=CACHE_SIZE)(_line_words)


def clear_caches() -> None:
    """Forget the remembered lines (benchmarks use it to measure without cross-document reuse)."""
    _normalize_short.cache_clear()
    _line_words_short.cache_clear()
