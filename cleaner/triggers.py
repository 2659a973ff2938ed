"""Which rule triggers occur in a line.

A trigger is a lower-case substring; a pattern rule runs only on lines containing one of
its triggers (see ``cleaner.rules``). With some two hundred triggers, one ``in`` test each
cost more than the patterns they gate. When the optional ``pyahocorasick`` package is
installed (``pip install cleaner[fast]``), one Aho-Corasick pass over the line finds every
trigger at once; otherwise each trigger is tested in turn. Both give the same answer: the
union of the bit masks of the triggers that occur in the line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

try:
    import ahocorasick
except ImportError:  # the optional C extension is missing: test triggers one by one
    ahocorasick = None


class TriggerScanner:
    """Finds the triggers of ``masks`` (trigger -> bit mask) occurring in a lower-cased line."""

    def __init__(self, masks: Mapping[str, int], use_automaton: bool = True) -> None:
        self._iter = None
        if use_automaton and ahocorasick is not None and masks:
            automaton = ahocorasick.Automaton()
            for trigger, mask in masks.items():
                automaton.add_word(trigger, mask)
            automaton.make_automaton()
            self._iter = automaton.iter

    @property
    def automaton(self) -> bool:
        """Whether lines are scanned with an Aho-Corasick automaton."""
        return self._iter is not None

    def fired(self, low: str, triggers: Sequence[tuple[str, int]], within: int) -> int:
        """The union of the masks of the triggers occurring in ``low``, restricted to ``within``.

        ``triggers`` lists the ``(trigger, mask)`` pairs whose masks meet ``within`` (the masks
        restricted to it): the fallback tests only those.
        """
        fired = 0
        if self._iter is not None:
            for _end, mask in self._iter(low):
                fired |= mask
            return fired & within
        for trigger, mask in triggers:
            if trigger in low:
                fired |= mask
        return fired
