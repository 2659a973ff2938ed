"""Document-level verdicts (flags): spam and other whole-document problems.

``document_flags(result, config)`` returns the ``Flag``s of a cleaned document. Kinds:

- ``repetition``: duplicated lines or n-grams beyond Gopher-style thresholds;
- ``no-body``: nothing article-like is left after cleaning.
"""

from __future__ import annotations

from collections import Counter

from .config import Config
from .model import Flag, Result
from .text import tokens

# Gopher (Rae et al., 2021) repetition thresholds
DUP_LINE_FRACTION = 0.30
DUP_LINE_CHAR_FRACTION = 0.20
TOP_NGRAM_FRACTION = {2: 0.20, 3: 0.18, 4: 0.16}


def repetition(text: str) -> Flag | None:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    evidence: dict[str, float] = {}
    if len(lines) >= 4:
        counts = Counter(lines)
        dup_lines = sum(c for c in counts.values() if c > 1) - sum(1 for c in counts.values() if c > 1)
        dup_chars = sum(len(s) * (c - 1) for s, c in counts.items() if c > 1)
        total_chars = sum(len(s) for s in lines)
        if dup_lines / len(lines) > DUP_LINE_FRACTION:
            evidence["duplicate_line_fraction"] = round(dup_lines / len(lines), 3)
        if total_chars and dup_chars / total_chars > DUP_LINE_CHAR_FRACTION:
            evidence["duplicate_char_fraction"] = round(dup_chars / total_chars, 3)
    words = [w.lower() for w in tokens(text)]
    if len(words) >= 50:
        total = sum(len(w) for w in words)
        for n, limit in TOP_NGRAM_FRACTION.items():
            grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
            gram, count = grams.most_common(1)[0]
            if count > 1:
                share = count * sum(len(w) for w in gram) / total
                if share > limit:
                    evidence[f"top_{n}gram_fraction"] = round(share, 3)
                    evidence[f"top_{n}gram"] = " ".join(gram)
    if not evidence:
        return None
    score = min(1.0, 0.5 + 0.25 * sum(1 for k in evidence if k.endswith("fraction")))
    return Flag("repetition", round(score, 3), evidence)


def no_body(result: Result) -> Flag | None:
    words = len(tokens(result.text))
    if result.original.strip() and words < 20:
        return Flag("no-body", 1.0 if words == 0 else 0.6, {"words_left": words,
                                                           "words_before": len(tokens(result.original))})
    return None


def document_flags(result: Result, config: Config) -> list[Flag]:
    flags = [f for f in (repetition(result.text), no_body(result)) if f is not None]
    return sorted(flags, key=lambda f: f.kind)
