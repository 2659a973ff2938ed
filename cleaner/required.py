"""Substrings a regular expression cannot match without: triggers derived from a pattern.

A pattern rule without ``triggers`` in its pack would run on every line its word limits
admit. For most such patterns a small set of literal substrings can be read off the pattern
itself (``(?:skip\\s+to\\s+content|jump\\s+to)`` cannot match a line that contains neither
"skip" nor "jump"), and those serve as its triggers (see ``cleaner.rules.RuleSet``).

The analysis walks the parse tree of Python's ``re`` module: a run of literal characters in
a sequence is required; a group or a repeat of at least one is required when its content is;
an alternation requires one of its branches' requirements; anything else (classes, ``.``,
optional parts, look-arounds) requires nothing. Of the requirements a sequence offers, the
one whose shortest string is longest is kept. The ``regex`` module's Unicode properties
(``\\p{Lu}``) are read as a class; other patterns that ``re`` cannot parse get no derived
triggers and run on every line as before.

Triggers are compared with the lower-cased line, so strings are lower-cased here too, and a
requirement with a character whose case changes its length ("ß") is not used. One gap is
left on purpose: under case-insensitive matching "s" and "k" also match the long s "ſ" and
the Kelvin sign "K", which lower-casing does not map to them; a line would have to spell a
rule's words with those characters to be missed.
"""

from __future__ import annotations

import re

try:  # Python 3.11+: the parser moved to a private module; older versions have sre_parse
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MAX_TRIGGERS = 128
# the ``regex`` module's Unicode properties (``\p{Lu}``, ``\P{L}``) match one character of a
# class, as ``\w`` does for this analysis (a class requires no literal), so they are read as ``\w``
_PROPERTY = re.compile(r"(?<!\\)((?:\\\\)*)\\[pP]\{[^}]*\}")


def required_substrings(pattern: str) -> tuple[str, ...]:
    """Lower-case substrings one of which every match of ``pattern`` contains; ``()`` if none
    can be read off it (or it cannot be parsed by ``re``)."""
    try:
        tree = _p.parse(_PROPERTY.sub(r"\1\\w", pattern), re.IGNORECASE)
    except (re.error, ValueError, TypeError, RecursionError, OverflowError):
        return ()
    found = _sequence(list(tree))
    if not found or len(found) > MAX_TRIGGERS:
        return ()
    if not all(_safe(s) for s in found):
        return ()
    return tuple(sorted(found))


def _safe(s: str) -> bool:
    """Lower-casing keeps every character one character long (no "ß" -> "ss", "İ" -> "i̇")."""
    return all(len(ch.lower()) == 1 and len(ch.upper()) == 1 for ch in s)


def _sequence(items: list) -> set[str] | None:
    """The best requirement of a concatenation of parsed items, or ``None``."""
    options: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append({"".join(run).lower()})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found = _item(op, av)
        if found:
            options.append(found)
    flush()
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _item(op, av) -> set[str] | None:
    """The requirement of one parsed item other than a literal, or ``None``."""
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        if any(not b for b in branches):
            return None
        return set().union(*branches)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None
