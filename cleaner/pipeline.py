"""The cleaning pipeline: segment -> rules -> scorers -> decisions -> guard -> assemble + report.

``Cleaner`` compiles its rule packs and model once and is reusable (and picklable: it
pickles its configuration only and recompiles lazily). ``Cleaner.clean`` repeats the
pipeline on its own output until nothing more is removed, so cleaning is idempotent;
removals of later passes are mapped back to line numbers of the original.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import features as F
from . import lang as L
from .config import Config
from .decide import Verdict, decide
from .linemodel import LineModel
from .model import Flag, Removal, Result, split_lines
from .resources import default_pack_paths, rules_dir, site_pack_paths, stopwords
from .rules import Pack, Rule, RuleSet, load_packs
from .scorers import Doc, line_measures
from .text import line_words, normalize_tokens, visible_strip


@dataclass
class LineReport:
    """Everything ``cleaner explain`` shows about one line."""

    index: int
    text: str
    p: float
    hit: Rule | None
    verdict: Verdict
    contributions: dict[str, float]
    features: dict[str, float]


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def _site_matches(pack: Pack, host: str, path: str | None) -> bool:
    if host and any(host == s or host.endswith("." + s) for s in (x.lower().removeprefix("www.") for x in pack.sites)):
        return True
    if path and pack.files:
        parts = Path(path).parts
        tails = ["/".join(parts[k:]) for k in range(len(parts))]  # "a/b/c.txt", "b/c.txt", "c.txt"
        return any(fnmatch.fnmatch(t, g) for g in pack.files for t in tails)
    return False


class Cleaner:
    """A reusable cleaner: ``Cleaner(config).clean(text) -> Result``."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._lock = threading.Lock()
        self._compiled = False

    # -- pickling: configuration only; patterns are rebuilt in the receiving process
    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["config"])

    def _compile(self) -> None:
        if self._compiled:
            return
        with self._lock:
            if self._compiled:
                return
            cfg = self.config
            paths = [*(default_pack_paths() if cfg.default_packs else []), *cfg.packs]
            self.packs = load_packs(paths)
            self.site_packs = load_packs(site_pack_paths()) if cfg.site_packs else []
            self.model = LineModel.load(cfg.model or rules_dir() / "model.yaml")
            self._rulesets: dict[tuple[str, ...], RuleSet] = {}
            self._compiled = True

    def ruleset(self, packs: list[Pack], disabled: frozenset[str] = frozenset()) -> RuleSet:
        key = (*(p.path for p in packs), "|", *sorted(disabled))
        rs = self._rulesets.get(key)
        if rs is None:
            rules: list[Rule] = []
            for p in packs:
                rules.extend(p.rules)
            rs = self._rulesets[key] = RuleSet(rules, frozenset(self.config.disabled) | disabled)
        return rs

    def packs_for(self, path: str | None = None, url: str | None = None) -> list[Pack]:
        """The packs that apply to a document: defaults, extra packs, and matching site packs."""
        self._compile()
        host = _host(url)
        sites = [p for p in self.site_packs if _site_matches(p, host, path)]
        return [*self.packs, *sites]

    def clear_caches(self) -> None:
        """Forget every line remembered across documents (rule hits, tokens, normalised keys).

        Results never depend on these caches; benchmarks clear them to measure the cost of
        documents that share no lines with earlier ones."""
        from .scorers import clear_caches as clear_scorer_caches
        from .text import clear_caches

        clear_caches()
        clear_scorer_caches()
        for rs in getattr(self, "_rulesets", {}).values():
            rs.clear_cache()

    @property
    def rules(self) -> list[Rule]:
        self._compile()
        return [r for p in self.packs for r in p.rules]

    # -- one pass ---------------------------------------------------------------
    def line_table(self, lines: list[str], lang: str | None, rs: RuleSet, memo: dict | None = None):
        """The document, its rule hits and its feature columns (what the model sees).

        ``memo`` maps a line to its tokens, rule hit, normal form and line measures, so later
        passes over the same document do not tokenise, match or measure a line twice.
        """
        memo = {} if memo is None else memo
        stop = stopwords(lang) if lang else frozenset()
        per_line = []
        for ln in lines:
            got = memo.get(ln)
            if got is None:
                s = visible_strip(ln)
                if s:
                    toks, words = line_words(s)
                    got = memo[ln] = (toks, rs.match(s, words), normalize_tokens(s, toks), line_measures(s, stop, toks))
                else:
                    got = memo[ln] = ([], None, "", line_measures("", stop))
            per_line.append(got)
        toks, hits, norm, measures = (list(col) for col in zip(*per_line)) if per_line else ([], [], [], [])
        doc = Doc.build(lines, lang, stop, toks, norm, measures, memo.setdefault(_CONTENT, {}))
        evidence = [h.score if h is not None and h.action == "evidence" else 0.0 for h in hits]
        return doc, hits, F.build(doc, evidence)

    def _analyse(self, lines: list[str], lang: str | None, rs: RuleSet, extracted: bool = False,
                 memo: dict | None = None, first_pass: bool = True, headline: int | None = None,
                 evidence: int = 0):
        doc, hits, cols = self.line_table(lines, lang, rs, memo)
        p, cols = self.model.predict(doc, cols)
        params = {**self.model.decode, "model_removals": 0.0} if extracted else dict(self.model.decode)
        if not first_pass:
            params["anchor"] = 0.0  # the first pass already cut above the headline
            params["page_evidence"] = evidence  # what the first pass found before its furniture went
        verdicts, info = decide(doc, p, hits, params, self.config.min_score, headline=headline)
        return doc, hits, cols, p, verdicts, info

    # -- public -----------------------------------------------------------------
    def clean(self, text: str, *, path: str | None = None, url: str | None = None, extracted: bool = False,
              lang_hint: str | None = None) -> Result:
        """Clean one document; see ``cleaner.clean``.

        ``extracted=True`` is for text that a main-content extractor already produced
        (HTML mode): rules, terminators and the title still apply, but the line model
        alone removes nothing, since the extractor has already chosen the body.
        ``lang_hint`` is the language the source declares (see ``lang.detect``).
        """
        if not isinstance(text, str):
            raise TypeError(f"clean() needs str, got {type(text).__name__}")
        self._compile()
        packs = self.packs_for(path, url)
        rs = self.ruleset(packs)
        lines = split_lines(text)
        lang = self.config.language or L.detect([ln for ln in lines[:2000]], lang_hint)
        index = list(range(len(lines)))  # current line -> original line
        removed_at: dict[int, Verdict] = {}
        stages: dict[str, Any] = {}
        current = lines
        memo: dict = {}
        headline: int | None = None  # the headline's line in ``current``; -1: just above its first line
        evidence = 0
        for _pass in range(max(1, self.config.max_passes)):
            doc, hits, cols, p, verdicts, info = self._analyse(current, lang, rs, extracted, memo, _pass == 0,
                                                               headline, evidence)
            if _pass == 0:
                stages["body"] = info.get("body")
                evidence = info.get("evidence", 0)
            gone = [i for i, v in enumerate(verdicts) if not v.keep]
            if not gone:
                break
            for i in gone:
                removed_at[index[i]] = verdicts[i]
            keep = [i for i, v in enumerate(verdicts) if v.keep]
            anchor = info.get("anchor")
            if isinstance(anchor, int):  # later passes know where the headline was
                headline = sum(1 for i in keep if i < anchor) - (0 if verdicts[anchor].keep else 1)
            current = [current[i] for i in keep]
            index = [index[i] for i in keep]
        timed_out = rs.reset_timeouts()
        if timed_out:
            stages["timeouts"] = timed_out
        clean_text = "".join(current)
        removals = _runs(lines, removed_at)
        result = Result(original=text, text=clean_text, removed=removals, language=lang, path=path, url=url,
                        packs=[p.name for p in packs], stages=stages)
        result.flags = self.flags(result)
        return result

    def flags(self, result: Result) -> list[Flag]:
        from .spam import document_flags

        return document_flags(result, self.config)

    def explain(self, text: str, *, path: str | None = None, url: str | None = None) -> tuple[list[LineReport], dict]:
        """Per-line scores, rule hits, feature contributions and verdicts of the first pass."""
        self._compile()
        packs = self.packs_for(path, url)
        rs = self.ruleset(packs)
        lines = split_lines(text)
        lang = self.config.language or L.detect(lines[:2000])
        doc, hits, cols, p, verdicts, info = self._analyse(lines, lang, rs)
        rows = [
            LineReport(i, doc.stripped[i], p[i], hits[i], verdicts[i], self.model.contributions(cols, i),
                       {k: v[i] for k, v in cols.items()})
            for i in range(len(doc))
        ]
        info.update(language=lang, packs=[f"{p.name} ({p.path})" for p in packs],
                    rules=len(rs.active), model=self.model.source)
        return rows, info


_CONTENT = object()  # key of the per-document content-word memo inside ``line_table``'s memo


def _runs(lines: list[str], removed_at: dict[int, Verdict]) -> list[Removal]:
    """Merge removed lines into runs of consecutive lines with the same rule.

    A run keeps the reason of its first non-blank line (a blank line only says it sits next
    to removed text) and the highest score; its text is joined once."""
    out: list[Removal] = []
    order = sorted(removed_at)
    k = 0
    while k < len(order):
        start = order[k]
        first = removed_at[start]
        score = first.score
        reason = first.reason if visible_strip(lines[start]) else None
        end = start + 1
        k += 1
        while k < len(order) and order[k] == end:
            v = removed_at[end]
            if v.rule != first.rule or v.category != first.category:
                break
            score = max(score, v.score)
            if reason is None and visible_strip(lines[end]):
                reason = v.reason
            end += 1
            k += 1
        out.append(Removal(start, end, "".join(lines[start:end]), first.rule, first.category, score,
                           reason if reason is not None else first.reason))
    return out
