"""Project configuration files: ``.cleaner.yaml`` or ``[tool.cleaner]`` in ``pyproject.toml``.

Found by walking up from each file's folder; a config in a subfolder overrides the one
above it (keys of the nearer file win; lists of extra packs and disabled rules add up).
Keys::

    rules: [packs/site.yaml]      # extra rule packs, relative to the config file
    disable: [social.share-button, "ads.*"]
    min_score: 0.6
    spam_threshold: 0.5
    language: de
    default_rules: true
    include: ["*.txt"]            # file globs (relative to the config's folder) to clean
    exclude: ["drafts/**"]
    files:                        # per-file overrides
      "notes/about.txt": {disable: [nav.menu-word]}
"""

from __future__ import annotations

import fnmatch
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import Config

KEYS = {"rules", "disable", "min_score", "spam_threshold", "language", "default_rules", "include", "exclude", "files"}
FILE_KEYS = {"disable", "min_score", "rules", "language"}


class ConfigError(ValueError):
    """An unusable configuration file; the message names the file and key."""


def _load_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: configuration must be a mapping")
    return data


def _load_pyproject(path: Path) -> dict[str, Any] | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    section = data.get("tool", {}).get("cleaner")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.cleaner] must be a table")
    return section


def _validate(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    for key in ("rules", "disable", "include", "exclude"):
        v = data.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"{path}: key {key!r} must be a list of strings")
    for key in ("min_score", "spam_threshold"):
        if key in data and (not isinstance(data[key], (int, float)) or isinstance(data[key], bool)):
            raise ConfigError(f"{path}: key {key!r} must be a number")
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise ConfigError(f"{path}: key 'files' must map file globs to settings")
    for glob, sub in files.items():
        if not isinstance(sub, dict) or set(sub) - FILE_KEYS:
            raise ConfigError(f"{path}: files[{glob!r}] may only set {', '.join(sorted(FILE_KEYS))}")
    return data


@lru_cache(maxsize=4096)
def _configs_in(directory: Path) -> tuple[tuple[Path, dict[str, Any]], ...]:
    """Config files from the filesystem root down to ``directory``."""
    found: list[tuple[Path, dict[str, Any]]] = []
    for d in [directory, *directory.parents]:
        y = d / ".cleaner.yaml"
        if y.is_file():
            found.append((y, _validate(y, _load_yaml(y))))
            continue
        t = d / "pyproject.toml"
        if t.is_file():
            section = _load_pyproject(t)
            if section is not None:
                found.append((t, _validate(t, section)))
    return tuple(reversed(found))


def _apply(cfg: Config, base: Path, data: dict[str, Any]) -> Config:
    changes: dict[str, Any] = {}
    if data.get("rules"):
        changes["packs"] = [*cfg.packs, *(str((base / p).resolve()) for p in data["rules"])]
    if data.get("disable"):
        changes["disabled"] = set(cfg.disabled) | set(data["disable"])
    for key in ("min_score", "spam_threshold"):
        if key in data:
            changes[key] = float(data[key])
    if "language" in data:
        changes["language"] = data["language"]
    if "default_rules" in data:
        changes["default_packs"] = bool(data["default_rules"])
    return cfg.update(**changes) if changes else cfg


def _rel(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def config_for(path: str | Path, base: Config) -> tuple[Config, list[Path]]:
    """The configuration for one file and the config files that contributed to it."""
    p = Path(path).resolve()
    cfg = base
    used: list[Path] = []
    for cfg_path, data in _configs_in(p.parent):
        root = cfg_path.parent
        cfg = _apply(cfg, root, data)
        rel = _rel(p, root)
        for glob, sub in (data.get("files") or {}).items():
            if rel is not None and (fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(p.name, glob)):
                cfg = _apply(cfg, root, sub)
        used.append(cfg_path)
    return cfg, used


def included(path: str | Path) -> bool:
    """Whether the nearest configs' include/exclude globs let ``path`` be cleaned."""
    p = Path(path).resolve()
    verdict = True
    for cfg_path, data in _configs_in(p.parent):
        rel = _rel(p, cfg_path.parent)
        if rel is None:
            continue
        if data.get("include"):
            verdict = any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(p.name, g) for g in data["include"])
        if any(fnmatch.fnmatch(rel, g) for g in data.get("exclude", [])):
            verdict = False
    return verdict
