"""Rule packs: load, validate and compile the YAML rules that recognise boilerplate lines.

A pack is a YAML file::

    pack: core-navigation
    description: ...
    rules:
      - id: nav.skip-link
        category: navigation
        description: Skip links for keyboard users.
        cues: ["skip to main content", "skip to content"]   # or: pattern: '<regex>'
        match: line          # line | prefix | contains  (for cues; default line)
        action: remove       # remove | terminate | evidence
        region: any          # any | top | bottom
        score: 0.95
        max_words: 12
        triggers: [skip]     # optional prefilter: the rule only runs on lines containing one of these
        examples:
          match: ["Skip to main content"]
          no_match: ["We skip to the main point."]

Patterns are matched with ``fullmatch`` against the stripped line, case-insensitively
(``(?-i:...)`` switches that off locally), with the ``regex`` module (and a timeout for
rules from users' packs). Whole-line cues are a dictionary lookup; a line meets only the
pattern rules whose word limits admit it and whose triggers it contains, and results are
remembered per line across documents (see ``RuleSet``). One alternation over all rules was
measured slower than one call per rule: the engine loses each pattern's own prefilters.

Packs are data only: loaded with ``yaml.safe_load``; unknown keys, wrong types and
bad patterns are ``RulePackError``s naming the file, the rule id and the key.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .triggers import TriggerScanner

log = logging.getLogger(__name__)

ACTIONS = ("remove", "terminate", "evidence")
REGIONS = ("any", "top", "bottom")
MATCH_MODES = ("line", "prefix", "contains")
RULE_KEYS = {
    "id", "category", "description", "pattern", "cues", "match", "action", "region",
    "score", "max_words", "min_words", "examples", "case_sensitive", "triggers",
}
PACK_KEYS = {"pack", "description", "rules", "sites", "files", "version"}
MATCH_TIMEOUT = 0.25  # seconds allowed to one regex call on one line
MAX_RULE_CHARS = 2000  # lines longer than this are never matched by rules


class RulePackError(ValueError):
    """A rule pack that cannot be used; the message names the file, rule and key."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    description: str
    source: str
    action: str = "remove"
    region: str = "any"
    score: float = 0.9
    max_words: int = 30
    min_words: int = 0
    pattern: str = ""
    cues: tuple[str, ...] = ()  # set for whole-line cue rules (matched by lookup, see RuleSet)
    triggers: tuple[str, ...] = ()  # lower-case substrings, one of which every matching line contains
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    pack: str = ""


@dataclass(slots=True)
class Pack:
    name: str
    path: str
    description: str
    rules: list[Rule]
    sites: tuple[str, ...] = ()
    files: tuple[str, ...] = ()


def _err(path: str, rule_id: str | None, msg: str) -> RulePackError:
    where = f"{path}: rule {rule_id!r}" if rule_id else path
    return RulePackError(f"{where}: {msg}")


def _cue_regex(cue: str, mode: str) -> str:
    body = regex.escape(cue.strip(), special_only=True, literal_spaces=False)
    body = regex.sub(r"(\\ )+", r"\\s+", body)
    lead = r"(?<![\w])" if cue[:1].isascii() and cue[:1].isalnum() else ""
    tail = r"(?![\w])" if cue[-1:].isascii() and cue[-1:].isalnum() else ""
    if mode == "line":
        return rf"[\W_]*{body}[\W_]*"
    if mode == "prefix":
        return rf"[\W_]*{body}{tail}.*"
    return rf".*?{lead}{body}{tail}.*"


def _check_type(path: str, rid: str | None, key: str, value: Any, types: type | tuple[type, ...]) -> None:
    if not isinstance(value, types) or isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        names = types.__name__ if isinstance(types, type) else " or ".join(t.__name__ for t in types)
        raise _err(path, rid, f"key {key!r} must be {names}, got {type(value).__name__}")


