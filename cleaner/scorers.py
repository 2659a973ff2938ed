"""Heuristic scorers: small pure functions from a document's lines to one number per line.

Each scorer takes a ``Doc`` (the lines, their tokens and the language's stopwords)
and returns a list with one float per line. They know nothing about decisions: the
model (``cleaner.model_weights``) combines them and ``cleaner.decide`` acts on them.
Scorers that need to know where the body is (coherence) take the body mask too.

The scorers that look at one line only (``LINE_SCORERS``) are also computed per line by
``line_measures``, which remembers short lines across documents (bounded, like the line
caches of ``cleaner.text``): ``Doc.build`` fills a document's scorer cache from it, so menus
and footers seen before cost a lookup. The functions below stay the definitions; the
per-line path gives the same floats (``tests/test_fast_paths.py``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .text import CACHE_CHARS, CACHE_SIZE, SENTENCE_END, is_cjk, line_words, normalize, tokens, visible_strip

ELLIPSIS = ("…", "...")
LIST_MARKS = ("|", "»", "›", "•", "·", ">>")


@dataclass
class Doc:
    """A document split into lines, with per-line tokens and the language's stopwords."""

    lines: list[str]
    stripped: list[str]
    toks: list[list[str]]
    lang: str | None
    stop: frozenset[str]
    cjk: bool = False
    norm: list[str] = field(default_factory=list)
    cache: dict[str, list[float]] = field(default_factory=dict, repr=False)
    _content: list[frozenset[str]] | None = field(default=None, repr=False)
    _prefixes: list[frozenset[str]] | None = field(default=None, repr=False)
    # stripped line -> its content words; the pipeline shares one dict between the passes over
    # a document, so a line's words are collected once (the stopwords are the same throughout)
    content_memo: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def content_prefixes(self) -> list[frozenset[str]]:
        """Per line, the first five letters of its content words, so that inflected forms
        compare equal ("hive"/"hives", "пасіка"/"пасіку")."""
        if self._prefixes is None:
            self._prefixes = [frozenset(w[:5] for w in words) for words in self.content_words()]
        return self._prefixes

    def content_words(self) -> list[frozenset[str]]:
        """Per line, its content words: lower-cased tokens of 4+ letters that are not stopwords."""
        if self._content is None:
            stop, memo = self.stop, self.content_memo
            out = []
            for s, t in zip(self.stripped, self.toks):
                words = memo.get(s)
                if words is None:
                    words = memo[s] = frozenset(
                        {low for w in t if len(w) >= 4 and (low := w.lower()) not in stop})
                out.append(words)
            self._content = out
        return self._content

    @classmethod
    def build(cls, lines: list[str], lang: str | None, stop: frozenset[str],
              toks: list[list[str]] | None = None, norm: list[str] | None = None,
              measures: list[tuple[float, ...]] | None = None,
              content_memo: dict[str, frozenset[str]] | None = None) -> Doc:
        """A document of ``lines``. The pipeline passes what it already has for each stripped
        line ``s``: ``toks`` (``tokens(s)``), ``norm`` (``normalize(s)``, "" for a blank line) and
        ``measures`` (``line_measures(s, stop)``); the line-local scorer columns are filled in
        from ``measures``. ``content_memo`` is the dict the pipeline keeps between the passes
        over one document (see ``content_memo`` above)."""
        stripped = [visible_strip(ln) for ln in lines]
        if toks is None:
            toks = [tokens(s) if s else [] for s in stripped]
        if norm is None:
            norm = [normalize(s) if s else "" for s in stripped]
        if measures is None:
            measures = [line_measures(s, stop, t) for s, t in zip(stripped, toks)]
        sample = "".join(stripped[:50])[:2000]
        doc = cls(lines=lines, stripped=stripped, toks=toks, lang=lang, stop=stop, cjk=is_cjk(sample), norm=norm,
                  content_memo={} if content_memo is None else content_memo)
        doc.cache.update(_line_columns(measures, doc.cjk))
        return doc

    def __len__(self) -> int:
        return len(self.lines)


# ---- per-line measures ------------------------------------------------------
# The line-local scorers, in the order of ``line_measures``' tuple. ``title_case`` is 0 for
# every line of a CJK document; ``line_measures`` gives the value for a non-CJK one.
LINE_SCORERS = ("word_count", "log_words", "stopword_density", "sentence_end", "sentence_count", "title_case",
                "teaser", "digit_ratio", "list_marks")
