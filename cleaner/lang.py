"""Language identification on a bounded sample, deterministic in every process.

langdetect is randomised; we build one seeded detector per call from a shared
factory (loaded once, its profiles then frozen to tuples, read-only afterwards), on at most ``SAMPLE_CHARS`` characters
taken from the document's longest lines, where the prose is. Codes are folded to
the ISO 639-1 names of our stopword lists (``zh-cn`` -> ``zh``).
"""

from __future__ import annotations

import re
import threading

from .text import is_plain

SAMPLE_CHARS = 600
_LOCK = threading.Lock()
_FACTORY = None


def _factory():
    global _FACTORY
    if _FACTORY is None:
        with _LOCK:
            if _FACTORY is None:
                from langdetect.detector_factory import DetectorFactory, init_factory

                init_factory()
                from langdetect import detector_factory

                _FACTORY = detector_factory._factory or DetectorFactory()
                _freeze_profiles(_FACTORY)
    return _FACTORY


def _freeze_profiles(factory) -> None:
    """Store the n-gram profiles (~170k lists of one probability per language) as tuples.

    The detector only reads them, so results are the same; but lists are containers that
    every full garbage collection walks (~10M references, tens of milliseconds each time),
    while tuples of floats are untracked by the collector after its first look."""
    table = factory.word_lang_prob_map
    for word, probs in table.items():
        if type(probs) is list:
            table[word] = tuple(probs)


_SENTENCE_END = (".", "!", "?", "\u3002", "\uff01", "\uff1f", ".\"", ".\u201d", ".)")


def sample(lines: list[str], limit: int = SAMPLE_CHARS) -> str:
    """The longest sentence lines, then the longest other lines, in document order, up to
    ``limit`` characters.

    A line that ends a sentence is prose; a long line that does not is more often a tag
    cloud, a menu or a list of archive months, whose words say little about the language."""
    lengths = list(map(len, lines))
    prose = [ln.rstrip().endswith(_SENTENCE_END) for ln in lines]
    chosen: list[int] = []
    total = 0
    # sentences first, longest first; a stable sort keeps equal keys in document order
    for i in sorted(range(len(lines)), key=lambda i: (prose[i], lengths[i]), reverse=True):
        if total >= limit:
            break
        chosen.append(i)
        total += lengths[i]
    return " ".join(lines[i].strip() for i in sorted(chosen))[: limit * 2]


_KANA = None
_PLAIN_LETTERS = re.compile(r"[A-Za-z]+")
_INDEX: dict[str, tuple[str, ...]] | None = None


def _stopword_index() -> dict[str, tuple[str, ...]]:
    """Stopword -> the languages (other than zh, ja, ko) whose list holds it; built once."""
    global _INDEX
    if _INDEX is None:
        from .resources import stopword_languages, stopwords

        index: dict[str, list[str]] = {}
        for code in stopword_languages():
            if code not in ("zh", "ja", "ko"):
                for w in stopwords(code):
                    index.setdefault(w, []).append(code)
        _INDEX = {w: tuple(codes) for w, codes in index.items()}
    return _INDEX


def _coverage(words: list[str]) -> list[tuple[float, str]]:
    """(share of ``words`` in the language's stopword list, code) per language, best first."""
    from .resources import stopword_languages

    index = _stopword_index()
    counts = dict.fromkeys((c for c in stopword_languages() if c not in ("zh", "ja", "ko")), 0)
    for w in words:
        for code in index.get(w, ()):
            counts[code] += 1
    return sorted(((n / len(words), code) for code, n in counts.items()), reverse=True)


def _by_script_or_stopwords(text: str, letters: int | None = None, hint: str | None = None) -> str | None:
    """A cheap verdict for clear cases: kana -> ja, hangul -> ko, han -> zh; otherwise a
    stopword list that covers 30% of the words and 1.5 times as many as any other list.
    ``letters`` is the number of alphabetic characters of ``text``, if already counted."""
    global _KANA
    if _KANA is None:
        import regex

        _KANA = (regex.compile(r"[\p{Hiragana}\p{Katakana}]"), regex.compile(r"\p{Hangul}"),
                 regex.compile(r"\p{Han}"), regex.compile(r"[^\W\d_]+"))
    kana, hangul, han, word = _KANA
    if letters is None:
        letters = sum(map(str.isalpha, text))
    letters = letters or 1
    if is_plain(text):  # no kana, hangul or han; the letters are A-Z and a-z
        words = _PLAIN_LETTERS.findall(text.lower())[:300]
    else:
        if len(kana.findall(text)) > 0.1 * letters:
            return "ja"
        if len(hangul.findall(text)) > 0.3 * letters:
            return "ko"
        if len(han.findall(text)) > 0.3 * letters:
            return None if kana.search(text) else "zh"
        words = [w.lower() for w in word.findall(text)][:300]
    if len(words) < 15:
        return None
    (best, code), (second, _other) = _coverage(words)[:2]
    if best >= 0.3 and best >= 1.5 * second:
        return code
    if hint is not None and code == hint and best >= 0.15:
        return code  # the page declares the language its stopwords point to
    return None


def detect(lines: list[str], hint: str | None = None) -> str | None:
    """ISO 639-1 code of the document's main language, or ``None`` if unknown.

    Clear cases are settled by script and stopword coverage; the rest by langdetect.
    ``hint`` is a language the source declares (an HTML page's ``lang``): it settles the
    question when the stopword list that covers the most words is that language's.
    """
    text = sample(lines)
    letters = sum(map(str.isalpha, text))
    if letters < 20:
        return None
    quick = _by_script_or_stopwords(text, letters, hint)
    if quick is not None:
        return quick
    try:
        from langdetect.lang_detect_exception import LangDetectException

        detector = _factory().create()
        detector.seed = 0
        detector.append(text)
        code = detector.detect()
    except LangDetectException:
        return None
    code = code.split("-")[0]
    return {"nb": "no", "nn": "no"}.get(code, code)
