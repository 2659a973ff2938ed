"""Every rule's inline examples (one parametrised runner) and rule-pack validation errors."""

from __future__ import annotations

import textwrap

import pytest
import regex

from cleaner.resources import default_pack_paths, site_pack_paths
from cleaner.rules import MATCH_TIMEOUT, RulePackError, RuleSet, check_examples, load_pack, load_packs

PACKS = load_packs([*default_pack_paths(), *site_pack_paths()])
RULES = [r for p in PACKS for r in p.rules]
CASES = [(r, ex, True) for r in RULES for ex in r.examples_match] + [
    (r, ex, False) for r in RULES for ex in r.examples_no_match]


def test_every_rule_has_examples() -> None:
    assert RULES
    missing = [r.id for r in RULES if not r.examples_match]
    assert not missing, f"rules without match examples: {missing}"


@pytest.mark.parametrize(("rule", "example", "expected"), CASES,
                         ids=[f"{r.id}:{'match' if e else 'no_match'}:{x[:30]}" for r, x, e in CASES])
def test_rule_example(rule, example: str, expected: bool) -> None:
    pat = regex.compile(rule.pattern, regex.IGNORECASE | regex.V0)
    assert bool(pat.fullmatch(example.strip(), timeout=MATCH_TIMEOUT * 4)) is expected


def test_check_examples_reports_no_failures() -> None:
    assert check_examples(RULES) == []


def test_combined_ruleset_agrees_with_single_rules() -> None:
    rs = RuleSet(RULES)
    for rule, example, expected in CASES:
        if expected:
            hit = rs.match(example)
            assert hit is not None, (rule.id, example)


def write(tmp_path, body: str):
    p = tmp_path / "pack.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


@pytest.mark.parametrize(("body", "message"), [
    ("rules:\n  - id: a\n    category: x\n    description: d\n    cues: [foo]\n    colour: red\n", "rule 'a': unknown key(s) colour"),
    ("rules:\n  - id: a\n    category: x\n    description: d\n    pattern: '(foo'\n", "rule 'a': key 'pattern' is not a valid"),
    ("rules:\n  - id: a\n    category: x\n    description: d\n    cues: [foo]\n    score: high\n", "rule 'a': key 'score' must be"),
    ("rules:\n  - id: a\n    category: x\n    description: d\n", "rule 'a': needs exactly one of"),
    ("rules:\n  - id: a\n    description: d\n    cues: [x]\n", "rule 'a': missing key 'category'"),
    ("rules:\n  - id: a\n    category: x\n    description: d\n    cues: [x]\n    action: delete\n", "key 'action' must be one of"),
    ("rules: {}\n", "key 'rules' must be a list"),
    ("just text\n", "must be a mapping"),
    ("rules: [\n", "invalid YAML"),
    ("rules:\n  - id: a\n    category: x\n    description: d\n    pattern: '(?P<n>x)'\n", "may not define named groups"),
    ("rules:\n  - !!python/object/apply:os.system ['echo hi']\n", "invalid YAML"),
])
def test_invalid_pack_is_an_error_naming_file_rule_and_key(tmp_path, body: str, message: str) -> None:
    p = write(tmp_path, body)
    with pytest.raises(RulePackError) as exc:
        load_pack(p)
    assert str(p) in str(exc.value)
    assert message in str(exc.value)


def test_duplicate_rule_id_across_packs(tmp_path) -> None:
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    rule = "rules:\n  - id: same\n    category: x\n    description: d\n    cues: [x]\n    examples: {match: [x]}\n"
    a.write_text(rule)
    b.write_text(rule)
    with pytest.raises(RulePackError, match="already defined"):
        load_packs([a, b])


def test_catastrophic_pattern_times_out_and_is_skipped(tmp_path) -> None:
    p = write(tmp_path, """\
        rules:
          - id: evil
            category: x
            description: catastrophic backtracking
            pattern: '(a|a)+$'
            max_words: 1000
            examples: {match: [aaa]}
          - id: fine
            category: y
            description: plain
            cues: [hello]
            examples: {match: [hello]}
        """)
    rs = RuleSet(load_pack(p).rules)
    assert rs.match("hello").id == "fine"
    assert rs.match("a" * 30 + "b") is None
    assert "evil" in rs.timeouts


def test_word_limits_skip_to_next_rule(tmp_path) -> None:
    p = write(tmp_path, """\
        rules:
          - id: short
            category: x
            description: only short lines
            pattern: 'foo.*'
            max_words: 2
            examples: {match: [foo]}
          - id: long
            category: y
            description: any length
            pattern: 'foo.*'
            examples: {match: [foo bar baz]}
        """)
    rs = RuleSet(load_pack(p).rules)
    assert rs.match("foo bar", words=2).id == "short"
    assert rs.match("foo bar baz qux", words=4).id == "long"


