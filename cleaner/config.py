"""Options for a cleaning run, as one immutable object passed to every step."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Config:
    """What a ``Cleaner`` does. Update with ``config.update(key=value)``.

    - ``packs``: extra rule-pack files, loaded after the default packs.
    - ``default_packs``: load the shipped ``rules/core`` packs.
    - ``site_packs``: apply shipped ``rules/sites`` packs whose ``sites``/``files`` match.
    - ``disabled``: rule ids (``fnmatch`` globs allowed) that never fire.
    - ``min_score``: a removal needs at least this score (0 = all; raise it to remove less).
    - ``model``: path to a line-model YAML (default ``rules/model.yaml``).
    - ``language``: force the document language (ISO 639-1) instead of detecting it.
    - ``spam_threshold``: a document flag counts as spam at or above this score.
    - ``max_passes``: cleaning repeats on its own output until nothing changes (idempotence),
      at most this many passes.
    """

    packs: tuple[str, ...] = ()
    default_packs: bool = True
    site_packs: bool = True
    disabled: frozenset[str] = frozenset()
    min_score: float = 0.0
    model: str | None = None
    language: str | None = None
    spam_threshold: float = 0.5
    max_passes: int = 4
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def update(self, **changes: Any) -> Config:
        if "packs" in changes:
            changes["packs"] = tuple(str(p) for p in changes["packs"])
        if "disabled" in changes:
            changes["disabled"] = frozenset(changes["disabled"])
        return replace(self, **changes)

    def key(self) -> tuple:
        """Hashable identity of everything that changes compiled state."""
        return (self.packs, self.default_packs, self.disabled, self.model)
