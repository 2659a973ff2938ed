"""cleaner: strip boilerplate and flag spam in plain-text web dumps, with a line-level report.

    >>> import cleaner
    >>> result = cleaner.clean(open("page.txt").read())
    >>> result.text            # the article body, kept lines verbatim and in order
    >>> result.removed         # every removed run of lines: rule, category, score, reason
    >>> cleaner.replay(result.original, result.removed) == result.text
    True

The public API is ``clean``, ``clean_html``, ``Cleaner``, ``Config``, ``Result``, ``Removal``,
``Flag`` and ``replay``. Heavy modules are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Cleaner", "Config", "Flag", "Removal", "Result", "clean", "clean_html", "replay", "__version__"]

if TYPE_CHECKING:
    from .config import Config
    from .model import Flag, Removal, Result, replay
    from .pipeline import Cleaner

_LAZY = {
    "Cleaner": ("pipeline", "Cleaner"),
    "Config": ("config", "Config"),
    "Flag": ("model", "Flag"),
    "Removal": ("model", "Removal"),
    "Result": ("model", "Result"),
    "replay": ("model", "replay"),
}
_DEFAULT: dict[Any, Any] = {}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        value = getattr(importlib.import_module(f".{mod}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")


def default_cleaner(config: Config | None = None) -> Cleaner:
    """A cached ``Cleaner`` per configuration (compiled once per process)."""
    from .config import Config as _Config
    from .pipeline import Cleaner as _Cleaner

    cfg = config or _Config()
    key = (cfg.key(), cfg)
    inst = _DEFAULT.get(key)
    if inst is None:
        inst = _DEFAULT[key] = _Cleaner(cfg)
    return inst


def clean(text: str, *, path: str | None = None, url: str | None = None, config: Config | None = None) -> Result:
    """Clean a plain-text dump (one block per line) and return a ``Result``."""
    return default_cleaner(config).clean(text, path=path, url=url)


def clean_html(html: str, *, url: str | None = None, config: Config | None = None) -> Result:
    """Extract the main content of an HTML page with trafilatura, then clean it line by line."""
    from .htmlmode import clean_html as _clean_html

    return _clean_html(html, url=url, cleaner=default_cleaner(config))
