"""Property tests (hypothesis): what holds for any text, not just the fixtures.

For realistic line-structured text (prose, short lines, furniture such as "Share" or
"Related Articles", blank lines, punctuation, any Unicode, CRLF / CR / LF endings):

- ``clean`` never raises (also on arbitrary Unicode strings);
- the output is the concatenation of a subsequence of the input lines, kept verbatim;
- kept and removed lines partition the input lines exactly;
- replaying the report (objects or their JSON form) gives the output;
- cleaning is idempotent;
- results are identical in a fresh process under another ``PYTHONHASHSEED``.

Profiles: ``cleaner-ci`` (1,000 examples per property, derandomized) when the ``CI``
environment variable is set, else ``cleaner-dev`` (100). ``HYPOTHESIS_PROFILE`` overrides.
The profiles are applied to this module's tests only.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.model import Removal

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile("cleaner-ci", max_examples=1000, deadline=None, derandomize=True, database=None,
                          print_blob=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("cleaner-dev", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("cleaner-ci" if os.environ.get("CI") else "cleaner-dev")
if PROFILE not in ("cleaner-ci", "cleaner-dev"):
    PROFILE = "cleaner-ci" if os.environ.get("CI") else "cleaner-dev"
prop = settings(settings.get_profile(PROFILE))

# ---- strategies -----------------------------------------------------------------------

WORDS = (
    "the a of and to in council budget schools voted on Wednesday after long debate mayor said plan "
    "would be reviewed next year by independent committee experts roads parks money public members "
    "argued instead repair city police report according officials government minister percent market "
    "prices rose fell company shares investors Monday Tuesday week data study researchers found people "
    "Müller café naïve façade Straße été año niño 東京 北京 新聞 العربية مدينة עברית ירושלים Москва "
    "город हिन्दी नगर 🙂 👍 Ελλάδα"
).split()
FURNITURE = [
    "Share", "Comments", "Related Articles", "Skip to main content", "Home | News | Sport | Business",
    "Subscribe to our newsletter", "© 2024 Example Media Ltd. All rights reserved.", "Read more",
    "Posted by admin", "Advertisement", "Tweet", "Share on Facebook", "Print", "Log in", "Sign up",
    "Cookie policy", "Privacy Policy | Terms of Use", "Leave a comment", "0 Comments", "Next article »",
    "Follow us on Twitter", "Click here to subscribe", "Tags: politics, budget", "Menu", "Search",
]
PUNCT = " .,;:!?-—–*#|/()[]{}'\"…«»•·"
# characters str.splitlines() would break at besides \r and \n; for the cleaner they are
# ordinary characters inside a line (only CR and LF end lines), so they are mixed in on purpose
EXOTIC_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

words = st.sampled_from(WORDS)
prose = st.builds(lambda ws, end: " ".join(ws).capitalize() + end,
                  st.lists(words, min_size=6, max_size=60), st.sampled_from([".", ".", "!", "?", ":", ""]))
long_prose = st.builds(lambda ws: " ".join(ws).capitalize() + ".", st.lists(words, min_size=120, max_size=400))
short = st.builds(" ".join, st.lists(words, min_size=1, max_size=5))
furniture = st.sampled_from(FURNITURE)
decorated_furniture = st.builds(lambda f, a, b: a + f + b, furniture, st.sampled_from(["", " ", "• ", "> ", "  "]),
                                st.sampled_from(["", " ", " »", ":", " |"]))
blank = st.sampled_from(["", "", " ", "\t", "   ", "\u00a0"])
punct = st.text(alphabet=PUNCT, min_size=1, max_size=20)
unicode_line = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\n\r\x00"),
                       max_size=80)
exotic_line = st.builds(lambda a, sep, b: a + sep + b, prose | furniture, st.sampled_from(EXOTIC_BREAKS), prose | short)

line_content = st.one_of(prose, prose, prose, long_prose, short, furniture, furniture, decorated_furniture, blank,
                         punct, unicode_line, exotic_line)
eol = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r"])


@st.composite
def documents(draw) -> str:
    """A line-structured document: one dominant line ending, sometimes mixed, maybe no final one."""
    contents = draw(st.lists(line_content, min_size=0, max_size=40))
    mixed = draw(st.booleans())
    dominant = draw(eol)
    ends = [draw(eol) if mixed else dominant for _ in contents]
    if contents and draw(st.booleans()):
        ends[-1] = ""
    return "".join(c + e for c, e in zip(contents, ends))


# ---- helpers --------------------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def lines_of(text: str) -> list[str]:
    """Physical lines: ended by \\n, \\r\\n or a lone \\r (the documented definition)."""
    return _LINE.findall(text)


def is_concatenated_subsequence(out: str, lines: list[str]) -> bool:
    """``out`` == the concatenation of some subsequence of ``lines`` (in order, verbatim)."""
    reachable = {0}
    for line in lines:
        reachable |= {p + len(line) for p in reachable if out.startswith(line, p)}
    return len(out) in reachable


# ---- properties -----------------------------------------------------------------------

@prop
@given(st.one_of(st.text(), st.text(alphabet="ab .\n\r\t\x00" + EXOTIC_BREAKS), documents()))
def test_clean_never_raises_on_any_string(text: str) -> None:
    r = cleaner.clean(text)
    assert isinstance(r.text, str)
    assert cleaner.replay(text, r.removed) == r.text


@prop
@given(documents())
def test_output_is_a_subsequence_of_input_lines_kept_verbatim(text: str) -> None:
    r = cleaner.clean(text)
    assert is_concatenated_subsequence(r.text, lines_of(text))


@prop
@given(documents())
def test_kept_and_removed_lines_partition_the_input(text: str) -> None:
    r = cleaner.clean(text)
    lines = lines_of(text)
    removed: set[int] = set()
    last_end = 0
    for rm in r.removed:
        assert last_end <= rm.start < rm.end <= len(lines)  # sorted, disjoint, in range
        assert rm.text == "".join(lines[rm.start:rm.end])  # the removed lines, verbatim
        assert rm.rule and rm.category and 0.0 <= rm.score <= 1.0
        removed.update(range(rm.start, rm.end))
        last_end = rm.end
    kept = [line for i, line in enumerate(lines) if i not in removed]
    assert "".join(kept) == r.text
    assert len(kept) + r.removed_lines == len(lines)
    assert r.summary()["lines_removed"] == len(removed)


@prop
@given(documents())
def test_replaying_the_report_gives_the_output(text: str) -> None:
    r = cleaner.clean(text)
    assert cleaner.replay(text, r.removed) == r.text
    as_json = json.loads(json.dumps(r.to_dict(), ensure_ascii=False))
    assert cleaner.replay(text, as_json["removed"]) == r.text
    assert [Removal(**d) for d in as_json["removed"]] == r.removed


@prop
@given(documents())
def test_cleaning_is_idempotent(text: str) -> None:
    once = cleaner.clean(text)
    twice = cleaner.clean(once.text)
    assert twice.text == once.text


# ---- determinism across processes ---------------------------------------------------------

def random_documents(n: int, seed: int) -> list[str]:
    """Plain-``random`` twins of ``documents()`` (a batch for one subprocess)."""
    rnd = random.Random(seed)

    def content() -> str:
        kind = rnd.choice(["prose", "prose", "prose", "long", "short", "furniture", "furniture", "blank", "punct",
                           "unicode"])
        if kind in ("prose", "long"):
            k = rnd.randint(6, 60) if kind == "prose" else rnd.randint(120, 400)
            return " ".join(rnd.choice(WORDS) for _ in range(k)).capitalize() + rnd.choice([".", "!", "?", ""])
        if kind == "short":
            return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 5)))
        if kind == "furniture":
            return rnd.choice(["", "• ", "  "]) + rnd.choice(FURNITURE) + rnd.choice(["", " »", ":"])
        if kind == "blank":
            return rnd.choice(["", " ", "\t"])
        if kind == "punct":
            return "".join(rnd.choice(PUNCT) for _ in range(rnd.randint(1, 20)))
        return "".join(chr(rnd.choice([rnd.randint(0x20, 0x7E), rnd.randint(0xA0, 0x2FF), rnd.randint(0x370, 0x6FF),
                                       rnd.randint(0x4E00, 0x9FFF), rnd.randint(0x1F300, 0x1F6FF)]))
                       for _ in range(rnd.randint(0, 80)))

    docs = []
    for _ in range(n):
        end = rnd.choice(["\n", "\n", "\r\n", "\r"])
        docs.append("".join(content() + end for _ in range(rnd.randint(0, 40))))
    return docs


def test_identical_results_in_fresh_processes_under_other_hash_seeds(tmp_path) -> None:
    docs = random_documents(200, seed=9)
    src = tmp_path / "docs.json"
    src.write_text(json.dumps(docs), encoding="utf-8")
    code = (
        "import json, sys, cleaner\n"
        "docs = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "out = [{'text': (r := cleaner.clean(d)).text, **r.to_dict()} for d in docs]\n"
        "sys.stdout.write(json.dumps(out, sort_keys=True, ensure_ascii=True))\n"
    )
    outs = []
    for hseed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hseed}
        outs.append(subprocess.run([sys.executable, "-c", code, str(src)], env=env, capture_output=True, text=True,
                                   check=True, timeout=600).stdout)
    assert outs[0] == outs[1]
    here = [{"text": (r := cleaner.clean(d)).text, **r.to_dict()} for d in docs]
    assert json.loads(outs[0]) == json.loads(json.dumps(here, sort_keys=True))
    assert sum(bool(x["removed"]) for x in here) > 50  # the batch exercises removals, not just no-ops