_NO_DIGITS = {ord(c): None for c in "0123456789"}
_DIGIT = re.compile(r"[0-9]")
_TEASER_END = (*ELLIPSIS, "…)", "...)")
_BLANK = (0.0,) * len(LINE_SCORERS)
# footnote markers at the end of an encyclopedia's sentence: "[3]", "[a]", "[12][13]", "[citation needed]"
_FOOTNOTES = re.compile(r"(?:\s*\[(?:\d{1,3}|[a-z]|[^\[\]]{1,25} needed|编辑|編集|edit)\])+$")


def _measure(s: str, stop: frozenset[str], t: list[str] | None = None) -> tuple[float, ...]:
    """``LINE_SCORERS`` of one stripped line whose tokens are ``t`` (``tokens(s)``, looked up
    when not given): the values of the scorers below, computed with counts in C where the
    definitions count in Python (the same integers, so the same floats)."""
    if not s:
        return _BLANK
    if t is None:
        t = line_words(s)[0]
    n = len(t)
    stops = sum(map(stop.__contains__, map(str.lower, t))) if stop else 0
    end = _FOOTNOTES.sub("", s) if s.endswith("]") else s  # "... households.[3]" ends a sentence
    sents = (s.count(". ") + s.count("? ") + s.count("! ") + s.count("。") + s.count("！") + s.count("？")
             + (1 if end.endswith(SENTENCE_END) else 0))
    alpha = [w[0] for w in t if len(w) >= 3 and w[0].isalpha()]
    digits = len(_DIGIT.findall(s))
    marks = s.count("|") + s.count("»") + s.count("›") + s.count("•") + s.count("·") + s.count(">>")
    return (
        float(n),
        math.log1p(n),
        stops / n if stop and t else 0.0,
        1.0 if end.endswith(SENTENCE_END) and not end.endswith(ELLIPSIS) else 0.0,
        float(min(sents, 4)),
        sum(map(str.isupper, alpha)) / len(alpha) if alpha else 0.0,
        1.0 if s.endswith(_TEASER_END) else 0.0,
        digits / len(s),
        min(1.0, marks / max(1, n)),
    )


_measure_short = lru_cache(maxsize=CACHE_SIZE)(_measure)


def line_measures(s: str, stop: frozenset[str], toks: list[str] | None = None) -> tuple[float, ...]:
    """``LINE_SCORERS`` of one stripped line with stopword list ``stop``; ``toks``, if given,
    must be ``tokens(s)``. Short lines are remembered across calls and documents (bounded)."""
    if len(s) <= CACHE_CHARS:
        return _measure_short(s, stop)
    return _measure(s, stop, toks)


def _line_columns(measures: list[tuple[float, ...]], cjk: bool) -> dict[str, list[float]]:
    """The ``LINE_SCORERS`` columns of a document from its lines' ``line_measures``."""
    if not measures:
        return {name: [] for name in LINE_SCORERS}
    cols = dict(zip(LINE_SCORERS, map(list, zip(*measures))))
    if cjk:
        cols["title_case"] = [0.0] * len(measures)
    return cols


def clear_caches() -> None:
    """Forget the remembered lines (benchmarks use it to measure without cross-document reuse)."""
    _measure_short.cache_clear()


def _memo(fn):
    """Scorers are computed once per ``Doc`` (``Doc.build`` fills in the line-local ones)."""
    name = fn.__name__

    def wrapper(doc: Doc) -> list[float]:
        got = doc.cache.get(name)
        if got is None:
            got = doc.cache[name] = fn(doc)
        return got

    wrapper.__name__ = name
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn  # the definition, uncached (tests compare the fast paths with it)
    return wrapper


@_memo
def word_count(doc: Doc) -> list[float]:
    """Tokens per line (CJK characters count one each)."""
    return [float(len(t)) for t in doc.toks]


@_memo
def log_words(doc: Doc) -> list[float]:
    return [math.log1p(len(t)) for t in doc.toks]


@_memo
def stopword_density(doc: Doc) -> list[float]:
    """Share of a line's tokens that are stopwords of the document's language (0 if no list)."""
    if not doc.stop:
        return [0.0] * len(doc)
    stop = doc.stop
    return [sum(1 for w in t if w.lower() in stop) / len(t) if t else 0.0 for t in doc.toks]


@_memo
def sentence_end(doc: Doc) -> list[float]:
    """1 when the line ends like a sentence (full stop, question or exclamation mark, closing quote)."""
    return [1.0 if s.endswith(SENTENCE_END) and not s.endswith(ELLIPSIS) else 0.0 for s in doc.stripped]


@_memo
def sentence_count(doc: Doc) -> list[float]:
    """Sentence-final punctuation marks inside the line, capped at 4."""
    out = []
    for s in doc.stripped:
        n = sum(s.count(p) for p in (". ", "? ", "! ", "。", "！", "？")) + (1 if s.endswith(SENTENCE_END) else 0)
        out.append(float(min(n, 4)))
    return out