def _parse_rule(raw: Any, path: str, pack: str) -> Rule:
    if not isinstance(raw, dict):
        raise _err(path, None, f"each rule must be a mapping, got {type(raw).__name__}")
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        raise _err(path, None, "rule without an 'id' string")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise _err(path, rid, f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    for key in ("category", "description"):
        if key not in raw:
            raise _err(path, rid, f"missing key {key!r}")
        _check_type(path, rid, key, raw[key], str)
    if ("pattern" in raw) == ("cues" in raw):
        raise _err(path, rid, "needs exactly one of 'pattern' or 'cues'")
    action = raw.get("action", "remove")
    if action not in ACTIONS:
        raise _err(path, rid, f"key 'action' must be one of {', '.join(ACTIONS)}, got {action!r}")
    region = raw.get("region", "any")
    if region not in REGIONS:
        raise _err(path, rid, f"key 'region' must be one of {', '.join(REGIONS)}, got {region!r}")
    mode = raw.get("match", "line")
    if mode not in MATCH_MODES:
        raise _err(path, rid, f"key 'match' must be one of {', '.join(MATCH_MODES)}, got {mode!r}")
    score = raw.get("score", 0.9)
    _check_type(path, rid, "score", score, (int, float))
    if not 0.0 <= float(score) <= 1.0:
        raise _err(path, rid, "key 'score' must lie in [0, 1]")
    max_words = raw.get("max_words", 30)
    min_words = raw.get("min_words", 0)
    _check_type(path, rid, "max_words", max_words, int)
    _check_type(path, rid, "min_words", min_words, int)
    case_sensitive = raw.get("case_sensitive", False)
    _check_type(path, rid, "case_sensitive", case_sensitive, bool)

    if "pattern" in raw:
        _check_type(path, rid, "pattern", raw["pattern"], str)
        pattern = raw["pattern"]
        if "(?P<" in pattern or "(?<" in pattern.replace("(?<=", "").replace("(?<!", ""):
            raise _err(path, rid, "key 'pattern' may not define named groups")
    else:
        cues = raw["cues"]
        _check_type(path, rid, "cues", cues, list)
        if not cues or not all(isinstance(c, str) and c.strip() for c in cues):
            raise _err(path, rid, "key 'cues' must be a non-empty list of non-empty strings")
        pattern = "|".join(_cue_regex(c, mode) for c in sorted(set(cues), key=lambda c: (-len(c), c)))
    if case_sensitive:
        pattern = f"(?-i:{pattern})"
    try:
        regex.compile(pattern, regex.IGNORECASE | regex.V0)
    except regex.error as exc:
        raise _err(path, rid, f"key 'pattern' is not a valid regular expression: {exc}") from None

    triggers = raw.get("triggers", [])
    if not isinstance(triggers, list) or not all(isinstance(t, str) and t for t in triggers):
        raise _err(path, rid, "key 'triggers' must be a list of non-empty strings")

    examples = raw.get("examples", {}) or {}
    _check_type(path, rid, "examples", examples, dict)
    bad = set(examples) - {"match", "no_match"}
    if bad:
        raise _err(path, rid, f"unknown key(s) under 'examples': {', '.join(sorted(map(str, bad)))}")
    ex_m = examples.get("match", []) or []
    ex_n = examples.get("no_match", []) or []
    for key, lst in (("examples.match", ex_m), ("examples.no_match", ex_n)):
        if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
            raise _err(path, rid, f"key {key!r} must be a list of strings")
    return Rule(
        id=rid, category=raw["category"], description=raw["description"].strip(), source=path,
        action=action, region=region, score=float(score), max_words=max_words, min_words=min_words,
        pattern=pattern, examples_match=tuple(ex_m), examples_no_match=tuple(ex_n), pack=pack,
        cues=tuple(raw["cues"]) if "cues" in raw and mode == "line" and not case_sensitive and not triggers else (),
        triggers=tuple(t.lower() for t in triggers),
    )


def load_pack(path: str | Path) -> Pack:
    """Parse and validate one YAML pack (safe loader only)."""
    import yaml

    p = str(path)
    try:
        with open(p, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except OSError as exc:
        raise RulePackError(f"{p}: cannot read rule pack: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise RulePackError(f"{p}: rule pack is not valid UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or (str(exc).splitlines()[0] if str(exc) else "invalid YAML")
        raise RulePackError(f"{p}: invalid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise _err(p, None, "a rule pack must be a mapping with a 'rules' list")
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise _err(p, None, f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}")
    if not isinstance(data.get("description", ""), str):
        raise _err(p, None, "key 'description' must be a string")
    name = data.get("pack") or Path(p).stem
    if not isinstance(name, str):
        raise _err(p, None, "key 'pack' must be a string")
    rules_raw = data.get("rules", [])
    if not isinstance(rules_raw, list):
        raise _err(p, None, "key 'rules' must be a list")
    rules = [_parse_rule(r, p, name) for r in rules_raw]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise _err(p, r.id, "duplicate rule id")
        seen.add(r.id)
    sites = data.get("sites", []) or []
    files = data.get("files", []) or []
    for key, lst in (("sites", sites), ("files", files)):
        if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
            raise _err(p, None, f"key {key!r} must be a list of strings")
    return Pack(name=name, path=p, description=str(data.get("description", "")), rules=rules,
                sites=tuple(sites), files=tuple(files))


def _shipped(source: str) -> bool:
    from .resources import rules_dir

    try:
        Path(source).resolve().relative_to(rules_dir().resolve())
    except (ValueError, OSError, FileNotFoundError):
        return False
    return True


_WORD_CHAR = regex.compile(r"[^\W_]")
_LAST_WORD_CHAR = regex.compile(r"(?r)[^\W_]")
_SPACES = regex.compile(r"\s+")


def cue_key(text: str) -> str:
    """Lookup key of a whole-line cue: lower case, edge punctuation stripped, spaces collapsed.

    Edges are cut at the first and the last word character (two short searches rather than
    one substitution that tries every position); spaces are collapsed only when there is
    something to collapse: every ``\\s`` character but the space is unprintable.
    """
    low = text.strip().lower()
    first = _WORD_CHAR.search(low)
    if first is None:
        return ""
    low = low[first.start():_LAST_WORD_CHAR.search(low).end()]
    if "  " in low or not low.isprintable():
        low = _SPACES.sub(" ", low)
    return low


LINE_CACHE_SIZE = 16384  # rule hits remembered across documents (menus and footers repeat)
LINE_CACHE_CHARS = 256  # longer lines are not remembered


@dataclass(frozen=True, slots=True)
class _Band:
    """The pattern rules that admit one word count, ready to try in priority order.

    ``entries`` holds ``(index, gated, fullmatch, timeout, rule)`` per rule; ``gated`` rules
    only run on lines containing one of their triggers. ``triggers`` pairs each trigger of the
    band's gated rules with the bit mask of the band's rules it lets through, and ``gated``
    is the union of those masks; ``by_fired`` remembers the rules to try for each combination
    of fired triggers.
    """

    entries: tuple[tuple[int, bool, Any, float | None, Rule], ...]
    triggers: tuple[tuple[str, int], ...]
    gated: int
    by_fired: dict[int, tuple[tuple[Any, float | None, Rule], ...]] = field(default_factory=dict)

    def candidates(self, fired: int) -> tuple[tuple[Any, float | None, Rule], ...]:
        """``(fullmatch, timeout, rule)`` to try, in order, when the triggers in ``fired`` occur."""
        got = self.by_fired.get(fired)
        if got is None:
            if len(self.by_fired) >= 1024:  # bounded: trigger combinations seen so far
                self.by_fired.clear()
            got = self.by_fired[fired] = tuple(
                (fm, limit, r) for k, gated, fm, limit, r in self.entries if not gated or fired >> k & 1)
        return got


@lru_cache(maxsize=4096)
def _derived_triggers(pattern: str) -> tuple[str, ...]:
    """``required_substrings(pattern)``, remembered (rule sets are built per pack combination)."""
    from .required import required_substrings

    return required_substrings(pattern)


@dataclass
class RuleSet:
    """Compiled rules; ``match(line, words)`` returns the strongest rule matching the whole line.

    Whole-line cue rules are a dictionary lookup. Pattern rules are tried in priority order,
    but only those whose ``min_words``/``max_words`` admit the line and whose ``triggers``
    (if any) occur in it, so a body line meets only a few cheap rules; rules from users'
    packs run with a timeout. Removal rules win over terminators, which win over evidence
    rules. Results are remembered per line (bounded, across documents) while no rule has
    timed out.
    """

    rules: list[Rule]
    disabled: frozenset[str] = frozenset()
    timeouts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        active = [r for r in self.rules if r.id not in self.disabled and not self._disabled_by_glob(r.id)]
        order = {"remove": 0, "terminate": 1, "evidence": 2}
        self.active = sorted(active, key=lambda r: order[r.action])
        self._rank = {r.id: k for k, r in enumerate(self.active)}
        self._exact: dict[str, Rule] = {}
        for r in self.active:
            for cue in r.cues:
                self._exact.setdefault(cue_key(cue), r)
        self._exact_max_words = max((r.max_words for r in self._exact.values()), default=-1)
        self._patterned = [r for r in self.active if not r.cues]
        self._max_words = max((r.max_words for r in self._patterned), default=-1)
        # Shipped packs are checked against catastrophic backtracking by the test suite
        # (tests/test_rules.py), so they run without the per-call timeout, which costs
        # more than the match itself; every pattern from a user's pack runs with one.
        self._timeout = [None if _shipped(r.source) else MATCH_TIMEOUT for r in self._patterned]
        self._word_bands: dict[int, _Band] = {}
        # a rule without triggers of its own gets those its pattern cannot match without
        self._triggers = [r.triggers or _derived_triggers(r.pattern) for r in self._patterned]
        masks: dict[str, int] = {}  # trigger -> bit mask of the pattern rules it lets through
        for k, triggers in enumerate(self._triggers):
            for t in triggers:
                masks[t] = masks.get(t, 0) | 1 << k
        self._scanner = TriggerScanner(masks)
        self._timed_out: set[str] = set()  # skipped for the rest of the document
        self._single: dict[str, regex.Pattern] = {}
        self._cache: dict[tuple[str, int], Rule | None] = {}

    def _disabled_by_glob(self, rid: str) -> bool:
        import fnmatch

        return any("*" in d and fnmatch.fnmatchcase(rid, d) for d in self.disabled)

    def _band(self, words: int) -> _Band:
        """The pattern rules admitting ``words`` words (built once per word count)."""
        key = min(words, self._max_words + 1)
        band = self._word_bands.get(key)
        if band is None:
            ks = [k for k, r in enumerate(self._patterned) if r.min_words <= words <= r.max_words]
            entries = tuple((k, bool(self._triggers[k]), self._compiled(self._patterned[k]).fullmatch,
                             self._timeout[k], self._patterned[k]) for k in ks)
            masks: dict[str, int] = {}
            for k in ks:
                for t in self._triggers[k]:
                    masks[t] = masks.get(t, 0) | 1 << k
            gated = sum(1 << k for k in ks if self._triggers[k])
            band = self._word_bands[key] = _Band(entries, tuple(sorted(masks.items())), gated)
        return band

    def _compiled(self, r: Rule) -> regex.Pattern:
        pat = self._single.get(r.id)
        if pat is None:
            pat = self._single[r.id] = regex.compile(r.pattern, regex.IGNORECASE | regex.V0)
        return pat

    def match(self, line: str, words: int | None = None) -> Rule | None:
        """The strongest active rule matching the whole stripped line (``None`` if none).

        ``words`` (the line's word count) selects the rules whose word limits admit the line;
        without it every rule is tried.
        """
        s = line.strip()
        if not s or len(s) > MAX_RULE_CHARS:
            return None
        if words is None:
            return self._strongest(s, None, self._match_each(s, None))
        key = (s, words)
        if not self._timed_out and key in self._cache:
            return self._cache[key]
        n_timeouts = len(self.timeouts)
        found = self._match_band(s, words) if words <= self._max_words else None
        hit = self._strongest(s, words, found)
        if not self._timed_out and len(self.timeouts) == n_timeouts and len(s) <= LINE_CACHE_CHARS:
            self._remember(key, hit)
        return hit

    def clear_cache(self) -> None:
        """Forget the remembered rule hits."""
        self._cache.clear()

    def _remember(self, key: tuple[str, int], hit: Rule | None) -> None:
        """Cache a result, dropping the oldest entry when the cache is full."""
        if len(self._cache) >= LINE_CACHE_SIZE:
            try:
                del self._cache[next(iter(self._cache))]
            except (KeyError, StopIteration, RuntimeError):  # another thread evicted it first
                pass
        self._cache[key] = hit

    def _strongest(self, s: str, words: int | None, found: Rule | None) -> Rule | None:
        """The stronger of ``found`` (a pattern rule) and the whole-line cue rule for ``s``."""
        if words is not None and words > self._exact_max_words:
            return found  # no whole-line cue rule admits so many words: no key to look up
        exact = self._exact.get(cue_key(s))
        if exact is not None and words is not None and not (exact.min_words <= words <= exact.max_words):
            exact = None
        if exact is None:
            return found
        if found is None:
            return exact
        return exact if self._rank[exact.id] <= self._rank[found.id] else found

    def _match_band(self, s: str, words: int) -> Rule | None:
        """The first rule (in priority order) admitting ``words`` words whose pattern matches ``s``."""
        band = self._band(words)
        # bit k: a trigger of rule k occurs in the line
        fired = self._scanner.fired(s.lower(), band.triggers, band.gated) if band.gated else 0
        for fullmatch, limit, r in band.candidates(fired):
            if limit is None:
                if fullmatch(s):
                    return r
                continue
            if self._timed_match(r, fullmatch, s, limit):
                return r
        return None

    def _timed_match(self, r: Rule, fullmatch, s: str, limit: float) -> bool:
        """``fullmatch(s)`` under a time limit; a rule that times out is logged, recorded in
        ``timeouts`` and skipped for the rest of the document."""
        if r.id in self._timed_out:
            return False
        try:
            return bool(fullmatch(s, timeout=limit))
        except TimeoutError:
            log.debug("rule %s timed out on a line of %d characters; skipped", r.id, len(s))
            self.timeouts.append(r.id)
            self._timed_out.add(r.id)
            return False

    def _match_each(self, s: str, words: int | None = None) -> Rule | None:
        """Slow path: try pattern rules one by one, skipping those whose word limits exclude the
        line and those that time out (each timeout is logged and recorded in ``timeouts``)."""
        for r in self._patterned if words is not None else self.active:
            if words is not None and not (r.min_words <= words <= r.max_words):
                continue
            if self._timed_match(r, self._compiled(r).fullmatch, s, MATCH_TIMEOUT):
                return r
        return None

    def reset_timeouts(self) -> list[str]:
        """Rules that timed out since the last reset (they are skipped until then); clears the record."""
        out = sorted(set(self.timeouts))
        self.timeouts.clear()
        self._timed_out.clear()
        return out


def check_examples(rules: Iterable[Rule]) -> list[tuple[Rule, str, bool]]:
    """Run every rule's inline examples; return (rule, example, expected) for each failure."""
    failures = []
    for r in rules:
        pat = regex.compile(r.pattern, regex.IGNORECASE | regex.V0)
        for ex in r.examples_match:
            low = ex.lower()
            if not pat.fullmatch(ex.strip(), timeout=MATCH_TIMEOUT * 4) or (
                    r.triggers and not any(t in low for t in r.triggers)):
                failures.append((r, ex, True))
        for ex in r.examples_no_match:
            if pat.fullmatch(ex.strip(), timeout=MATCH_TIMEOUT * 4):
                failures.append((r, ex, False))
    return failures


def load_packs(paths: Sequence[str | Path]) -> list[Pack]:
    packs = [load_pack(p) for p in paths]
    seen: dict[str, str] = {}
    for pack in packs:
        for r in pack.rules:
            if r.id in seen and seen[r.id] != pack.path:
                raise _err(pack.path, r.id, f"rule id already defined in {seen[r.id]}")
            seen[r.id] = pack.path
    return packs
