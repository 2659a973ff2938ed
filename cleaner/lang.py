"""Language identification on a bounded sample, deterministic in every process.

langdetect is randomised; we build one seeded detector per call from a shared
factory (loaded once, read-only afterwards), on at most ``SAMPLE_CHARS`` characters
taken from the document's longest lines, where the prose is. Codes are folded to
the ISO 639-1 names of our stopword lists (``zh-cn`` -> ``zh``).
"""

from __future__ import annotations

import threading

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
    return _FACTORY


def sample(lines: list[str], limit: int = SAMPLE_CHARS) -> str:
    """The longest lines, in document order, up to ``limit`` characters."""
    ranked = sorted(range(len(lines)), key=lambda i: (-len(lines[i]), i))
    chosen: list[int] = []
    total = 0
    for i in ranked:
        if total >= limit:
            break
        chosen.append(i)
        total += len(lines[i])
    return " ".join(lines[i].strip() for i in sorted(chosen))[: limit * 2]


def detect(lines: list[str]) -> str | None:
    """ISO 639-1 code of the document's main language, or ``None`` if unknown."""
    text = sample(lines)
    if sum(ch.isalpha() for ch in text) < 20:
        return None
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