@_memo
def title_case(doc: Doc) -> list[float]:
    """Share of alphabetic words (3+ letters) that start upper-case: headlines and menus are title-cased."""
    out = []
    for t in doc.toks:
        alpha = [w for w in t if len(w) >= 3 and w[0].isalpha()]
        if not alpha or doc.cjk:
            out.append(0.0)
        else:
            out.append(sum(1 for w in alpha if w[0].isupper()) / len(alpha))
    return out


@_memo
def teaser(doc: Doc) -> list[float]:
    """1 for a line cut short with an ellipsis (story teasers)."""
    return [1.0 if s.endswith(ELLIPSIS) or s.endswith(("…)", "...)")) else 0.0 for s in doc.stripped]


@_memo
def digit_ratio(doc: Doc) -> list[float]:
    """Share of ASCII digits among a line's characters."""
    return [(len(s) - len(s.translate(_NO_DIGITS))) / len(s) if s else 0.0 for s in doc.stripped]


@_memo
def list_marks(doc: Doc) -> list[float]:
    """Separators typical of menus and link rows (|, », •) per word."""
    out = []
    for s, t in zip(doc.stripped, doc.toks):
        n = sum(s.count(m) for m in LIST_MARKS)
        out.append(min(1.0, n / max(1, len(t))))
    return out


def repeated(doc: Doc) -> list[float]:
    """1 when the normalised line occurs more than once in the document."""
    counts = Counter(n for n in doc.norm if n)
    return [1.0 if n and counts[n] > 1 else 0.0 for n in doc.norm]


def position(doc: Doc) -> list[float]:
    """Relative position of the line's middle, 0 at the top and 1 at the bottom."""
    n = len(doc)
    return [(i + 0.5) / n for i in range(n)] if n else []


def is_prose(words: float, stop: float, end: float, has_stop: bool) -> bool:
    if has_stop:
        return words >= 10 and stop >= 0.2 and end > 0
    return words >= 12 and end > 0


def prose(doc: Doc) -> list[float]:
    """1 for sentence-like prose: long enough, ends like a sentence, stopword-rich when a list exists."""
    w, st, e = word_count(doc), stopword_density(doc), sentence_end(doc)
    has = bool(doc.stop)
    return [1.0 if is_prose(a, b, c, has) else 0.0 for a, b, c in zip(w, st, e)]


def headline_run(doc: Doc) -> list[float]:
    """log length of the run of consecutive title-like lines (2–20 words, no end punctuation) a line is in."""
    words = word_count(doc)
    ends = sentence_end(doc)
    like = [1 if 2 <= w <= 20 and not e else 0 for w, e in zip(words, ends)]
    out = [0.0] * len(doc)
    i = 0
    n = len(doc)
    while i < n:
        if not like[i]:
            i += 1
            continue
        j = i
        while j < n and (like[j] or not doc.stripped[j]):
            j += 1
        run = sum(like[i:j])
        for k in range(i, j):
            if like[k]:
                out[k] = math.log1p(run)
        i = j
    return out


def window_mean(values: list[float], radius: int, skip_blank: list[str] | None = None) -> list[float]:
    """Mean of ``values`` over the ``radius`` non-blank lines on each side (the line itself excluded)."""
    idx = list(range(len(values))) if skip_blank is None else [i for i, s in enumerate(skip_blank) if s]
    out = [0.0] * len(values)
    m = len(idx)
    prefix = list(accumulate([values[i] for i in idx], initial=0.0))
    for k, i in enumerate(idx):
        lo = k - radius if k > radius else 0
        hi = k + radius + 1 if k + radius + 1 < m else m
        cnt = hi - lo - 1
        out[i] = (prefix[hi] - prefix[lo] - values[i]) / cnt if cnt > 0 else 0.0
    return out


def coherence(doc: Doc, body: list[bool], stems: bool = False) -> list[float]:
    """Share of a line's content words (4+ letters, not stopwords) found elsewhere in the body;
    with ``stems``, words are compared by their first five letters (``Doc.content_prefixes``:
    "Agent"/"Agenten")."""
    keys = doc.content_prefixes() if stems else doc.content_words()
    vocab: Counter[str] = Counter()
    for k, b in zip(keys, body):
        if b:
            vocab.update(k)
    out = []
    for own, b in zip(keys, body):
        if not own:
            out.append(0.0)
        elif b:  # the line's own occurrence does not count
            out.append(sum(1 for w in own if vocab[w] > 1) / len(own))
        else:
            out.append(len(own & vocab.keys()) / len(own))
    return out