def test_disabled_rules_never_fire() -> None:
    rs = RuleSet(RULES, disabled=frozenset({"nav.skip-link"}))
    assert rs.match("Skip to main content") is None
    rs2 = RuleSet(RULES, disabled=frozenset({"nav.*"}))
    assert rs2.match("Skip to main content") is None


ADVERSARIAL = [
    "a" * 1900, "a " * 900, ". " * 900, "/" * 1900, "Reuters/Photo " * 120, "…" * 1500, "© " * 900,
    "Skip to " * 200, "1 of " * 350, "share " * 300, "x@y.z " * 300, "said: " * 300, "Home > " * 250,
    "cookie " * 250 + "!", "subscribe to our newsletter " * 60, "\u00a0" * 1500, "12:30 " * 300,
]


@pytest.mark.parametrize("rule", [r for r in RULES], ids=[r.id for r in RULES])
def test_shipped_patterns_do_not_backtrack_catastrophically(rule) -> None:
    """Shipped packs run without the per-match timeout, so each pattern must stay fast
    on long, repetitive lines (user packs always run with a timeout)."""
    pat = regex.compile(rule.pattern, regex.IGNORECASE | regex.V0)
    for text in ADVERSARIAL:
        pat.fullmatch(text.strip(), timeout=0.5)  # TimeoutError fails the test


def _corpus_lines() -> list[str]:
    """Every line of the seeds, fixtures and test pages shipped in the repository."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = [*root.glob("seeds/*.txt"), *root.glob("fixtures/**/*.txt"), *root.glob("tests/pages/*.txt")]
    lines = {ln.strip() for f in files for ln in f.read_text(encoding="utf-8", errors="replace").splitlines()}
    return sorted(s for s in lines if s and len(s) <= 2000)


def test_every_line_a_pattern_matches_contains_one_of_its_triggers() -> None:
    # a trigger list (written in the pack, or derived from the pattern) that misses a line the
    # pattern matches would silently switch the rule off for that line
    from cleaner.required import required_substrings

    lines = _corpus_lines()
    assert len(lines) > 1000
    misses, checked = [], 0
    for r in RULES:
        if r.cues:
            continue
        triggers = r.triggers or required_substrings(r.pattern)
        if not triggers:
            continue
        pat = regex.compile(r.pattern, regex.IGNORECASE | regex.V0)
        examples = [e.strip() for e in r.examples_match]
        for s in [*lines, *examples]:
            if len(s.split()) <= r.max_words and pat.fullmatch(s, timeout=MATCH_TIMEOUT * 4):
                checked += 1
                if not any(t in s.lower() for t in triggers):
                    misses.append((r.id, s[:80]))
    assert checked > 300
    assert not misses, misses[:10]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:skip\s+to\s+(?:main\s+)?content|jump\s+to)", ("content", "jump")),  # the longest of each branch
    (r"read\s+more|see\s+all", ("read", "see")),
    (r"\d+\s+comments?", ("comment",)),
    (r"(?:by\s+)?[A-Z]\w+", ()),                           # an optional word requires nothing
    (r"foo|\w+", ()),                                      # one branch without a requirement
    (r"(?:straße)\s+\d+", ()),                             # "ß" changes length when cased: not used
    (r"\p{Lu}\w+\s+says", ("says",)),                      # a Unicode property is read as a class
    (r"[\p{L}\d]+\s+(?-i:AP)", ("ap",)),                    # also inside a class; scoped flags parse
    (r"\\p{Lu}x", ("\\p{lu}x",)),                         # an escaped backslash is a literal
    (r"\X+\s+says", ()),                                  # the regex module's syntax: not parsed by re
])
def test_required_substrings(pattern: str, expected: tuple[str, ...]) -> None:
    from cleaner.required import required_substrings

    assert required_substrings(pattern) == expected


def test_derived_triggers_gate_rules_without_changing_matches() -> None:
    rule = RULES[0].__class__("t.skip", "navigation", "skip links", "test",
                              pattern=r"(?:skip\s+to\s+(?:main\s+)?content|jump\s+to\s+navigation)")
    rs = RuleSet([rule])
    assert rs.match("Skip to main content", 4) is rule and rs.match("JUMP TO NAVIGATION", 3) is rule
    assert rs.match("The council voted to skip the vote", 7) is None
    band = rs._band(4)
    assert band.gated  # the rule runs only on lines containing "skip" or "jump"
