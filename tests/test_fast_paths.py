"""The fast paths (rule bands, line caches, cue keys, stopword index) give the results of the
plain definitions they replace, and the caches never hide a user rule's timeout."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import regex

import cleaner
from cleaner import lang, rules
from cleaner.model import split_lines
from cleaner.resources import default_pack_paths, site_pack_paths, stopword_languages, stopwords
from cleaner.rules import Rule, RuleSet, cue_key, load_pack, load_packs
from cleaner.text import line_words, normalize, rule_words, tokens
from cleaner.triggers import TriggerScanner

ROOT = Path(__file__).resolve().parent.parent
PACKS = load_packs([*default_pack_paths(), *site_pack_paths()])
RULES = [r for p in PACKS for r in p.rules]


def _lines() -> list[str]:
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out += [ln.strip() for ln in split_lines(path.read_text(encoding="utf-8")) if ln.strip()]
    out += [x.strip() for r in RULES for x in (*r.examples_match, *r.examples_no_match) if x.strip()]
    return out


def _reference_cue_key(text: str) -> str:
    return regex.sub(r"\s+", " ", regex.sub(r"^[\W_]+|[\W_]+$", "", text.strip().lower()))


def _reference_match(rs: RuleSet, s: str, words: int) -> Rule | None:
    """The definition: the first pattern rule (priority order) admitting ``words`` whose
    triggers occur and whose pattern matches, against the whole-line cue rule."""
    found = None
    low = s.lower()
    for r in rs._patterned:
        if not r.min_words <= words <= r.max_words:
            continue
        if r.triggers and not any(t in low for t in r.triggers):
            continue
        if regex.compile(r.pattern, regex.IGNORECASE | regex.V0).fullmatch(s):
            found = r
            break
    exact = rs._exact.get(_reference_cue_key(s))
    if exact is not None and not exact.min_words <= words <= exact.max_words:
        exact = None
    if exact is None or found is None:
        return exact or found
    return exact if rs._rank[exact.id] <= rs._rank[found.id] else found


def test_rule_bands_and_cache_agree_with_the_definition() -> None:
    rs = RuleSet(RULES)
    for s in _lines():
        words = rule_words(tokens(s))
        want = _reference_match(rs, s, words)
        assert rs.match(s, words) is want, s
        assert rs.match(s, words) is want, s  # from the cache


def test_trigger_scanner_agrees_with_substring_tests() -> None:
    """The Aho-Corasick scan (when pyahocorasick is installed) and the one-by-one fallback both
    give the union of the masks of the triggers that occur, restricted as asked."""
    masks: dict[str, int] = {}
    for k, r in enumerate(RULES):
        for t in r.triggers:
            masks[t] = masks.get(t, 0) | 1 << k
    pairs = tuple(sorted(masks.items()))
    scanners = [TriggerScanner(masks), TriggerScanner(masks, use_automaton=False)]
    rnd = random.Random(11)
    pieces = [*masks, *"aé\u0301 😀日\udc80©:|", "(", ")"]
    samples = [s.lower() for s in _lines()]
    samples += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) for _ in range(5000)]
    within = rnd.getrandbits(len(RULES))
    for low in samples:
        want = 0
        for t, m in pairs:
            if t in low:
                want |= m
        for scanner in scanners:
            assert scanner.fired(low, pairs, (1 << len(RULES)) - 1) == want, repr(low)
            part = tuple((t, m & within) for t, m in pairs if m & within)
            assert scanner.fired(low, part, within) == want & within, repr(low)


def test_language_sample_takes_the_longest_sentence_lines_in_document_order() -> None:
    def reference(lines: list[str], limit: int) -> str:
        def ends_sentence(line: str) -> bool:
            return line.rstrip()[-1:] in (".", "!", "?", "\u3002", "\uff01", "\uff1f") or line.rstrip().endswith(
                ('."', ".\u201d", ".)"))

        chosen, total = [], 0
        for i in sorted(range(len(lines)), key=lambda i: (not ends_sentence(lines[i]), -len(lines[i]), i)):
            if total >= limit:
                break
            chosen.append(i)
            total += len(lines[i])
        return " ".join(lines[i].strip() for i in sorted(chosen))[: limit * 2]

    rnd = random.Random(3)
    ends = ["", ".", "!", "?", "\u3002", ".\"", ".)", ". ", "\u2026", ","]
    docs = [_lines()[:400]] + [[" x" * rnd.randint(0, 4) + rnd.choice(ends) + "\n" for _ in range(rnd.randint(0, 30))]
                               for _ in range(2000)]
    for lines in docs:
        for limit in (0, 1, 5, lang.SAMPLE_CHARS):
            assert lang.sample(lines, limit) == reference(lines, limit)


def test_language_is_read_from_the_prose_not_from_a_longer_tag_cloud() -> None:
    cloud = " ".join(["Business Technology Sports Entertainment Opinion Video Weather"] * 6) + "\n"
    prose = ["Die Stadt hat am Montag beschlossen, dass die neue Brücke erst im nächsten Jahr gebaut wird.\n",
             "Der Bürgermeister sagte, man habe nicht genug Geld und die Pläne seien noch nicht fertig.\n"]
    prose += ["Viele Anwohner hatten sich über den Lärm beschwert, der seit dem Sommer immer lauter wurde.\n",
              "Nun soll eine Arbeitsgruppe bis zum Herbst einen neuen Vorschlag vorlegen, sagte die Sprecherin.\n",
              "Auch die Fahrradwege sollen dabei berücksichtigt werden, weil dort im Winter oft Unfälle passieren.\n",
              "Die Opposition kritisierte die Entscheidung und verlangte mehr Informationen von der Verwaltung.\n",
              "Eine Bürgerversammlung ist für den nächsten Monat im großen Saal des Rathauses geplant worden.\n"]
    assert len(cloud) > max(map(len, prose))
    assert "Business" not in lang.sample([cloud, *prose]) and "Rathauses" in lang.sample([cloud, *prose])
    assert lang.detect([cloud, *prose]) == "de"


def test_cue_key_agrees_with_the_substitutions() -> None:
    rnd = random.Random(7)
    alphabet = list("aB_ -.,!é\u0301\u00a0\t\n\x1c\u2028\u3000Σς0²日") + ["  "]
    samples = _lines() + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for s in samples:
        assert cue_key(s) == _reference_cue_key(s), repr(s)


def test_cached_text_measures_agree() -> None:
    for s in _lines()[:500] + ["x" * 300 + " y"]:
        assert normalize(s) == regex.sub(r"[^\w]+", " ", s.casefold()).strip()
        toks, words = line_words(s)
        assert toks == tokens(s) and words == rule_words(tokens(s))


def test_stopword_index_agrees_with_counting_each_list() -> None:
    words = [w.lower() for w in regex.findall(r"[^\W\d_]+", " ".join(_lines()[:400]))]
    for k in range(0, len(words) - 40, 37):
        chunk = words[k:k + 60]
        want = sorted(((sum(1 for w in chunk if w in stopwords(c)) / len(chunk), c)
                       for c in stopword_languages() if c not in ("zh", "ja", "ko")), reverse=True)
        assert lang._coverage(chunk) == want


def test_line_cache_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(rules, "LINE_CACHE_SIZE", 50)
    rs = RuleSet(RULES)
    for k in range(200):
        rs.match(f"line number {k} of a menu", 6)
    assert len(rs._cache) == 50


def test_timeouts_are_not_hidden_by_the_cache(tmp_path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(textwrap.dedent("""\
        rules:
          - id: evil
            category: x
            description: catastrophic backtracking
            pattern: '(a|a)+$'
            max_words: 1000
            examples: {match: [aaa]}
        """), encoding="utf-8")
    rs = RuleSet(load_pack(pack).rules)
    line = "a" * 30 + "b"
    for _ in range(2):  # two documents with the same line: each records the timeout
        assert rs.match(line, 1) is None
        assert rs.reset_timeouts() == ["evil"]
    assert rs.match("aaa", 1).id == "evil"
    assert rs.match("aaa", 1).id == "evil"  # a clean result may come from the cache


def test_clearing_caches_changes_no_result() -> None:
    text = (ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    first = cleaner.clean(text).to_dict()
    cleaner.default_cleaner().clear_caches()
    assert cleaner.clean(text).to_dict() == first
    assert cleaner.clean(text).to_dict() == first


def _reference_runs(lines, removed_at):
    from cleaner.model import Removal

    out = []
    for i in sorted(removed_at):
        v = removed_at[i]
        last = out[-1] if out else None
        if last is not None and last.end == i and last.rule == v.rule and last.category == v.category:
            out[-1] = Removal(last.start, i + 1, last.text + lines[i], last.rule, last.category,
                              max(last.score, v.score), last.reason)
        else:
            out.append(Removal(i, i + 1, lines[i], v.rule, v.category, v.score, v.reason))
    return out


def test_removal_runs_agree_with_line_by_line_merging() -> None:
    from cleaner.decide import Verdict
    from cleaner.pipeline import _runs

    rnd = random.Random(3)
    for _ in range(300):
        lines = [f"line {k}\n" for k in range(rnd.randint(0, 40))]
        removed_at = {}
        for i in range(len(lines)):
            if rnd.random() < 0.6:
                v = Verdict()
                v.remove(rnd.choice(["a", "b"]), rnd.choice(["x", "y"]), rnd.choice([0.5, 0.9, 0.95]),
                         f"reason {i}")
                removed_at[i] = v
        assert _runs(lines, removed_at) == _reference_runs(lines, removed_at)


def _same(a: list[float], b: list[float]) -> bool:
    """Equal floats, bit for bit (0.0 and -0.0 differ)."""
    return [repr(x) for x in a] == [repr(x) for x in b]


def _docs() -> list[list[str]]:
    """Seed pages (with blank lines) plus small mixed-script and edge-case documents."""
    docs = [split_lines(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs.append(["", "  ", "今日は晴れです。", "Home | News » Sport • more >> x", "It rained…", "12:30 2024-01-01\n",
                 "İstanbul ŞEHİR haberleri...)", "a_b __init__ 1_000", "x" * 300 + " y.", "---"])
    return docs


def test_line_measures_agree_with_the_scorers() -> None:
    from cleaner import scorers as S
    from cleaner.scorers import Doc

    for lines in _docs():
        for lang_code in ("en", "de", None):
            stop = stopwords(lang_code) if lang_code else frozenset()
            for _ in range(2):  # computed, then from the cache
                doc = Doc.build(lines, lang_code, stop)
                plain = Doc(doc.lines, doc.stripped, doc.toks, lang_code, stop, doc.cjk, doc.norm)
                for name in S.LINE_SCORERS:
                    fast, want = getattr(S, name)(doc), getattr(S, name).__wrapped__(plain)
                    assert _same(fast, want), name


def _reference_window_mean(values, radius, skip_blank=None):
    idx = list(range(len(values))) if skip_blank is None else [i for i, s in enumerate(skip_blank) if s]
    out = [0.0] * len(values)
    pos = {i: k for k, i in enumerate(idx)}
    prefix = [0.0]
    for i in idx:
        prefix.append(prefix[-1] + values[i])
    for i in range(len(values)):
        k = pos.get(i)
        if k is None:
            continue
        lo, hi = max(0, k - radius), min(len(idx), k + radius + 1)
        total = prefix[hi] - prefix[lo] - values[i]
        cnt = hi - lo - 1
        out[i] = total / cnt if cnt > 0 else 0.0
    return out


def _reference_coherence(doc, body):
    from collections import Counter

    stop = doc.stop
    keys = [[w.lower() for w in t if len(w) >= 4 and w.lower() not in stop] for t in doc.toks]
    vocab = Counter()
    for k, b in zip(keys, body):
        if b:
            vocab.update(set(k))
    out = []
    for k, b in zip(keys, body):
        if not k:
            out.append(0.0)
            continue
        own = set(k)
        out.append(sum(1 for w in own if vocab[w] - (1 if b else 0) > 0) / len(own))
    return out


def test_window_mean_and_coherence_agree_with_their_definitions() -> None:
    from cleaner import scorers as S
    from cleaner.scorers import Doc

    rnd = random.Random(5)
    for lines in _docs():
        doc = Doc.build(lines, "en", stopwords("en"))
        values = [rnd.choice([0.0, -0.0, 1.0, 0.1, 0.7, rnd.random()]) for _ in lines]
        for radius in (0, 1, 2, 6):
            for blank in (None, doc.stripped):
                assert _same(S.window_mean(values, radius, blank), _reference_window_mean(values, radius, blank))
        for _ in range(3):
            body = [rnd.random() < 0.5 for _ in lines]
            assert _same(S.coherence(doc, body), _reference_coherence(doc, body))


def test_plain_extra_characters_are_caseless_non_word_characters() -> None:
    from cleaner import text as T

    for ch in T.PLAIN_EXTRA:
        assert not regex.match(r"\w", ch, regex.V1) and not regex.match(r"\w", ch) and not T._TOKEN.match(ch)
        assert ch.casefold() == ch.lower() == ch and ch.upper() == ch


def test_plain_fast_paths_agree_with_the_unicode_patterns() -> None:
    from cleaner import text as T

    rnd = random.Random(11)
    alphabet = list("aZ09_ -.,!|»'\t\x1c\x7f") + ["é", "日", "İ", "ſ", "K", *T.PLAIN_EXTRA]
    samples = _lines() + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(20000)]
    for s in samples:
        assert tokens(s) == T._TOKEN.findall(s), repr(s)
        assert T._normalize(s) == T._NORM_STRIP.sub(" ", s.casefold()).strip(), repr(s)
        assert line_words(s)[1] == rule_words(T._TOKEN.findall(s)), repr(s)
        assert T.normalize_tokens(s, tokens(s)) == T._NORM_STRIP.sub(" ", s.casefold()).strip(), repr(s)


def test_line_table_memo_gives_the_columns_of_a_plain_build() -> None:
    from cleaner import features as F
    from cleaner.pipeline import Cleaner
    from cleaner.scorers import Doc

    c = Cleaner()
    rs = c.ruleset(c.packs_for())
    for lines in _docs():
        memo: dict = {}
        for _ in range(2):  # the second pass reads every line from the memo
            doc, hits, cols = c.line_table(lines, "en", rs, memo)
            plain = Doc.build(lines, "en", stopwords("en"))
            assert doc.norm == plain.norm and doc.toks == plain.toks
            want = F.build(plain, [h.score if h is not None and h.action == "evidence" else 0.0 for h in hits])
            assert cols.keys() == want.keys() and all(_same(cols[k], want[k]) for k in cols)


def test_frozen_language_profiles_give_the_same_probabilities() -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    fresh = DetectorFactory()
    fresh.load_profile(PROFILES_DIRECTORY)
    frozen = lang._factory()
    assert all(type(p) is tuple for p in frozen.word_lang_prob_map.values())
    assert frozen.langlist == fresh.langlist
    texts = [" ".join(_lines()[k:k + 12]) for k in range(0, 600, 40)] + ["1234 5678", ""]
    texts += ["Nesta página você terá sempre a classificação atualizada", "Диета Аткинса является двухфазной"]
    for text in texts:
        probs = []
        for factory in (fresh, frozen):
            d = factory.create()
            d.seed = 0
            d.append(text)
            try:
                d.get_probabilities()
            except LangDetectException as exc:
                probs.append(str(exc))
            else:
                probs.append(d.langprob)
        assert probs[0] == probs[1], text


def test_plain_language_shortcut_agrees_with_the_script_counts(monkeypatch) -> None:
    texts = [" ".join(_lines()[k:k + 15]) for k in range(0, 900, 30)]
    texts += ["The council said on Monday that the bridge “would open” – in spring… © 2024 " * 3,
              "Der Rat sagte am Montag, dass die neue Brücke im Frühjahr eröffnet werde und dass der Verkehr " * 2]
    plain = [lang._by_script_or_stopwords(t) for t in texts]
    monkeypatch.setattr(lang, "is_plain", lambda text: False)
    assert [lang._by_script_or_stopwords(t) for t in texts] == plain


def test_spam_text_shortcuts_agree_with_their_definitions() -> None:
    from collections import Counter

    from cleaner import spam
    from cleaner.text import is_cjk

    for lines in _docs():
        text = "".join(ln if ln.endswith("\n") else ln + "\n" for ln in lines)
        doc = spam._Text(text)
        assert doc.cjk == is_cjk(doc.text[:2000])
        for stop in (stopwords("en"), frozenset()):
            want = {w for w in doc.vocab if len(w) > 2 and w.isalpha() and w not in stop and w not in spam._URL_PARTS}
            after = Counter(w.lower() for w in spam._AFTER_NUMBER.findall(doc.text))
            counts = Counter(w for w in doc.lower if w in after)
            want -= {w for w, c in after.items() if 2 * c >= counts[w]}
            assert spam._content_vocab(doc, stop) == want


def test_keyword_stuffing_matches_its_counter_definition(monkeypatch) -> None:
    """The top content word taken from the shared counts is Counter(content).most_common(1)'s."""
    from collections import Counter

    from cleaner import spam

    rnd = random.Random(2)
    vocab = ["alpha", "bravo", "charlie", "delta", "echo", "the", "and", "42 points", "www"]
    texts = ["".join(ln if ln.endswith("\n") else ln + "\n" for ln in lines) for lines in _docs()]
    texts += [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(40, 200))) + "\n" for _ in range(200)]
    for text in texts:
        for language in ("en", None):
            got = spam.keyword_stuffing(text, language)
            doc = spam._Text(text)
            keep = spam._content_vocab(doc, stopwords(language) if language else frozenset())
            content = [w for w in doc.lower if w in keep]
            if got is not None:
                top, n = Counter(content).most_common(1)[0]
                assert got.evidence["top_term"] == top and got.evidence["top_term_share"] == round(n / len(doc.lower), 3)
