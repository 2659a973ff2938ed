"""Document-level verdicts (flags): spam and other whole-document problems.

``document_flags(result, config)`` returns the ``Flag``s of a cleaned document. Kinds:

- ``repetition``: duplicated lines or n-grams beyond Gopher-style thresholds;
- ``no-body``: nothing article-like is left after cleaning;
- ``spun``: synonym-substituted ("tortured") phrasing from an article spinner (English only);
- ``keyword-stuffing``: a few terms at an implausible density.

A flag's ``score`` is in [0, 1]; a document counts as spam when a spam kind scores at least
``Config.spam_threshold``. Flags scoring under ``FLAG_FLOOR`` are not reported at all.

``spun`` rests on two kinds of evidence, both bounded to the first ~3,000 words:

1. a lexicon of spun variants of common collocations and fixed phrases (``rules/spam/spun.yaml``:
   "final month" for "last month", "Division of Justice", "gross sales", "instructed reporters"),
   weighted distinctive vs. ambiguous and counted as a rate per 1,000 words; it needs several
   distinct entries from distinct categories, so no single legitimate phrase flags a document;
2. with the optional ``wordfreq`` (``pip install cleaner[spam]``), a statistical signal: the rate
   of *synonym downgrades*, distinct lowercase words that are a far rarer synonym of a much more
   frequent word ("utilize" for "use", "concurred" for "agreed"; candidates from WordNet in
   ``rules/spam/synonyms.tsv``, the frequency gap measured with wordfreq). A spinner swaps common
   words for thesaurus synonyms blind to context, so it leaves many of them; a writer uses a few.
   Without wordfreq the check runs on the lexicon alone; the evidence lists the signals used.

Both scores combine as ``1 - (1 - lexicon) * (1 - statistics)``; the constants are in the
``scoring`` block of ``spun.yaml``. ``scripts/eval_spam.py`` measures them (seeds, false positives
on the dev set, detection on text spun by ``scripts/spinner.py``, cost).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

import regex
import yaml

from .config import Config
from .model import Flag, Result
from .resources import rules_dir, stopwords
from .text import is_cjk, is_plain, tokens

# Gopher (Rae et al., 2021) repetition thresholds
DUP_LINE_FRACTION = 0.30
DUP_LINE_CHAR_FRACTION = 0.20
TOP_NGRAM_FRACTION = {2: 0.20, 3: 0.18, 4: 0.16}

FLAG_FLOOR = 0.3
"""Flags scoring below this are dropped, so reports stay quiet."""

MAX_CHARS = 20_000
"""Every check reads only the first ~20,000 characters (~3,000 words) of a document."""

SPAM_KINDS = ("spun", "keyword-stuffing", "repetition")


_HAS_WORD = regex.compile(r"\w")


def _clamp(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def _ramp(x: float, lo: float, hi: float) -> float:
    """0 at ``lo``, 1 at ``hi``, linear between."""
    return _clamp((x - lo) / (hi - lo))


# --------------------------------------------------------------------------- repetition, no-body
class _Text:
    """The bounded head of a document, tokenised once for all the checks.

    ``line_words``: the words of each line (original case); ``words``: all of them; ``lower``:
    the same, lowercased; ``vocab``: the set of ``lower``; ``counts``: a ``Counter`` of ``lower``
    (made when first needed). CJK text is split into characters as ``cleaner.text.tokens`` does.
    """

    def __init__(self, text: str) -> None:
        self.text = head = _bounded(text, MAX_CHARS)
        self.cjk = not is_plain(head[:2000]) and is_cjk(head[:2000])
        split = tokens if self.cjk else _FAST_WORD.findall
        self.line_words = [split(ln) for ln in head.splitlines()]
        self.words = list(chain.from_iterable(self.line_words))
        self.lower = list(map(str.lower, self.words))
        self.vocab = set(self.lower)

    @cached_property
    def counts(self) -> Counter[str]:
        return Counter(self.lower)


_FAST_WORD = re.compile(r"[^\W_]+")


def _bounded(text: str, max_chars: int) -> str:
    """The first ``max_chars`` characters, cut at a space (the checks read a bounded head)."""
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars)
    return text[:cut if cut > 0 else max_chars]


def _ngram_bound(counts: Counter[str]) -> int:
    """An upper bound of ``count(g) * chars(g) / n`` over all n-grams ``g`` seen twice or more:
    each word of an n-gram occurring ``c`` times occurs ``c`` times or more, so ``chars(g) <= n * L(c)``
    with ``L(c)`` the longest word occurring at least ``c`` times."""
    longest_at: dict[int, int] = {}
    for w, c in counts.items():
        if c > 1 and len(w) > longest_at.get(c, 0):
            longest_at[c] = len(w)
    best = longest = 0
    for c in sorted(longest_at, reverse=True):
        longest = max(longest, longest_at[c])
        best = max(best, c * longest)
    return best


def repetition(text: str, *, _doc: _Text | None = None) -> Flag | None:
    """Duplicated lines or n-grams beyond the Gopher thresholds (on the first ~3,000 words)."""
    doc = _doc or _Text(text)
    # lines with no word character (blank, or only zero-width or punctuation) are layout, not text
    lines = [ln.strip() for ln in doc.text.splitlines() if _HAS_WORD.search(ln)]
    evidence: dict[str, Any] = {}
    excess: list[float] = []  # value / limit of each signal over its limit
    if len(lines) >= 4:
        counts = Counter(lines)
        dup_lines = sum(c for c in counts.values() if c > 1) - sum(1 for c in counts.values() if c > 1)
        dup_chars = sum(len(s) * (c - 1) for s, c in counts.items() if c > 1)
        total_chars = sum(len(s) for s in lines)
        if dup_lines / len(lines) > DUP_LINE_FRACTION:
            evidence["duplicate_line_fraction"] = round(dup_lines / len(lines), 3)
            excess.append(dup_lines / len(lines) / DUP_LINE_FRACTION)
        if total_chars and dup_chars / total_chars > DUP_LINE_CHAR_FRACTION:
            evidence["duplicate_char_fraction"] = round(dup_chars / total_chars, 3)
            excess.append(dup_chars / total_chars / DUP_LINE_CHAR_FRACTION)
    words = doc.lower
    if len(words) >= 50:
        total = sum(map(len, words))
        bound = _ngram_bound(doc.counts)
        for n, limit in TOP_NGRAM_FRACTION.items():
            if n * bound / total <= limit:
                continue  # no n-gram can reach the limit: skip counting them
            grams = Counter(zip(*(words[i:] for i in range(n))))
            gram, count = grams.most_common(1)[0]
            if count > 1:
                share = count * sum(map(len, gram)) / total
                if share > limit:
                    evidence[f"top_{n}gram_fraction"] = round(share, 3)
                    evidence[f"top_{n}gram"] = " ".join(gram)
                    excess.append(share / limit)
    if not excess:
        return None
    # graded: just over a limit is a weak verdict (menus and tables repeat a little); 1.6 times a
    # limit, or two signals, make spam
    score = min(1.0, 0.35 + 0.65 * _ramp(max(excess), 1.0, 1.6) + 0.15 * (len(excess) - 1))
    return Flag("repetition", round(score, 3), evidence)


def no_body(result: Result, *, _doc: _Text | None = None) -> Flag | None:
    """Nothing article-like (fewer than 20 words) is left after cleaning."""
    if not result.original.strip():
        return None
    quick = len(_doc.words) if _doc is not None else len(tokens(result.text[:2000]))
    if quick >= 20:
        return None
    words = len(tokens(result.text))
    if words < 20:
        return Flag("no-body", 1.0 if words == 0 else 0.6, {"words_left": words,
                                                           "words_before": len(tokens(result.original))})
    return None


# --------------------------------------------------------------------------- spun: the lexicon
@dataclass(frozen=True, slots=True)
class SpunEntry:
    """One lexicon entry: a spun phrase (regex), the phrase it replaces, its category and weight."""

    id: int
    category: str
    spun: str
    original: str
    weight: float
    cap: int
    case: bool


_LEADING_WORD = regex.compile(r"[A-Za-z0-9]+")


def _close_paren(p: str, start: int) -> int:
    depth = 0
    i = start
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parenthesis in {p!r}")


def _split_top(p: str) -> list[str]:
    parts, depth, last, i = [], 0, 0, 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(p[last:i])
            last = i + 1
        i += 1
    parts.append(p[last:])
    return parts


def pattern_prefixes(p: str, depth: int = 3, _first: bool = True) -> frozenset[tuple[str, ...]]:
    """The lowercased word sequences (up to ``depth`` words) a pattern can start with; each word
    after the first keeps the space or hyphen before it: ``("in", " accordance", " with")``.

    A tuple shorter than ``depth`` means "any word may follow"; ``#brace`` stands for a pattern
    starting with ``\\{``. Raises ``ValueError`` when a pattern does not start with a literal word
    or a group of literal alternatives (a lookbehind before it is allowed).
    """
    if depth == 0:
        return frozenset({()})
    if p.startswith(r"\b"):
        p = p[2:]
    if _first and (p.startswith("(?<=") or p.startswith("(?<!")):  # a lookbehind: the match starts after it
        p = p[_close_paren(p, 0) + 1:]
    if p.startswith(r"\{"):
        return frozenset({("#brace",)} if _first else {()})
    if p.startswith("(?:") or p.startswith("(?i:"):
        close = _close_paren(p, 0)
        inner = p[p.index(":") + 1:close]
        rest = p[close + 1:]
        optional = rest[:1] in ("?", "*")
        if optional:
            rest = rest[1:]
        out: set[tuple[str, ...]] = set()
        for alt in _split_top(inner):
            out |= pattern_prefixes(alt + rest, depth, _first)
        if optional:
            out |= pattern_prefixes(rest, depth, _first)
        return frozenset(out)
    m = _LEADING_WORD.match(p)
    if not m or p[m.end():m.end() + 1] in ("?", "*", "{", "+"):
        if _first:
            raise ValueError(f"a spun pattern must start with a literal word: {p!r}")
        return frozenset({()})
    rest = p[m.end():]
    word = m.group().lower()
    if rest[:1] not in (" ", "-"):
        return frozenset({(word,)})
    # the next words, with the space or hyphen before each: ("in", " accordance", " with")
    tails = pattern_prefixes(rest[1:], depth - 1, False)
    return frozenset((word, *((rest[0] + t[0], *t[1:]) if t else ())) for t in tails)


def pattern_heads(p: str) -> frozenset[str]:
    """The lowercased words a pattern can start with (see ``pattern_prefixes``)."""
    return frozenset(t[0] for t in pattern_prefixes(p, 1))


@dataclass
class SpunLexicon:
    """The spun-phrase lexicon, compiled into alternations of named branches, one per start word.

    The scanner tokenises the text once and tries an alternation only where a word can start an
    entry: a word that starts some entry on its own, or a common word ("in", "the") followed by
    the second word of an entry ("in accordance", "the taking"). So the cost is a dict lookup per
    word and a match of a few branches at a few positions.
    """

    entries: list[SpunEntry]
    scoring: dict[str, Any]
    source: str

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}
        single: set[str] = set()
        multi: dict[str, set[tuple[str, frozenset[str]]]] = {}
        by_head: dict[str, list[SpunEntry]] = {}
        for e in self.entries:
            for t in pattern_prefixes(e.spun):
                if len(t) == 1:
                    single.add(t[0])
                else:  # a needle to look for, and the words it needs in the text
                    multi.setdefault(t[0], set()).add(("".join(t), frozenset((t[0], *(w[1:] for w in t[1:])))))
                by_head.setdefault(t[0], [])
                if e not in by_head[t[0]]:
                    by_head[t[0]].append(e)
        self.single = frozenset(single)
        self.multi = {a: tuple(sorted(v)) for a, v in multi.items() if a not in single}
        self.multi_heads = frozenset(self.multi)
        self.heads = frozenset(by_head)
        self._by_head = by_head
        self._compiled: dict[str, Any] = {}
        for head in self.single:  # compile eagerly what is checked on its own; pairs lazily
            self._alternation(head)

    def _alternation(self, head: str) -> Any:
        pat = self._compiled.get(head)
        if pat is None:
            order = sorted(self._by_head[head], key=lambda e: (-e.weight, -len(e.spun), e.id))
            pat = regex.compile("|".join(
                f"(?P<e{e.id}>{e.spun if e.case else f'(?i:{e.spun})'})(?!\\w)" for e in order))
            self._compiled[head] = pat
        return pat

    @classmethod
    def load(cls, path: str | Path) -> SpunLexicon:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        scoring = dict(data.get("scoring") or {})
        cap = int(scoring.get("default_cap", 5))
        entries: list[SpunEntry] = []
        for category, items in (data.get("categories") or {}).items():
            for item in items or []:
                entries.append(SpunEntry(len(entries), str(category), str(item["spun"]), str(item.get("orig", "")),
                                         float(item.get("w", 1.0)), int(item.get("cap", cap)),
                                         bool(item.get("case", False))))
        return cls(entries, scoring, str(path))

    def scan(self, text: str, vocab: set[str] | None = None) -> list[tuple[int, int, SpunEntry]]:
        """All non-overlapping matches ``(start, end, entry)`` in ``text``, in order. ``vocab`` may
        pass the set of the text's lowercased words, if already made."""
        if vocab is None:
            vocab = {w.lower() for w in _FAST_WORD.findall(text)}
        needles = [(w, w) for w in vocab & self.single]
        for a in vocab & self.multi_heads:
            needles += [(needle, a) for needle, need in self.multi[a] if need <= vocab]
        low = text.lower()
        starts: list[tuple[int, str]] = []
        if len(low) == len(text):
            size = len(low)
            for needle, head in needles:
                i = low.find(needle)
                while i != -1:
                    j = i + len(needle)
                    if (i == 0 or not low[i - 1].isalnum()) and (j == size or not low[j].isalnum()):
                        starts.append((i, head))
                    i = low.find(needle, j)
        elif needles:  # lowercasing changed offsets (rare characters): use a regex instead
            alts = "|".join(regex.escape(n) for n, _ in sorted(needles, key=lambda t: -len(t[0])))
            starts = [(m.start(), _FAST_WORD.match(m.group()).group().lower())
                      for m in regex.finditer(rf"(?<![^\W_])(?:{alts})(?![^\W_])", text, regex.IGNORECASE)]
        if "#brace" in self.heads and "{" in text:
            starts += [(m.start(), "#brace") for m in regex.finditer(r"\{", text)]
        starts.sort()
        out: list[tuple[int, int, SpunEntry]] = []
        done = 0
        for start, head in starts:
            if start < done:
                continue
            hit = self._alternation(head).match(text, start)
            if hit is not None:
                out.append((start, hit.end(), self.by_id[int(hit.lastgroup[1:])]))
                done = hit.end()
        return out


@lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> SpunLexicon:
    """The spun lexicon (default ``rules/spam/spun.yaml``), loaded and compiled once per process."""
    return SpunLexicon.load(path or rules_dir() / "spam" / "spun.yaml")


# --------------------------------------------------------------------------- spun: statistics
_WF_LOCK = threading.Lock()
_WF: dict[str, Any] = {}


def _wordfreq_freqs() -> dict[str, float] | None:
    """wordfreq's English frequency table, or ``None`` when wordfreq is not installed."""
    if "freqs" not in _WF:
        with _WF_LOCK:
            if "freqs" not in _WF:
                try:
                    import wordfreq
                except ImportError:
                    _WF["freqs"] = None
                else:
                    _WF["freqs"] = wordfreq.get_frequency_dict("en")
    return _WF["freqs"]


def _zipf(freqs: dict[str, float], phrase: str) -> float:
    """Zipf frequency of a word, or of a phrase (wordfreq's rule: 1/f = sum of 1/f_i)."""
    total = 0.0
    for w in phrase.split(" "):
        f = freqs.get(w, 0.0)
        if f <= 0:
            return 0.0
        total += 1.0 / f
    return math.log10(1.0 / total) + 9


@dataclass(frozen=True)
class SynonymModel:
    """Synonym downgrades: word -> how much rarer (in Zipf) it is than its most frequent synonym."""

    gaps: dict[str, float]
    words: frozenset[str]
    two_word_tails: dict[str, frozenset[str]]
    two_word_heads: frozenset[str]


@lru_cache(maxsize=2)
def load_synonyms(path: str | None = None, min_gap: float = 1.0, max_zipf: float = 4.6) -> SynonymModel | None:
    """Read ``rules/spam/synonyms.tsv`` and weigh it with wordfreq; ``None`` without wordfreq."""
    freqs = _wordfreq_freqs()
    if freqs is None:
        return None
    gaps: dict[str, float] = {}
    p = Path(path) if path else rules_dir() / "spam" / "synonyms.tsv"
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, canon = line.partition("\t")
        zw = _zipf(freqs, word)
        if zw <= 0 or zw > max_zipf:
            continue
        gap = max((_zipf(freqs, c) for c in canon.split(" ")), default=0.0) - zw
        if gap >= min_gap:
            gaps[word] = round(gap, 2)
    tails: dict[str, set[str]] = {}
    for k in gaps:
        if " " in k:
            a, b = k.split(" ", 1)
            tails.setdefault(a, set()).add(b)
    return SynonymModel(gaps, frozenset(gaps), {a: frozenset(b) for a, b in tails.items()}, frozenset(tails))


def _downgrades(text: str, words: list[str], model: SynonymModel, stop: frozenset[str],
                min_gap: float) -> tuple[float, list[str]]:
    """Synonym downgrades among lowercase words (capitalised names and sentence starts are left
    out): the summed weight (more for a bigger frequency gap) and the words. Each word counts once:
    a repeated word is the topic, not a spin."""
    gaps = model.gaps
    distinct = set(words)
    found = {w for w in distinct & model.words if w.islower() and w not in stop}
    for a in distinct & model.two_word_heads:
        found |= {key for b in model.two_word_tails[a] & distinct if (key := f"{a} {b}") in text}
    weight = sum(min(gaps[k] - min_gap + 0.5, 2.0) for k in found)
    return weight, sorted(found, key=lambda k: (-gaps[k], k))


# --------------------------------------------------------------------------- spun: the verdict
def spun_evidence(text: str, *, lexicon: SpunLexicon | None = None, use_wordfreq: bool = True,
                  _doc: _Text | None = None) -> dict[str, Any]:
    """The raw measurements behind the ``spun`` verdict (no scoring): lexicon hits by entry,
    categories, rates per 1,000 words and, with wordfreq, the synonym-downgrade rate. Only the
    first ``MAX_CHARS`` characters (~3,000 words) are read."""
    lex = lexicon or load_lexicon()
    sc = lex.scoring
    doc = _doc if _doc is not None else _Text(text)
    text = doc.text
    words = doc.words
    n = len(words)
    base = max(n, int(sc.get("min_words", 150)))
    hits = lex.scan(text, doc.vocab)
    counts: Counter[int] = Counter(e.id for _, _, e in hits)
    strong_at = float(sc.get("strong_contribution", 0.5))
    contrib = {eid: lex.by_id[eid].weight * min(c, lex.by_id[eid].cap) for eid, c in counts.items()}
    strong = [eid for eid, v in contrib.items() if v >= strong_at]
    examples: dict[int, str] = {}
    for s, e, entry in hits:
        examples.setdefault(entry.id, text[s:e])
    phrases = [
        {"phrase": examples[eid], "original": lex.by_id[eid].original, "category": lex.by_id[eid].category,
         "count": counts[eid], "per_1000": round(1000 * counts[eid] / base, 2), "weight": lex.by_id[eid].weight}
        for eid in sorted(contrib, key=lambda i: (-contrib[i], i))
    ]
    ev: dict[str, Any] = {
        "words": n,
        "signals": ["lexicon"],
        "lexicon_rate": round(1000 * sum(contrib.values()) / base, 2),
        "strong_entries": len(strong),
        "categories": sorted({lex.by_id[eid].category for eid in strong}),
        "phrases": phrases[:15],
    }
    if use_wordfreq:
        min_gap = float(sc.get("min_gap", 1.0))
        model = load_synonyms(None, min_gap, float(sc.get("max_zipf", 4.6)))
        if model is not None:
            weight, found = _downgrades(text, words, model, stopwords("en"), min_gap)
            ev["signals"].append("synonym-downgrade")
            ev["downgrade_rate"] = round(1000 * weight / max(n, int(sc.get("min_words_stat", 200))), 2)
            ev["downgrades"] = found[:15]
    return ev


def spun_score(ev: dict[str, Any], scoring: dict[str, Any]) -> float:
    """Score the ``spun`` evidence; the constants are ``scoring`` in ``rules/spam/spun.yaml``."""
    lo, hi = scoring.get("lexicon_ramp", (1.0, 6.0))
    lex = _ramp(ev["lexicon_rate"], lo, hi)
    strong, cats = ev["strong_entries"], len(ev["categories"])
    # a phrase or two, or one category, never makes spam on their own
    if strong < int(scoring.get("min_strong", 3)) or cats < int(scoring.get("min_categories", 2)):
        lex = min(lex, 0.3 if strong >= 2 else 0.1)
    stat = 0.0
    if "downgrade_rate" in ev:
        lo, hi = scoring.get("downgrade_ramp", (20.0, 44.0))
        stat = _ramp(ev["downgrade_rate"], lo, hi)
    return round(1 - (1 - lex) * (1 - stat), 3)


def spun(text: str, language: str | None, *, use_wordfreq: bool = True, _doc: _Text | None = None) -> Flag | None:
    """The ``spun`` flag of an English text (``None`` for other languages or a low score)."""
    if language != "en" or not text.strip():
        return None
    lex = load_lexicon()
    ev = spun_evidence(text, lexicon=lex, use_wordfreq=use_wordfreq, _doc=_doc)
    if ev["words"] < 50:
        return None
    score = spun_score(ev, lex.scoring)
    if score < FLAG_FLOOR:
        return None
    return Flag("spun", score, ev)


# --------------------------------------------------------------------------- keyword stuffing
_URL_PARTS = frozenset({"http", "https", "www", "com", "html", "htm", "php", "org", "net"})


def _content_vocab(doc: _Text, stop: frozenset[str]) -> set[str]:
    """The words that count as content: no stopwords, short or numeric tokens or URL parts, and
    no unit word that mostly follows a number ("25 points", "3 steals": tables and box scores)."""
    vocab = {w for w in doc.vocab.difference(stop, _URL_PARTS) if len(w) > 2 and w.isalpha()}
    after_number = Counter(w.lower() for w in _AFTER_NUMBER.findall(doc.text))
    if after_number:
        counts = doc.counts
        vocab -= {w for w, c in after_number.items() if 2 * c >= counts[w]}
    return vocab


_AFTER_NUMBER = re.compile(r"\d[\w.,]*[^\S\n]+([^\W\d_]+)")


def keyword_stuffing(text: str, language: str | None, *, _doc: _Text | None = None) -> Flag | None:
    """A few terms at implausible density: the top content word or bigram takes a large share of
    all words, or lines repeat the same keywords (on the first ~3,000 words)."""
    if not text.strip():
        return None
    doc = _doc or _Text(text)
    words = len(doc.lower)
    if doc.cjk or words < 50:
        return None
    stop = stopwords(language) if language else frozenset()
    keep = _content_vocab(doc, stop)
    if not keep:  # keep is part of the vocabulary: no content word occurs
        return None
    stuffed: list[str] = []
    lines = 0
    for line in doc.line_words:
        if not line:
            continue
        lines += 1
        if len(line) >= 8:  # a line whose few keywords, each repeated, make most of its content
            terms = [w for w in map(str.lower, line) if w in keep]
            # top-3 terms >= 45% of n needs at most 0.55 n + 3 distinct terms: most lines have more
            if len(terms) >= 8 and len(set(terms)) <= 0.55 * len(terms) + 3:
                top3 = Counter(terms).most_common(3)
                if top3[0][1] >= 3 and sum(c for _, c in top3) >= 0.45 * len(terms):
                    stuffed.append(top3[0][0])
    # the most frequent content word, the first seen among equals (as Counter.most_common)
    top, top_n = max(((w, c) for w, c in doc.counts.items() if w in keep), key=itemgetter(1))
    top_share = top_n / words
    (b1, b2), bi_n = ("", ""), 0
    if 2 * top_share >= 0.08:  # a bigram is never more frequent than its words
        content = [w for w in doc.lower if w in keep]
        (b1, b2), bi_n = Counter(zip(content, content[1:])).most_common(1)[0]
    bi_share = 2 * bi_n / words
    line_share = len(stuffed) / max(1, lines)
    score = max(_ramp(top_share, 0.06, 0.12), _ramp(bi_share, 0.08, 0.16),
                _ramp(len(stuffed), 1, 3) * _ramp(line_share, 0.05, 0.2))
    if not stop:  # without a stopword list a function word could look stuffed: be conservative
        score *= 0.7
    score = round(score, 3)
    if score < FLAG_FLOOR:
        return None
    ev: dict[str, Any] = {"top_term": top, "top_term_share": round(top_share, 3),
                          "top_term_per_1000": round(1000 * top_share, 1),
                          "top_bigram": f"{b1} {b2}".strip(), "top_bigram_share": round(bi_share, 3),
                          "top_bigram_per_1000": round(1000 * bi_share, 1),
                          "stuffed_lines": len(stuffed), "words": words}
    if stuffed:
        ev["stuffed_terms"] = sorted(set(stuffed))[:10]
    return Flag("keyword-stuffing", score, ev)


# --------------------------------------------------------------------------- all flags
def is_spam(flags: Iterable[Flag], config: Config) -> bool:
    """Whether any spam kind among ``flags`` reaches ``config.spam_threshold``."""
    return any(f.kind in SPAM_KINDS and f.score >= config.spam_threshold for f in flags)


def document_flags(result: Result, config: Config) -> list[Flag]:
    """The flags of a cleaned document, each scoring at least ``FLAG_FLOOR``, sorted by kind."""
    doc = _Text(result.text)
    found = [repetition(result.text, _doc=doc), no_body(result, _doc=doc), spun(result.text, result.language, _doc=doc),
             keyword_stuffing(result.text, result.language, _doc=doc)]
    flags = [f for f in found if f is not None and f.score >= FLAG_FLOOR]
    return sorted(flags, key=lambda f: f.kind)
