"""Decisions with context: from per-line probabilities and rule hits to keep/remove verdicts.

Steps, in order:
1. the body run: the contiguous stretch of lines with the largest total evidence of being
   article text (a maximum-sum segment over ``(p - threshold) * weight``); secondary runs
   are kept when they carry enough mass. When the page title (the dump's first line)
   repeats before the end of the body, that repeat is the article's headline and
   everything above it is header furniture (teaser boxes, menus), however prose-like. The
   main run grows over adjacent paragraphs (also ones cut off without a final stop), over
   short lines between paragraphs (sub-headings, commands, a short list, pictures'
   captions, a block of code), over posts embedded in it (a tweet and its attribution line) and over lists
   that continue it (``lists``); a list right below the headline is the article itself. On
   a short page where no line is clearly body (a docs page, a forum thread), the span of
   its prose is the body. The sub-heading it opens with ("About this event") and the short
   sections it closes with (pros and cons, line-ups, "Returns"), when they share the body's
   words, are the article's too;
2. rule removals (a YAML rule matched the line, within its region and word limits), then
   structural ones: other stories' headings (a title above a byline or date), a related
   box right above the body, a one-sentence caption above a picture credit, a phrase that
   captions every picture of the page;
3. terminators: a heading such as "Comments" or "Related Articles" below the start of the
   body ends the article; what follows is appended material unless the article resumes
   (prose lines that share the body's vocabulary, or a paragraph on its subject right after
   a box of one or two links); a comment thread never resumes it; below
   an answers heading ("5 Answers") the answers are the page's content;
4. outside the body runs: furniture, when a rule has removed some line of the page (on a
   page where none did, the model alone removes nothing); inside: only clear non-body lines go;
5. repeated title: keep one copy, the one closest to the body;
6. safety guard: weak evidence (the model alone) never removes most of a document's prose,
   unless the article is a list below its headline;
7. the user's score floor; blank lines follow their neighbours.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .lists import extend_numbered_list, extend_shaped_list, list_below_headline
from .lists import plain as _plain
from .rules import Rule
from .scorers import Doc, coherence, is_prose, sentence_end, stopword_density, title_case, word_count
from .text import normalize


@dataclass(slots=True)
class Verdict:
    keep: bool = True
    rule: str = ""
    category: str = ""
    score: float = 0.0
    reason: str = ""
    strong: bool = False  # removed by a rule or a terminator rather than by the model alone

    def remove(self, rule: str, category: str, score: float, reason: str, strong: bool = False) -> None:
        self.keep, self.rule, self.category, self.score, self.reason, self.strong = (
            False, rule, category, round(float(score), 3), reason, strong)


def _best_run(values: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-sum contiguous segment of values[lo:hi] -> (start, end, sum); end exclusive."""
    best, best_s, best_e = 0.0, lo, lo
    cur, cur_s = 0.0, lo
    for i in range(lo, hi):
        if cur <= 0:
            cur, cur_s = values[i], i
        else:
            cur += values[i]
        if cur > best:
            best, best_s, best_e = cur, cur_s, i + 1
    return best_s, best_e, best


def _evidence(doc: Doc, p: list[float], threshold: float) -> list[float]:
    """Per-line evidence of being body text: ``(p - threshold)`` weighted by sqrt(length); 0 for blanks."""
    return [(p[i] - threshold) * math.sqrt(min(len(s), 400)) if s else 0.0 for i, s in enumerate(doc.stripped)]


def body_runs(doc: Doc, p: list[float], threshold: float, secondary: float) -> tuple[list[bool], int, int]:
    """Mask of lines inside body runs, plus the main run's [start, end)."""
    n = len(doc)
    vals = _evidence(doc, p, threshold)
    s0, e0, mass = _best_run(vals, 0, n)
    mask = [False] * n
    if mass <= 0:
        return mask, 0, 0
    for i in range(s0, e0):
        mask[i] = True
    # secondary runs, searched recursively on both sides of what is taken
    pending = [(0, s0), (e0, n)]
    while pending:
        lo, hi = pending.pop()
        if hi - lo <= 0:
            continue
        s, e, m = _best_run(vals, lo, hi)
        if m >= secondary * mass and m > 0:
            for i in range(s, e):
                mask[i] = True
            pending += [(lo, s), (e, hi)]
    return mask, s0, e0


# a line of code or a shell command: a statement opening, an assignment, a call ending the
# line, or a brace or semicolon ending it
_CODE = re.compile(
    r"^(?:\$ |>>> |#include|import |from [\w.]+ import |def |class |return\b|print\(|console\.|var |let |const |"
    r"function\b|public |private |pip3? |npm |yarn |git |cd |sudo |docker |curl |export |echo |apt(?:-get)? )"
    r"|^#!/|^(?:mkdir|rsync|chmod|chown|cp|mv|rm|ls|cat|tar|wget|ssh|scp|systemctl|journalctl|kubectl|make|cargo|go|"
    r"node|npx|python3?|brew|dnf|yum|pacman|set|source|touch|ln|grep|find|tail)\s+(?:-|[\w.~]*/\S|\$|\")"  # a shell command with an option, a path, a variable
    r"|^[\w.\[\]\"'()]+\s*(?:=|\+=|-=|:=|=>)\s*\S"
    r"|(?<![\w.])(?:[a-z_][\w.]*|\w+[._][\w.]*)\([^()]*\)[;:{]?$"  # a call: f(x), obj.m(), snake_case(); not "Mai(2)"
    r"|[{};]$"
    r'|^"[^"]{1,60}"\s*:\s*\S')  # a JSON member: "id": "shp_01",
_HEADING_WORD_RULES = frozenset({"legal.footer-link"})  # rules whose words also head a section
_TITLE_RULES = frozenset({"nav.breadcrumb"})  # rules a dump's first line (its <title>) can match
# post headers, reply links, an issue tracker's timeline and reaction counters and "back to top" lines
# between a thread's posts; an inline "Read also: ..."
# link, a code block's "Copy" button and an event's "Add to calendar" between paragraphs: they go,
# but do not end the body
_PASSABLE_RULES = frozenset({"ml.forum-meta", "comments.furniture", "nav.back-to-top", "related.inline-link",
                               "ml.copy-button", "ml.event-button", "comments.tracker-event", "comments.reactions"})
# an advertising label, a picture's caption and a newsletter sign-up box sit between two paragraphs of one body
_PASSABLE_CATEGORIES = frozenset({"caption", "ads", "newsletter"})
_TITLE_SEP = re.compile(r"\s+(?:[|\-–—·»«:]|::)\s+")


def _words(doc: Doc, x: str) -> int:
    """Words of a normal form; CJK text has no spaces, so two characters count as a word there."""
    return len(x.replace(" ", "")) // 2 if doc.cjk else len(x.split())


def _title_like(doc: Doc, i: int) -> bool:
    """Line ``i`` could be a page title: 30 words at most, and not a sentence (a full stop)."""
    line = doc.stripped[i]
    return bool(doc.norm[i]) and len(doc.norm[i].split()) <= 30 and not (line.endswith(".") and not line.endswith(".."))


def _title_line(doc: Doc, hits: list[Rule | None]) -> int | None:
    """The line that holds the page title: the first line, unless a rule removes it (then the
    first plain line). A title of many parts ("Headline | Site | Section | Section") reads as
    a breadcrumb, and is still the title."""
    first = next((i for i, s in enumerate(doc.stripped) if s), None)
    if first is not None and not _plain(hits[first]) and hits[first].id not in _TITLE_RULES:
        first = next((i for i, s in enumerate(doc.stripped) if s and _plain(hits[i])), None)
    return first


def _headline_anchor(doc: Doc, hits: list[Rule | None], prose: list[bool], start: int, end: int) -> int | None:
    """The first repeat of the page title (the first plain line) before ``end``: the headline.

    A dump starts with the page's ``<title>``; the article's own heading repeats it (often
    without the site name) just above the body, while teasers, menus and trending boxes sit
    above that heading.
    """
    first = _title_line(doc, hits)
    if first is None or start <= first < end:
        return None  # the first line already reads as body: no title above it
    title = doc.norm[first]
    if not _title_like(doc, first) or prose[first]:
        return None  # a page title is not a sentence; a dump that opens with prose has no title line
    # "Headline | Site name" (or "Site | Headline"): the first part of three words or more
    parts = [normalize(x) for x in _TITLE_SEP.split(doc.stripped[first])]
    part = next((x for x in parts if _words(doc, x) >= 3), title)
    titles = [t for t in dict.fromkeys((title, part)) if _words(doc, t) >= 3]
    # "Standings Series | Site | Section | ...": a two-word headline, repeated exactly above the body
    first_words = _words(doc, parts[0])
    two_words = parts[0] if (len(parts) >= 3 and first_words == 2) or (len(parts) == 2 and first_words <= 2) else None
    site_part = parts[-1] if len(parts) >= 2 and first_words >= 3 and parts[-1] != part else None
    for i in range(first + 1, end):
        k = doc.norm[i]
        if two_words is not None and k == two_words and i < start and _plain(hits[i]):
            # a short headline also names a menu entry: the last copy above the body is the heading
            return max(j for j in range(i, start) if doc.norm[j] == two_words and _plain(hits[j]))
        if not k or not _plain(hits[i]) or _words(doc, k) < 3:
            continue
        if site_part is not None and k == site_part:
            continue  # "Headline | Site name": the site's name in the page header is not the headline
        kw = set(k.split()) - doc.stop
        for t in titles:
            short, long_ = (k, t) if len(k) <= len(t) else (t, k)
            if short in long_ and len(short) >= 0.6 * len(long_):
                return i
            # the same headline reworded a little ("... impeachment hearing testimony")
            tw = set(t.split()) - doc.stop  # content words only
            common = len(kw & tw)
            if len(kw) >= 6 and common >= 0.8 * len(kw) and common >= 0.8 * len(tw):
                return i
    return None


def _run_before(doc: Doc, p: list[float], prose: list[bool], hits: list[Rule | None], threshold: float,
                lo: int, hi: int) -> tuple[int, int]:
    """The body between the headline and a terminator: the best run there, or else its prose lines."""
    s, e, m = _best_run(_evidence(doc, p, threshold), lo, hi)
    if m > 0:
        return s, e
    plain = [i for i in range(lo, hi) if (prose[i] or len(doc.toks[i]) >= 25) and hits[i] is None]
    return (plain[0], plain[-1] + 1) if plain else (lo, lo)


def _closing_sentence(doc: Doc, hits: list[Rule | None], i: int) -> bool:
    """A short sentence that can end a post or an article ("Thanks for the help!")."""
    s = doc.stripped[i]
    return (hits[i] is None and len(doc.toks[i]) >= 3
            and s.endswith((".", "!", "?", "。", "！", "？")) and not s.endswith("..."))


def _runs_of(mask: list[bool]) -> list[tuple[int, int]]:
    runs, i, n = [], 0, len(mask)
    while i < n:
        if mask[i]:
            j = i
            while j < n and mask[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _extend_edges(doc: Doc, p: list[float], prose: list[bool], hits: list[Rule | None], mask: list[bool],
                  start: int, end: int, floor: float, top: int = 0,
                  max_short: int = 4, max_short_words: int = 8, min_coherence: float = 0.15,
                  keep: set[int] | None = None, captions: frozenset[int] | set[int] = frozenset(),
                  code: frozenset[int] | set[int] = frozenset(), max_code: int = 40,
                  stems: bool = False, toc_lines: set[int] | None = None) -> tuple[int, int]:
    """Grow the main run over adjacent prose lines: a first or last paragraph sits next to
    furniture, so its context pulls its probability down even when it reads as prose.
    Growing up stops at line ``top`` (below the headline). A picture's caption (a line in
    ``captions``) between two paragraphs does not end the body (the caption itself still
    goes), nor do up to ``max_code`` lines of code (lines in ``code``), which stay."""
    if end <= start:
        return start, end
    n = len(doc)

    def ok(i: int) -> bool:
        return prose[i] and hits[i] is None and p[i] >= floor

    def closing(i: int) -> bool:
        return _closing_sentence(doc, hits, i) and p[i] >= floor

    j = end
    last_prose = True
    coh: list[float] | None = None
    stem_coh: list[float] | None = None
    vocab: frozenset[str] | None = None
    gaps: list[int] | None = None
    while j < n:
        if not doc.stripped[j]:
            j += 1
            continue
        if ok(j):
            last_prose = True
        elif last_prose and closing(j):
            last_prose = False
        elif closing(j) and len(doc.toks[j]) >= 4 and p[j] >= 0.15:
            last_prose = False  # one short sentence after another: the steps of a recipe, a poem
        elif (embed := _embed_end(doc, hits, j)) is not None:
            # a post embedded in the article (its text, then "— Name (@handle) Nov 19, 2019")
            if keep is not None:
                keep.update(range(j, embed + 1))
            j, last_prose = embed, False
        elif (items := _introduced_list(doc, hits, j, lead=2, min_intro_words=3)) is not None:
            # "... these ten principles:" and the list it announces
            if keep is not None:
                keep.update(range(j, items + 1))
            j, last_prose = items, False
        else:
            # a sub-heading ("Instructions") or a few short lines (commands, a short list)
            # between two paragraphs do not end them
            below, shorts, coded = j, 0, 0
            if hits[j] is not None and hits[j].category == "social":
                # a share row floating inside the article (its buttons go): the body goes on when
                # a full paragraph on its subject follows, under a picture's caption or a sub-heading
                resume = _past_share_row(doc, hits, captions, j, max_short_words)
                if resume is not None and ok(resume) and p[resume] >= 0.5 and len(doc.toks[resume]) >= 20:
                    if stem_coh is None:
                        stem_coh = coherence(doc, [start <= k < end for k in range(n)], True)
                    if stem_coh[resume] >= min_coherence:
                        if keep is not None:
                            keep.update(k for k in range(j, resume) if hits[k] is None and k not in captions)
                        j, last_prose = resume, True
                        for k in range(end, j + 1):
                            mask[k] = True
                        end = j + 1
                        j += 1
                        continue
            while below < n and (not doc.stripped[below] or below in captions or below in code or (
                    hits[below] is None and not ok(below) and len(doc.toks[below]) <= max_short_words)):
                if doc.stripped[below] and below not in captions:
                    if below in code:
                        coded += 1
                    else:
                        shorts += 1
                below += 1
            if below == j and hits[j] is None and len(doc.toks[j]) <= 60:
                # one longer line that is not a sentence (a caption no rule knows) between two
                # paragraphs: the body goes on when the next paragraph shares its words
                nxt = _nonblank(doc, j + 1, 1)
                if nxt is not None and ok(nxt):
                    if coh is None:
                        coh = coherence(doc, [start <= k < end for k in range(n)], stems)
                    if mask[nxt] or coh[nxt] >= min_coherence:
                        below = nxt
            if not (below < n and below > j and shorts <= max_short and ok(below)):
                # a longer list of the article's own things ("Tools you'll need", items of up to 15 words)
                # between two paragraphs, when its lines share the body's words
                far = j
                while far < n and far - j <= 4 * max_short and (not doc.stripped[far] or far in captions or (
                        hits[far] is None and not ok(far) and len(doc.toks[far]) <= 15)):
                    far += 1
                items = [k for k in range(j, far) if doc.stripped[k] and k not in captions]
                if far < n and ok(far) and max_short < len(items) <= 3 * max_short:
                    if vocab is None:  # the body's words, collected once per call
                        vocab = _vocabulary(doc, [k for k in range(n) if mask[k] or start <= k < end])
                    if _on_topic(doc, items, vocab):
                        below, shorts = far, max_short
            if not (below < n and below > j and shorts <= max_short and coded <= max_code and ok(below)):
                if coded and not shorts and last_prose and (below >= n or hits[below] is not None):
                    # the commands the last paragraph introduces, right before the page's furniture
                    if keep is not None:
                        keep.update(k for k in range(j, below) if k not in captions)
                    for k in range(end, below):
                        mask[k] = True
                    end = below
                elif _sign_off(doc, hits, j):
                    if keep is not None:
                        keep.add(j)
                    mask[j] = True
                    end = j + 1
                break
            if shorts > 2 and not mask[below]:
                # past three short lines or more, the paragraph must share the body's words
                # (or already be body: two runs separated by a few short lines are one body)
                if coh is None:
                    coh = coherence(doc, [start <= k < end for k in range(n)], stems)
                if coh[below] < min_coherence:
                    # unless the body already has gaps of this many short lines between its
                    # paragraphs: letters to the editor, each under its heading and over its
                    # writer's name and town, are one body
                    if gaps is None:
                        gaps = _gap_sizes(doc, start, end, ok)
                    if gaps.count(shorts) < 2:
                        break
            if keep is not None:
                keep.update(k for k in range(j, below) if k not in captions)  # sub-headings and commands, not low-content lines
            j, last_prose = below, True
        for k in range(end, j + 1):
            mask[k] = True
        end = j + 1
        j += 1
    j = start - 1
    while j >= top:
        if not doc.stripped[j]:
            j -= 1
            continue
        if not ok(j) and (intro := _announcing_line(doc, hits, j, top)) is not None \
                and (opening := _list_opening(doc, hits, intro, ok)) is not None:
            # "You will need:" and its list (and the sub-heading above it, "What you need")
            # between a lead paragraph and the body
            if keep is not None:
                keep.update(range(opening, j + 1))
            j = opening
        elif not ok(j):
            # a picture's caption between two paragraphs does not end them, nor do a few
            # short lines (a name, a short list, a table of contents: up to twice ``max_short``)
            # between a lead paragraph and the rest
            above, shorts, coded, toc = j, 0, 0, False
            while above >= top and (not doc.stripped[above] or above in captions or above in code or (
                    (hits[above] is None or _toc_heading(doc, above) or (stems and _section_word(doc, hits, above)))
                    and not ok(above) and len(doc.toks[above]) <= max_short_words)):
                if doc.stripped[above] and above not in captions:
                    if above in code:
                        coded += 1
                    else:
                        shorts += 1
                above -= 1
            if (above >= top and above < j and 3 <= shorts <= 40 and ok(above)
                    and _table_of_contents(doc, [k for k in range(above + 1, j + 1) if doc.stripped[k]])):
                shorts, toc = 0, True  # an encyclopedia's table of contents between its lead and its first section
                if toc_lines is not None:  # its entries go (its heading goes by its rule)
                    toc_lines.update(k for k in range(above + 1, j + 1) if _TOC_ENTRY.fullmatch(doc.stripped[k]))
            # a docs page's sections ("Features", a list, "Installation", a command) run longer
            most = (4 if stems and coded else 2) * max_short
            if not (above >= top and above < j and shorts <= most and coded <= max_code and ok(above)):
                # a longer list of the article's own things ("What I needed" and its items, up to
                # 15 words each) between the lead and the body, when its lines share the body's words
                far = j
                while far >= top and j - far <= 6 * max_short and (not doc.stripped[far] or far in captions or (
                        hits[far] is None and not ok(far) and len(doc.toks[far]) <= 15)):
                    far -= 1
                items = [k for k in range(far + 1, j + 1) if doc.stripped[k] and k not in captions]
                if not (far >= top and ok(far) and 2 <= len(items) <= 3 * max_short):
                    break
                if vocab is None:
                    vocab = _vocabulary(doc, [k for k in range(n) if mask[k] or start <= k < end])
                if not _on_topic(doc, items, vocab):
                    break
                above, shorts = far, 0
            lead = top > 0 and _nonblank(doc, top, 1) == above  # the paragraph right below the headline
            if not mask[above] and not lead and not toc and (shorts > 1 or any(
                    len(doc.toks[k]) > 4 for k in range(above + 1, j + 1) if k not in captions and k not in code)):
                # more than one line, or a longer one: the paragraph above must share the body's words
                if coh is None:
                    coh = coherence(doc, [start <= k < end for k in range(n)], stems)
                if coh[above] < min_coherence:
                    break
            j = above
        for k in range(j, start):
            mask[k] = True
        start = j
        j -= 1
    return start, end


# rule categories whose lines also occur in clean text: menus' words, dates, headings
_TEXT_KINDS = frozenset({"navigation", "byline", "comments", "section-label"})

# rule categories of lines that a clean text may open with (a date, a credit, a label), and
# rules of lines it may open or close with (a copyright line)
_TEXT_OPENERS = frozenset({"byline", "caption", "section-label"})
_TEXT_FOOTNOTE_RULES = frozenset({"legal.copyright"})
# rules of lines that a clean text keeps where they are (without a label: "3 February 2025")
_TEXT_LINE_RULES = frozenset({"legal.copyright", "meta.date", "meta.byline", *_HEADING_WORD_RULES})

_TOC_ENTRY = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.{0,80})")
_EDIT_SUFFIX = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*$")


def _table_of_contents(doc: Doc, lines: list[int], min_entries: int = 3) -> bool:
    """``lines`` hold a table of contents: ``min_entries`` numbered entries or more ("1 History",
    "1.1 Early period"), most of whose titles head a later line of the page (the section
    headings, "[edit]" links aside)."""
    entries = [m.group(2) for k in lines if (m := _TOC_ENTRY.fullmatch(doc.stripped[k]))]
    if len(entries) < min_entries:
        return False
    last = max(lines)
    later = {normalize(_EDIT_SUFFIX.sub("", doc.stripped[k])) for k in range(last + 1, len(doc)) if doc.stripped[k]}
    found = sum(normalize(e) in later for e in entries)
    return found >= 0.5 * len(entries)


def _clean_text(doc: Doc, hits: list[Rule | None], prose: list[bool], out: list[Verdict],
                anchor: int | None) -> bool:
    """On a page where few rules found furniture (see ``decide``): is it clean text?

    The built-in rules of the kinds that clean text also has ("Home." in a diary, a date over
    each entry, "Next" over a tutorial's last part, a menu path) remove no line between two
    paragraphs; their verdicts in ``out`` are undone (a site's or a user's pack is meant as it
    says), nor does any of them remove a paragraph between two paragraphs. The text is clean
    when that spared a line; when all that was found is a date, a credit, a copyright line (a
    README, a letter, a booklet) or a footer link's word heading a section ("Contact" over an
    address); or when one terminator heading alone was found ("See also" in an encyclopedia
    text, which still ends it). A menu, a share row, a sign-up box, other stories' bylines
    below the last paragraph or a headline repeating the page title (``anchor``) are a web
    page's."""
    proses = [i for i in range(len(doc)) if prose[i]]
    spared = False
    for i in range(proses[0] + 1, proses[-1]) if proses else ():
        v, r = out[i], hits[i]
        if v.keep or r is None or not r.pack.startswith("core-"):
            continue
        if v.category in _TEXT_KINDS or (prose[i] and _between_paragraphs(doc, hits, prose, i)):
            # (a paragraph between two paragraphs that mentions what a notice says, "I clicked
            # Accept all cookies and ...", is the text's own)
            out[i] = Verdict()
            spared = True
    if spared:
        return True
    found = {(v.rule, hits[i].action if hits[i] is not None else "") for i, v in enumerate(out) if not v.keep and v.strong}
    if anchor is None and len(found) == 1 and next(iter(found))[1] == "terminate":
        return True  # one heading alone ("See also" in an encyclopedia text): it still ends the text
    last = proses[-1] if proses else len(doc)
    return anchor is None and not any(
        not v.keep and v.strong and v.rule not in _TEXT_FOOTNOTE_RULES
        and not (v.rule in _HEADING_WORD_RULES and _heads_section(doc, hits, i))
        and (v.category not in _TEXT_OPENERS or (i > last and v.category != "caption"))
        for i, v in enumerate(out))


def _heads_section(doc: Doc, hits: list[Rule | None], i: int) -> bool:
    """Line ``i`` is followed by a line no rule matched: it heads a section ("Contact" over an
    address), where a footer's link is followed by more links or by nothing."""
    below = _nonblank(doc, i + 1, 1)
    return below is not None and hits[below] is None


def _between_paragraphs(doc: Doc, hits: list[Rule | None], prose: list[bool], i: int) -> bool:
    """The lines right above and below line ``i`` are paragraphs that no rule matched."""
    return all(k is not None and prose[k] and hits[k] is None for k in (_nonblank(doc, i - 1, -1), _nonblank(doc, i + 1, 1)))


def _toc_heading(doc: Doc, i: int) -> bool:
    """Line ``i`` is a one- or two-word heading ("Contents") right above a numbered entry."""
    below = _nonblank(doc, i + 1, 1)
    return len(doc.toks[i]) <= 2 and below is not None and _TOC_ENTRY.fullmatch(doc.stripped[below]) is not None


def _gap_sizes(doc: Doc, start: int, end: int, ok: Callable[[int], bool]) -> list[int]:
    """The numbers of non-blank lines between consecutive lines that ``ok`` accepts (paragraphs)
    within lines ``start``-``end``; gaps of none are left out."""
    out: list[int] = []
    count, seen = 0, False
    for k in range(start, end):
        if not doc.stripped[k]:
            continue
        if ok(k):
            if seen and count:
                out.append(count)
            seen, count = True, 0
        else:
            count += 1
    return out


def _list_opening(doc: Doc, hits: list[Rule | None], intro: int, ok: Callable[[int], bool],
                  max_heading_words: int = 5) -> int | None:
    """Where an announced list starts when the line above its intro (``intro``) is a paragraph
    that ``ok`` accepts (``intro`` itself), or a short sub-heading with such a paragraph above it
    (the sub-heading); ``None`` otherwise."""
    lead = _nonblank(doc, intro - 1, -1)
    if lead is None:
        return None
    if ok(lead):
        return intro
    s = doc.stripped[lead]
    if hits[lead] is None and 1 <= len(doc.toks[lead]) <= max_heading_words and not s.endswith((".", ":", ",", ";")):
        above = _nonblank(doc, lead - 1, -1)
        if above is not None and ok(above):
            return lead
    return None


_SIGN_OFF_NEXT = frozenset({"social", "comments", "related", "appended"})


def _sign_off(doc: Doc, hits: list[Rule | None], i: int, max_words: int = 4) -> bool:
    """Line ``i``, right below the body's last line, signs the post off ("x Anna", "Cheers, Tom",
    "The editors", "We will be back!"): a short plain line or closing sentence followed by a
    share row, a comments or related heading, or nothing."""
    words = len(doc.toks[i])
    if hits[i] is not None or doc.stripped[i].endswith(":") or not (
            2 <= words <= max_words or (words <= 12 and _closing_sentence(doc, hits, i))):
        return False  # a short sign-off, or a closing sentence ("We will be back!")
    nxt = _nonblank(doc, i + 1, 1)
    return nxt is None or (hits[nxt] is not None and (hits[nxt].category in _SIGN_OFF_NEXT
                                                           or hits[nxt].action == "terminate"))


def _nonblank(doc: Doc, i: int, step: int) -> int | None:
    """The first non-blank line from ``i`` on (``i`` included) in direction ``step``, or ``None``."""
    while 0 <= i < len(doc) and not doc.stripped[i]:
        i += step
    return i if 0 <= i < len(doc) else None


def _announcing_line(doc: Doc, hits: list[Rule | None], i: int, top: int, max_items: int = 15,
                     max_words: int = 25) -> int | None:
    """Going up from ``i`` over up to ``max_items`` short plain lines (list items), the line
    ending with a colon that announces them ("You will need:"), or ``None``."""
    count = 0
    while i >= top and count <= max_items:
        if doc.stripped[i]:
            if hits[i] is not None or len(doc.toks[i]) > max_words:
                return None
            if doc.stripped[i].endswith((":", "：")):
                return i if count >= 1 else None
            count += 1
        i -= 1
    return None


def _introduced_list(doc: Doc, hits: list[Rule | None], i: int, min_items: int = 2, max_items: int = 15,
                     max_words: int = 15, min_intro_words: int = 6, lead: int = 0) -> int | None:
    """The last line of a list of short plain lines starting at ``i`` that the line above
    announces (a sentence of ``min_intro_words`` words or more ending with a colon), or ``None``.
    With ``lead``, up to that many short plain lines (a link line, the intro itself) may come
    first: the list then starts after them."""
    k = i
    for _ in range(lead):
        if _introduced_list(doc, hits, k, min_items, max_items, max_words, min_intro_words) is not None:
            break
        if hits[k] is not None or len(doc.toks[k]) > max_words:
            return None
        k = _nonblank(doc, k + 1, 1)
        if k is None:
            return None
    i = k
    above = _nonblank(doc, i - 1, -1)
    if above is None or hits[above] is not None or not doc.stripped[above].endswith((":", "：")) \
            or len(doc.toks[above]) < min_intro_words:
        return None
    words = [w for w in doc.stripped[above].split()[1:] if w[:1].isalpha()]
    if sum(w[0].isupper() for w in words) > 0.5 * len(words):
        return None  # "Related Coverage From The Money Desk:" is a heading, not a sentence
    last, count, k = None, 0, i
    while k < len(doc) and count < max_items:
        if doc.stripped[k]:
            if hits[k] is not None or len(doc.toks[k]) > max_words:
                break
            last, count = k, count + 1
        k += 1
    return last if count >= min_items else None


# the attribution line of a post embedded from a social network: "— Jane Roe (@janeroe) November
# 19, 2019" (a tweet), "A post shared by Jane Roe (@janeroe) on Nov 19, 2019 at 10:02am PST"
_EMBED_ATTRIBUTION = re.compile(
    r"(?:[—–-]\s*.{1,80}?\(@[\w.]{1,30}\)|a\s+post\s+shared\s+by\s+.{1,80}?\(@[\w.]{1,30}\)\s+on)"
    r"\s+.{0,30}?\b\d{4}\b.{0,30}", re.IGNORECASE)


def _embed_end(doc: Doc, hits: list[Rule | None], i: int, max_words: int = 80, max_lines: int = 3) -> int | None:
    """Line ``i`` starts a post embedded in the article: it is the post's attribution line, or
    one of the ``max_lines`` - 1 lines right above it (the post's text, a line introducing the
    post). Returns the attribution's line number."""
    n, k, seen = len(doc), i, 0
    while k < n and seen < max_lines:
        if doc.stripped[k]:
            if hits[k] is not None:
                return None
            if _EMBED_ATTRIBUTION.fullmatch(doc.stripped[k]):
                return k
            if len(doc.toks[k]) > max_words:
                return None
            seen += 1
        k += 1
    return None


def _title_candidates(doc: Doc, hits: list[Rule | None], start: int) -> list[int]:
    """Lines before the body start that repeat the page title (the first plain line)."""
    first = _title_line(doc, hits)
    if first is None or first >= max(start, 1):
        return []
    if not _title_like(doc, first):
        return []
    title = doc.norm[first]
    out = [first]
    for i in range(first + 1, start):
        k = doc.norm[i]
        if not k or hits[i] is not None:
            continue
        # a copy, a part of the title, or the title with a few words around it ("Title | Site");
        # a sentence that merely mentions the title is not a copy of it
        if k == title or (_words(doc, k) >= 3 and (k in title or (
                title in k and _words(doc, k) <= _words(doc, title) + 6 and not doc.stripped[i].rstrip('"”’)').endswith(".")))):
            out.append(i)
    return out


def _near_body(doc: Doc, hits: list[Rule | None], i: int, start: int, gap: int = 2) -> bool:
    """At most ``gap`` plain lines (not matched by a rule) stand between line ``i`` and the body start."""
    between = sum(1 for k in range(i + 1, start) if doc.stripped[k] and hits[k] is None)
    return between <= gap


def decide(doc: Doc, p: list[float], hits: list[Rule | None], params: dict[str, float],
           min_score: float = 0.0, headline: int | None = None) -> tuple[list[Verdict], dict[str, object]]:
    """Keep/remove verdicts for every line of ``doc``, and what was found (``info``).

    ``headline``: where an earlier pass found the headline (-1: just above the first line),
    for a later pass over what that pass kept.
    """
    n = len(doc)
    out = [Verdict() for _ in range(n)]
    info: dict[str, object] = {}
    if n == 0:
        return out, info
    hits = _table_rows_unmatched(doc, hits)
    threshold = params.get("threshold", 0.5)
    words = word_count(doc)
    stop = stopword_density(doc)
    ends = sentence_end(doc)
    has_stop = bool(doc.stop)
    prose = [is_prose(w, s, e, has_stop) for w, s, e in zip(words, stop, ends)]
    hits = _headings_unmatched(doc, hits, prose)
    hits = _markdown_unmatched(doc, hits)
    repeated = _repeated_captions(doc, hits) if params.get("repeated_captions", 1.0) else set()
    # pictures' captions: a paragraph on either side of one is still the same body
    # and a thread's post headers and reply links between its posts do not end the thread
    # either (both still go, by their rules)
    captions = repeated | {i for i, h in enumerate(hits)
                           if h is not None and (h.category in _PASSABLE_CATEGORIES or h.id in _PASSABLE_RULES)}
    # code between paragraphs (a docs page, a tutorial): however long, it does not end the body
    code = {i for i, s in enumerate(doc.stripped) if s and hits[i] is None and not prose[i] and _CODE.search(s)}
    # sentence-like without a final stop (a paragraph cut off by a paywall, a caption-less lead)
    loose = [pr or (w >= 12 and (st >= 0.3 or not has_stop) and not t.startswith("("))
             for pr, w, st, t in zip(prose, words, stop, doc.stripped)]

    # 1. body runs, with rule-matched lines counted as non-body
    p_eff = list(p)
    for i, r in enumerate(hits):
        if r is not None and r.action != "evidence":
            p_eff[i] = min(p_eff[i], 1.0 - r.score)
    secondary = params.get("secondary_run", 0.3)
    mask, start, end = body_runs(doc, p_eff, threshold, secondary)
    low = params.get("low_threshold", 0.2)
    short_page = False
    if end <= start and any(prose) and low:
        # a short page (a docs page, a brief post): the model is unsure everywhere, so look for
        # the run that is least unlike a body; the prose guard below still protects the text
        mask, start, end = body_runs(doc, p_eff, low, secondary)
        if end > start:
            # unsure everywhere: keep the whole span from the first to the last plain prose line
            # (code, lists and sub-headings between paragraphs), up to the first terminator
            stop = next((i for i in range(start, n) if hits[i] is not None and hits[i].action == "terminate"), n)
            span = [i for i in range(stop) if prose[i] and _plain(hits[i])] or [start]
            start, end = min(start, span[0]), max(end, span[-1] + 1)
            for i in range(start, end):
                mask[i] = True
            short_page = info["low_threshold"] = True
    listed: set[int] = set()  # lines of a list that continues the body: kept whatever their p
    anchor = _headline_anchor(doc, hits, prose, start, end) if end > start and params.get("anchor", 1.0) else None
    if anchor is not None:
        info["anchor"] = anchor
        for i in range(anchor):
            mask[i] = False
        if start < anchor:  # the main run began above the headline: it begins below it now
            start = next((i for i in range(anchor, end) if mask[i]), end)
        # headline, body, "You may like", more posts: the body is what precedes the heading
        t = next((i for i in range(anchor + 1, start) if hits[i] is not None and hits[i].action == "terminate"
                  and hits[i].score >= min_score), None)
        if t is not None:
            s2, e2 = _run_before(doc, p_eff, prose, hits, threshold, anchor + 1, t)
            if sum(len(doc.stripped[i]) for i in range(s2, e2)
                   if prose[i] or len(doc.toks[i]) >= 25) >= params.get("min_body_chars", 150):
                trial = [s2 <= i < e2 or (mask[i] and i > t) if i > anchor else False for i in range(n)]
                if _appended_share(doc, p, hits, trial, prose, t, start, end) >= 0.5:
                    mask, start, end = trial, s2, e2
    head = anchor if anchor is not None else headline
    if head is not None and end > start > head and params.get("parallel", 1.0):
        # a schedule, a table or standings right below the headline is the article itself,
        # even where the longest prose run is a sidebar further down
        span = list_below_headline(doc, hits, [m or pr for m, pr in zip(mask, prose)], head, start)
        if span is not None:
            # a run the list reaches into continues it; a run further down that carries less
            # text than the list is a sidebar's teaser, and the list is the main run instead;
            # a larger run further down stays the main run (the list is a summary above it)
            if span[1] >= start:
                start, end = span[0], max(end, span[1])
                info["headline_list"] = list(span)
            elif sum(len(doc.stripped[i]) for i in range(start, end)) < sum(
                    len(doc.stripped[i]) for i in range(*span) if _plain(hits[i])):
                for i in range(start, end):
                    mask[i] = False
                start, end = span
                info["headline_list"] = list(span)
            for i in range(*span):
                if _plain(hits[i]):
                    mask[i] = True
                    listed.add(i)
    floor = params.get("edge_floor", 0.05)
    short_words = 8
    docs_page = len(code) >= params.get("docs_code_lines", 5)
    if docs_page:
        # a docs page or a tutorial: code between short paragraphs pulls the model's view of
        # every line down, so the paragraphs around the code are not held to the edge floor,
        # its list items ("About 50 MB of free disk space") run longer than a menu's, and its
        # paragraphs are compared with the body by word stems (docs are written in every language)
        floor, short_words = 0.0, 12
    top = anchor + 1 if anchor is not None else 0
    if short_page:
        listed.update(range(start, end))  # sub-headings of a short page are not low-content lines
    toc: set[int] = set()  # a table of contents between the lead and the body
    for rs, re_ in _runs_of(mask):
        s2, e2 = _extend_edges(doc, p_eff, loose, hits, mask, rs, re_, floor, top=top, keep=listed, captions=captions,
                               code=code, max_short_words=short_words, stems=docs_page, toc_lines=toc)
        if rs == start:
            start, end = s2, extend_numbered_list(doc, hits, mask, e2, listed)
            if params.get("parallel", 1.0):
                s3, e3 = extend_shaped_list(doc, hits, mask, start, end, listed, top=top, passable=captions)
                if (s3, e3) != (start, end):
                    start, end = _extend_edges(doc, p_eff, loose, hits, mask, s3, e3, floor, top=top, keep=listed,
                                               captions=captions, code=code, max_short_words=short_words,
                                               stems=docs_page)
    if end > start and params.get("section_heading", 1.0):
        # the sub-heading the article opens with ("About this event", "Show notes", "What we know so far")
        # (or, when the body has one-word sub-headings of its own, "Abstract" over "Background")
        h = _nonblank(doc, start - 1, -1)
        one_word, opens_prose = None, prose[start]
        for stacked in (False, True):
            if h is None or h < top or not opens_prose:
                break
            if stacked or not _opening_heading(doc, hits, h):
                if one_word is None:
                    one_word = _one_word_headings(doc, hits, prose, start, end) >= 2
                if not (one_word and _one_word_heading(doc, hits, h)):
                    break
            mask[h] = True
            listed.add(h)
            start = h
            h = _nonblank(doc, start - 1, -1)
    if end > start and params.get("trailing_section", 1.0):
        # the article's own closing sections (pros and cons, line-ups, chapter times, a verdict)
        e2 = _trailing_section(doc, hits, start, end, captions)
        if e2 > end:
            for i in range(end, e2):
                if _plain(hits[i]):
                    mask[i] = True
                    listed.add(i)
            info["trailing_section"] = [end, e2]
            end = e2
            if docs_page:  # a tutorial goes on below the section (its next step)
                _, end = _extend_edges(doc, p_eff, loose, hits, mask, start, end, floor, top=top, keep=listed,
                                       captions=captions, code=code, max_short_words=short_words, stems=True)
    if end > start and anchor is not None and params.get("docs_region", 1.0) and (
            docs_page or sum(1 for h in hits if h is not None and h.id in _DOCS_RULES) >= 2):
        # a documentation page: below its headline, steps, notes, tables and code run to the
        # page's own furniture ("Was this page helpful?", "Previous", "On this page"), however
        # unsure the line model is of short instructions
        s2, e2 = _docs_region(doc, hits, captions, code, top, start, end)
        if (s2, e2) != (start, end):
            for i in range(s2, e2):
                if hits[i] is None and i not in captions:
                    mask[i] = True
                    listed.add(i)
            info["docs_region"] = [s2, e2]
            start, end = s2, e2
    info["body"] = [start, end]
    has_body = end > start

    # 2. rules
    for i, r in enumerate(hits):
        if r is None:
            continue
        if r.region == "top" and has_body and i > start:
            continue
        if r.region == "bottom" and has_body and i < end:
            continue
        if r.action == "evidence":
            continue
        out[i].remove(r.id, r.category, r.score, f"matched rule {r.id}", strong=True)

    # how sure we are that this is a web page (see ``_clean_text``); later passes are given the
    # first pass's figure, since the furniture the rules found is gone by then
    evidence = len({v.rule for v in out if not v.keep and v.strong}) + (2 if anchor is not None else 0)
    evidence = max(evidence, int(params.get("page_evidence", 0)))
    info["evidence"] = evidence
    web_page = evidence >= params.get("min_evidence", 3) or not _clean_text(doc, hits, prose, out, anchor)
    if not web_page:
        # clean text: what the built-in rules took for a menu word, a date, a label or a
        # copyright line is the text's own (a diary's date, a README's licence line)
        info["clean_text"] = True
        params = {**params, "model_removals": 0.0}

    first_prose = next((i for i in range(n) if prose[i] and mask[i]), None)
    if first_prose is not None and web_page and params.get("teaser_heads", 1.0):
        _teaser_headlines(doc, hits, prose, first_prose, out)
        _box_above(doc, hits, prose, first_prose, min_score, out)
    if params.get("credited_captions", 1.0):
        _credited_captions(doc, hits, mask, out)
    for i in sorted(repeated):
        if out[i].keep:
            out[i].remove("scorer.repeated-caption", "caption", 0.7,
                          "a phrase repeated three times or more in the page: a picture's caption", strong=True)

    # 3. terminators below the body start end the article
    term = None
    if first_prose is not None:
        for i in range(first_prose + 1, n):
            r = hits[i]
            if r is not None and r.action == "terminate" and r.score >= min_score:  # a switched-off terminator ends nothing
                if _code_follows(doc, code, captions, i):
                    continue  # a docs page's "Response" or "Examples" over its code
                term = i
                break
    if term is not None:
        info["terminator"] = term
        _appended(doc, p, hits, mask, prose, term, out)

    # 3b. a question's answers (a thread's replies) are the page's content
    if first_prose is not None and params.get("answers", 1.0):
        _answers(doc, hits, loose, code, mask, first_prose, out, listed,
                 top=anchor + 1 if anchor is not None else first_prose + 1)

    # 4. outside the body runs: furniture; inside: only clear non-body lines go
    # a page on which no rule finds any furniture (no menu word, share row, credit, heading of
    # other stories...) is likely clean text already: the model alone then removes nothing
    # (a rule's match counts when it removes its line: a section label inside the body does not)
    # (a headline that repeats the page title is furniture found: a dump of a web page opens
    # with its <title>)
    if params.get("model_needs_furniture", 1.0) and anchor is None and not any(not v.keep and v.strong for v in out):
        params = {**params, "model_removals": 0.0}
        info["no_furniture"] = True
    keep_inside = params.get("keep_inside", 0.15)
    keep_outside = params.get("keep_outside", 0.9)
    top_cut = anchor or 0
    for i in range(n):
        if not doc.stripped[i] or not out[i].keep:
            continue
        if not has_body:
            continue
        if not params.get("model_removals", 1.0) and (mask[i] or p[i] >= params.get("outside_floor", 0.0)):
            continue
        if i in toc and web_page:
            out[i].remove("scorer.table-of-contents", "navigation", 0.8,
                          "an entry of a table of contents whose titles head the sections below")
        elif mask[i]:
            if p[i] < keep_inside and i not in listed and i not in code \
                    and len(doc.toks[i]) <= params.get("low_content_words", 0):
                out[i].remove("scorer.low-content", _weak_category(doc, i), 1.0 - p[i],
                              f"inside the body but p(body)={p[i]:.2f}")
        elif i < top_cut:
            out[i].remove("scorer.above-headline", _weak_category(doc, i, "top"), max(0.6, 1.0 - p[i]),
                          f"above the headline (line {top_cut + 1}) that repeats the page title", strong=True)
        elif not (prose[i] and p[i] >= keep_outside):
            where = "top" if i < start else "bottom"
            out[i].remove("scorer.outside-body", _weak_category(doc, i, where), 1.0 - p[i],
                          f"{where} furniture outside the body run (lines {start + 1}-{end}); p(body)={p[i]:.2f}")

    # 4b. a forum thread: the posts between its member cards are the page's content; a live
    # blog: the entries below its time stamps
    if params.get("thread_posts", 1.0):
        _thread_posts(doc, hits, prose, out, info)
        _live_entries(doc, hits, prose, out, info)

    # 5. repeated title: keep the copy closest to the body (a clean text's title stays as it is)
    if has_body and first_prose is not None and web_page:
        # the headline is a copy of the title even when it reads as a sentence ("…?" in CJK)
        cands = _title_candidates(doc, hits, max(first_prose, anchor + 1) if anchor is not None else first_prose)
        if cands:
            keep_at = cands[-1]
            # a title is kept when it repeats (keep one copy) or is a plain title-like line
            # right above the body; a lone short line (a menu word) is not a title
            title_like = len(cands) > 1 or len(doc.toks[keep_at]) >= 4
            if params.get("keep_title", 1.0) and title_like and _near_body(doc, hits, keep_at, first_prose):
                out[keep_at] = Verdict()
            why = (f"repeats the title kept at line {keep_at + 1}" if out[keep_at].keep
                   else f"repeats the page title (line {keep_at + 1}), none of whose copies sits right above the body")
            for i in cands[:-1]:
                out[i].remove("scorer.duplicate-title", "duplicate-title", 0.9, why, strong=True)

    # 6. safety guard: the model alone never removes most of the prose
    prose_chars = sum(len(doc.stripped[i]) for i in range(n) if prose[i])
    weak_prose = sum(len(doc.stripped[i]) for i in range(n) if prose[i] and not out[i].keep and not out[i].strong)
    if prose_chars and weak_prose > 0.5 * prose_chars and "headline_list" not in info:  # a list is that body
        info["guard"] = f"restored {weak_prose} characters of prose removed on weak evidence"
        prev_prose_kept = False
        for i in range(n):
            if not doc.stripped[i]:
                continue
            if prose[i] and not out[i].keep and not out[i].strong:
                out[i] = Verdict()
            elif prev_prose_kept and not out[i].keep and not out[i].strong and _closing_sentence(doc, hits, i):
                out[i] = Verdict()
            prev_prose_kept = prose[i] and out[i].keep

    # 7. the user's floor: removals scoring below min_score are undone
    if min_score > 0:
        for i in range(n):
            if not out[i].keep and out[i].score < min_score:
                out[i] = Verdict()

    # 8. clean text: a bare date line (a letter's, a diary entry's) and a copyright line (a
    # README's licence, a booklet's "© 2023 the author") are the text's own ("Posted: ..." and
    # "Image copyright ..." are a page's)
    if not web_page:
        for i, r in enumerate(hits):
            if not out[i].keep and r is not None and out[i].rule == r.id and r.pack.startswith("core-") \
                    and ":" not in doc.stripped[i] and (r.id in _TEXT_LINE_RULES or (
                        r.category == "caption" and doc.stripped[i].startswith("©"))):
                out[i] = Verdict()

    # 9. blank lines follow their neighbours
    _blanks(doc, out)
    return out, info


def _box_above(doc: Doc, hits: list[Rule | None], prose: list[bool], first_prose: int, min_score: float,
               out: list[Verdict], max_words: int = 20) -> None:
    """A "Most popular" box right above the body: its heading is a terminator, and the
    headlines under it run up to the article's first paragraph."""
    t = next((i for i in range(first_prose - 1, -1, -1)
              if hits[i] is not None and hits[i].action == "terminate" and hits[i].score >= min_score), None)
    if t is None or hits[t].category != "related":  # "Leave a comment" up there is a link, not a box
        return
    items = [i for i in range(t + 1, first_prose) if doc.stripped[i]]
    if not items or any(hits[i] is not None or prose[i] or len(doc.toks[i]) > max_words
                        or doc.stripped[i].endswith(":") for i in items):
        return  # something else (a byline, a dek, a lead-in) sits between the box and the body
    label = doc.stripped[t][:60]
    for i in items:
        if out[i].keep:
            out[i].remove("scorer.box-above", "related", 0.7,
                          f"under the heading {label!r} (line {t + 1}) above the article", strong=True)


def _teaser_headlines(doc: Doc, hits: list[Rule | None], prose: list[bool], first_prose: int,
                      out: list[Verdict], max_words: int = 15) -> None:
    """Below the body's first paragraph, a title-like line followed by a byline or date
    line is the heading of another story (a list of other articles, the next article)."""
    n = len(doc)
    prev = None
    for i in range(first_prose + 1, n):
        if not doc.stripped[i]:
            continue
        r = hits[i]
        if (r is not None and r.category == "byline" and prev is not None and prev > first_prose
                and hits[prev] is None and not prose[prev] and out[prev].keep
                and 2 <= len(doc.toks[prev]) <= max_words and not _EMBED_ATTRIBUTION.fullmatch(doc.stripped[prev])
                and not doc.stripped[prev].endswith(":")):  # "Readers were quick to react:" introduces, it heads nothing
            out[prev].remove("scorer.teaser-headline", "related", 0.7,
                             f"a heading followed by a byline or date (line {i + 1}) below the body", strong=True)
        prev = i


# rules whose line credits the picture described by the line above it
_CREDIT_RULES = frozenset({"caption.credit"})
_LIST_MARKS = ("•", "* ", "► ", "▪", "◦", "- ", "– ")
_SENTENCE_MARK = re.compile(r"[.!?。！？](?:\s|$)")


def _credited_captions(doc: Doc, hits: list[Rule | None], mask: list[bool], out: list[Verdict],
                       max_words: int = 30) -> None:
    """Inside the body, the line right above an image credit ("Photo: Jane Roe/Agency") is the
    picture's caption when it is one short sentence or a phrase (a paragraph has more
    sentences). A credit that ends the body ("Source: agencies") follows the last paragraph,
    and on a page whose credits come before their captions ("Image copyright X" then "Image
    caption Y") the line above a credit is whatever preceded the picture."""
    n = len(doc)
    lines = [i for i in range(n) if doc.stripped[i]]
    after = {a: b for a, b in zip(lines, lines[1:])}
    credits = [i for i in lines if hits[i] is not None and hits[i].id in _CREDIT_RULES]
    if any(i in after and hits[after[i]] is not None and hits[after[i]].category == "caption" for i in credits):
        return
    prev = None
    for i in lines:
        r = hits[i]
        nxt = after.get(i)
        if (r is not None and r.id in _CREDIT_RULES and prev is not None and hits[prev] is None and out[prev].keep
                and nxt is not None and mask[nxt]):
            s = doc.stripped[prev]
            if (2 <= len(doc.toks[prev]) <= max_words and len(_SENTENCE_MARK.findall(s)) <= 1
                    and not s.endswith((":", "?", "？"))  # a lead-in or a question to the reader is no caption
                    and not s.startswith(("(", *_LIST_MARKS))):  # nor is a list item
                out[prev].remove("scorer.credited-caption", "caption", 0.7,
                                 f"the caption of the picture credited on line {i + 1}", strong=True)
        prev = i


_FINAL_STOP = re.compile(r"[.!?。！？][\"'”’»)\]]*$")


def _repeated_captions(doc: Doc, hits: list[Rule | None], min_count: int = 3, min_words: int = 6) -> set[int]:
    """A phrase of six words or more that appears three times or more in one page, never as
    a sentence, is the alternative text or caption of its pictures (a gallery gives every
    picture the same one), not article text; a question or sentence that repeats (an
    interview's questions) is kept, and so is the page title (a video box repeats the headline)."""
    title = next((k for k in doc.norm if k), "")
    title_words = set(title.split())
    counts: dict[str, int] = {}
    for i, k in enumerate(doc.norm):
        if k and len(doc.toks[i]) >= min_words:
            counts[k] = counts.get(k, 0) + 1
    lines = [i for i, k in enumerate(doc.norm) if k]
    seen: dict[str, int] = {}
    for k in (doc.norm[i] for i in lines):
        seen[k] = seen.get(k, 0) + 1
    # a block that repeats (a menu per day, a product box per item) is content, not a caption:
    # a caption's neighbours are paragraphs or the caption itself, not other repeated lines
    blocks = set()
    for a, b in zip(lines, lines[1:]):
        ka, kb = doc.norm[a], doc.norm[b]
        if ka != kb and seen[ka] >= 2 and seen[kb] >= 2:
            blocks.update((ka, kb))
    out = set()
    for i in lines:
        k = doc.norm[i]
        if counts.get(k, 0) < min_count or hits[i] is not None or k in blocks:
            continue
        words = set(k.split()) - doc.stop
        if len(words & title_words) < 0.8 * len(words) and not _FINAL_STOP.search(doc.stripped[i]):
            out.add(i)
    return out


def _trailing_section(doc: Doc, hits: list[Rule | None], start: int, end: int, captions: set[int],
                      max_lines: int = 40, min_lines: int = 3, max_long: int = 2, long_words: int = 25,
                      min_on_topic: float = 0.6, max_headlines: int = 2) -> int:
    """Where the article ends when short sections follow its last paragraph.

    A review's pros and cons, a match report's line-ups, a podcast's chapter times, an API
    page's "Returns" and "Raises" read as short lines one by one, like the furniture below an
    article; but they talk about what the body talks about. The lines between the body and the
    first line a rule removes or ends at (picture captions aside) form the section when at
    least ``min_lines`` of them sit above the last one that shares a content word with the body,
    at most ``max_long`` of those are longer than ``long_words`` words (it is not a run of
    paragraphs the model rejected), and ``min_on_topic`` of those with content words share one
    (related headlines on other subjects, "Check price", "Share this" do not). A title-cased
    headline or a line repeated three times ends it. The section
    ends at that last line that shares a word; returns the new end of the body (``end`` if none).
    """
    n = len(doc)
    block: list[int] = []
    j = end
    while j < n and len(block) < max_lines:
        if doc.stripped[j]:
            h = hits[j]
            if h is not None and h.action != "evidence" and (j not in captions or (h.category == "ads" and not block)):
                break  # an advertising label right below the article opens the page's furniture
            block.append(j)
        j += 1
    if len(block) < min_lines:
        return end
    words = doc.content_prefixes()
    vocab = _vocabulary(doc, range(start, end))
    on = [k for k in block if not words[k].isdisjoint(vocab)]
    for last in reversed(on):  # the longest section that passes, ending at a line that shares a word
        part = [k for k in block if k <= last]
        if (len(part) >= min_lines and sum(len(doc.toks[k]) > long_words for k in part) <= max_long
                and _on_topic(doc, part, vocab, min_on_topic, max_headlines)
                and sum(_bare_number(doc.stripped[k]) for k in part) < 2
                and max(Counter(doc.norm[k] for k in part).values()) < 3):
            # (title-cased lines are other stories' headlines; bare numbers, a gallery's or pages' counters;
            # a line repeated three times, the label of a list of teasers)
            return last + 1
    return end


def _vocabulary(doc: Doc, body: list[int] | range) -> frozenset[str]:
    """The content-word prefixes (``Doc.content_prefixes``) of the ``body`` lines."""
    words = doc.content_prefixes()
    return frozenset().union(*(words[k] for k in body))


def _on_topic(doc: Doc, lines: list[int], vocab: frozenset[str], min_share: float = 0.6,
              max_headlines: int = 2) -> bool:
    """``min_share`` of ``lines`` with content words share one with ``vocab`` (the body's,
    see ``_vocabulary``), and fewer than ``max_headlines`` (or 30%) are title-cased headlines."""
    words = doc.content_prefixes()
    with_words = [k for k in lines if words[k]]
    cased = title_case(doc)
    return (bool(with_words) and sum(not words[k].isdisjoint(vocab) for k in with_words) >= min_share * len(with_words)
            and sum(_headline_like(doc, k, cased) for k in lines) < max(max_headlines, 0.3 * len(lines)))


def _opening_heading(doc: Doc, hits: list[Rule | None], i: int) -> bool:
    """Line ``i`` reads as a section heading: two to six words, sentence-cased, no final stop,
    no rule matches it, and it is no copy of the first line (the page title)."""
    s = doc.stripped[i]
    words = s.split()
    first = _nonblank(doc, 0, 1)
    return (hits[i] is None and 2 <= len(words) <= 6 and s[:1].isupper() and not s.endswith((".", "!", ",", ";"))
            and sum(w[:1].isupper() for w in words[1:]) <= 1 and first is not None and first != i
            and doc.norm[i] not in doc.norm[first] and not any(ch.isdigit() for ch in s))


_DOCS_RULES = frozenset({"ml.docs-furniture", "ml.docs-nav"})


def _docs_region(doc: Doc, hits: list[Rule | None], captions: set[int], code: set[int], top: int,
                 start: int, end: int, min_toc: int = 3, max_menu: int = 8, max_tags: int = 4) -> tuple[int, int]:
    """The body run ``start``-``end`` of a docs page grown over every line no rule matched (code,
    captions and passable lines aside): up to line ``top`` (below the headline) and down to the
    first line a rule matched. Growth stops at ``max_menu`` one- or two-word lines (not code) in
    a row going up (a sidebar's menu) and at ``max_tags`` going down (an article's tags, a sidebar), and a table of contents at the top of the grown part
    (``min_toc`` short lines or more, each repeated by a heading further down) is left out."""
    def plain(i: int) -> bool:  # (a rule's heading over code, "Response", does not end a docs page)
        return hits[i] is None or i in captions or i in code or _code_follows(doc, code, captions, i)

    s, words = start, 0
    while s > top and plain(s - 1):
        s -= 1
        if doc.stripped[s] and s not in code:
            words = words + 1 if len(doc.toks[s]) <= 2 else 0
            if words >= max_menu:  # a sidebar's menu: the page's content lies below it
                s += _run_length(doc, s, max_menu)
                break
    e, words, run_start = end, 0, end
    while e < len(doc) and plain(e):
        if doc.stripped[e] and e not in code:
            if len(doc.toks[e]) > 2:
                words = 0
            elif e not in captions:
                run_start = e if words == 0 else run_start
                words += 1
                if words >= max_tags:  # an author's tags and other posts, a sidebar's menu
                    e = run_start
                    break
        e += 1
    later = {doc.norm[k] for k in range(start, e) if doc.stripped[k]}
    toc = s
    while toc < start and (not doc.stripped[toc] or (len(doc.toks[toc]) <= 6 and doc.norm[toc] in later)):
        toc += 1
    if sum(1 for k in range(s, toc) if doc.stripped[k]) >= min_toc:
        s = toc
    while s < start and not doc.stripped[s]:
        s += 1
    return s, e


def _code_follows(doc: Doc, code: set[int], captions: set[int], i: int, lines: int = 4, min_code: int = 2) -> bool:
    """``min_code`` of the ``lines`` non-blank lines below line ``i`` (captions and code blocks'
    buttons aside) are code: line ``i`` heads a block of code, not other pages' links."""
    found, seen, k = 0, 0, i + 1
    while k < len(doc) and seen < lines:
        if doc.stripped[k] and k not in captions:
            seen += 1
            found += k in code
        k += 1
    return found >= min_code


def _past_share_row(doc: Doc, hits: list[Rule | None], captions: set[int], i: int, max_short_words: int,
                    max_row: int = 8) -> int | None:
    """The first line after the share row starting at line ``i`` (up to ``max_row`` buttons),
    past pictures' captions and one sub-heading (a short line no rule matched); ``None`` if
    the page ends first."""
    k, row = i, 0
    while k < len(doc) and (not doc.stripped[k] or k in captions or (
            hits[k] is not None and hits[k].category == "social")):
        row += bool(doc.stripped[k]) and k not in captions
        if row > max_row:
            return None
        k += 1
    k2 = _nonblank(doc, k, 1)
    if k2 is not None and hits[k2] is None and len(doc.toks[k2]) <= max_short_words:
        k = k2 + 1
    return _nonblank(doc, k, 1)


def _run_length(doc: Doc, i: int, count: int) -> int:
    """How many lines from line ``i`` down hold its first ``count`` non-blank lines."""
    k = i
    while count:
        if doc.stripped[k]:
            count -= 1
        k += 1
    return k - i


def _section_word(doc: Doc, hits: list[Rule | None], i: int) -> bool:
    """Line ``i`` is a lone section label a rule matched ("Features", "News"): on a docs page,
    a sub-heading when text lies on both sides of it."""
    h = hits[i]
    return h is not None and h.category == "section-label" and len(doc.toks[i]) <= 2


def _one_word_heading(doc: Doc, hits: list[Rule | None], i: int) -> bool:
    """Line ``i`` is one capitalised word of letters that no rule matches ("Methods")."""
    s = doc.stripped[i]
    return hits[i] is None and s.isalpha() and s[:1].isupper() and len(s) >= 4 and len(doc.toks[i]) == 1


def _one_word_headings(doc: Doc, hits: list[Rule | None], prose: list[bool], start: int, end: int) -> int:
    """How many one-word sub-headings lie between paragraphs of the body (lines ``start``-``end``)."""
    count = 0
    for i in range(start, end):
        if doc.stripped[i] and _one_word_heading(doc, hits, i):
            above, below = _nonblank(doc, i - 1, -1), _nonblank(doc, i + 1, 1)
            if above is not None and below is not None and above >= start and below < end and prose[above] \
                    and prose[below]:
                count += 1
    return count


def _thread_posts(doc: Doc, hits: list[Rule | None], prose: list[bool], out: list[Verdict], info: dict,
                  min_cards: int = 3, max_gap: int = 4) -> None:
    """A forum thread's posts come each below a member card (name, rank, "Posts: 356",
    "Joined: ...", location), an issue tracker's below "jdoe commented on Mar 4, 2024": with
    ``min_cards`` cards or more (two member lines or more within
    ``max_gap`` lines of each other), the prose lines below each card are the thread's content,
    and those that the line model alone removed are kept. Below the last card, the post ends at
    the next line a rule matches after its text has begun (a post's own "Quote"/"Reply" links
    aside)."""
    member = [i for i, h in enumerate(hits) if h is not None and h.id in _CARD_RULES]
    cards: list[list[int]] = []
    for i in member:
        # (an issue tracker's "jdoe commented on Mar 4, 2024" is a card on its own)
        weight = 2 if hits[i].id == "comments.tracker-event" and " commented" in doc.stripped[i] else 1
        if cards and i - cards[-1][1] <= max_gap:
            cards[-1][1] = i
            cards[-1][2] += weight
        else:
            cards.append([i, i, weight])
    cards = [c for c in cards if c[2] >= 2]
    if len(cards) < min_cards:
        return
    kept = 0
    for k, (_, last, _) in enumerate(cards):
        final, started = k + 1 == len(cards), False
        for i in range(last + 1, len(doc) if final else cards[k + 1][0]):
            h = hits[i]
            if (h is not None and final and started and h.category not in _PASSABLE_CATEGORIES
                    and h.id not in _PASSABLE_RULES):
                break
            if (prose[i] or _closing_sentence(doc, hits, i)) and h is None:
                started = True
                if not out[i].keep and not out[i].strong:
                    out[i] = Verdict()
                    kept += 1
    info["thread"] = {"cards": len(cards), "posts_kept": kept}


_CARD_RULES = frozenset({"ml.forum-meta", "comments.tracker-event"})
# a live blog entry's time stamp: "14:32", "9.05am", "14h10", "2 min ago"
_STAMP = re.compile(r"\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|cet|cest|et|pt))?"
                    r"|\d{1,3}\s*(?:min|mins|minutes?|hrs?|hours?)\s+ago", re.IGNORECASE)


def _live_entries(doc: Doc, hits: list[Rule | None], prose: list[bool], out: list[Verdict], info: dict,
                  min_entries: int = 3, max_head: int = 3, max_headline: int = 20) -> None:
    """A live blog's entries, each a time stamp ("14:32", "2 min ago"), perhaps a label ("Key
    event") and a one-line headline, then its text: with ``min_entries`` stamps or more, each
    followed within ``max_head`` lines by a paragraph no rule matched, the headline right above
    each entry's text and the text itself (up to the next line a rule matches, a share button
    say) are the page's content, and those that the line model alone removed are kept. Stamps,
    labels and buttons still go; so does a sidebar's list of timed headlines, whose lines a
    rule or the headline anchor removed."""
    n = len(doc)
    entries: list[tuple[int, int]] = []
    for i, s in enumerate(doc.stripped):
        if not s or len(s) > 24 or not s[0].isdigit() or not _STAMP.fullmatch(s):
            continue
        k, seen = i + 1, 0
        while k < n and seen <= max_head and not (prose[k] and hits[k] is None):
            seen += bool(doc.stripped[k])
            k += 1
        if k < n and seen <= max_head and prose[k] and hits[k] is None:
            entries.append((i, k))
    if len(entries) < min_entries:
        return
    kept = 0
    for e, (stamp, text) in enumerate(entries):
        head = _nonblank(doc, text - 1, -1)
        if head is not None and head > stamp and hits[head] is None and len(doc.toks[head]) <= max_headline \
                and not out[head].keep and not out[head].strong:
            out[head] = Verdict()
            kept += 1
        for j in range(text, entries[e + 1][0] if e + 1 < len(entries) else n):
            h = hits[j]
            if h is not None and h.category not in _PASSABLE_CATEGORIES and h.id not in _PASSABLE_RULES:
                break
            if doc.stripped[j] and h is None and (prose[j] or _closing_sentence(doc, hits, j)) \
                    and not out[j].keep and not out[j].strong:
                out[j] = Verdict()
                kept += 1
    info["live_entries"] = {"entries": len(entries), "kept": kept}


def _headings_unmatched(doc: Doc, hits: list[Rule | None], prose: list[bool]) -> list[Rule | None]:
    """A footer link's word between two paragraphs, or between a list item and a paragraph
    ("Accessibility", "Contact" over a paragraph on how to reach the office), is a sub-heading
    of the text: the footer rule does not apply."""
    out = hits
    for i, h in enumerate(hits):
        if h is None or h.id not in _HEADING_WORD_RULES or len(doc.toks[i]) > 3:
            continue
        prev, nxt = _nonblank(doc, i - 1, -1), _nonblank(doc, i + 1, 1)
        if prev is not None and nxt is not None and (prose[prev] or len(doc.toks[prev]) >= 6) and prose[nxt] \
                and hits[prev] is None and hits[nxt] is None:
            if out is hits:
                out = list(hits)
            out[i] = None
    return out


_FENCE = re.compile(r"(?:```|~~~)[\w+\-.]*")
_ATX_HEADING = re.compile(r"#{1,6}\s+\S.*")


def _markdown_unmatched(doc: Doc, hits: list[Rule | None], min_marks: int = 2) -> list[Rule | None]:
    """A Markdown source (a README, notes: ``min_marks`` code fences or "#" headings or more) is
    text, not a page's visible text, which shows neither: its headings ("## Features") and the
    lines of its code blocks (a fence's "```python", a program's "Output:") are not furniture,
    and no rule applies to them."""
    fences = [i for i, s in enumerate(doc.stripped) if _FENCE.fullmatch(s)]
    headings = [i for i, s in enumerate(doc.stripped) if s.startswith("#") and _ATX_HEADING.fullmatch(s)]
    if len(fences) < min_marks and len(headings) < min_marks:
        return hits
    out = list(hits)
    for i in headings:
        out[i] = None
    for a, b in zip(fences[::2], fences[1::2]):
        for i in range(a, b + 1):
            out[i] = None
    return out


def _table_rows_unmatched(doc: Doc, hits: list[Rule | None]) -> list[Rule | None]:
    """A table flattened into lines ("Name | Age | City" and its rows: two lines or more in a
    row with the same number of "|", two or more) is content: a navigation rule that took a
    row for a menu or a breadcrumb trail does not apply to it."""
    cells = [s.count("|") if s.count("|") >= 2 else 0 for s in doc.stripped]
    out = hits
    for i, h in enumerate(hits):
        if h is None or h.category != "navigation" or not cells[i]:
            continue
        prev, nxt = _nonblank(doc, i - 1, -1), _nonblank(doc, i + 1, 1)
        if any(k is not None and cells[k] == cells[i] for k in (prev, nxt)):
            if out is hits:
                out = list(hits)
            out[i] = None
    return out


def _bare_number(line: str) -> bool:
    """Digits and no letters: a picture counter ("6"), a pager ("1 2 3 4"), not code ("};")."""
    return any(map(str.isdigit, line)) and not any(map(str.isalpha, line))


def _headline_like(doc: Doc, i: int, cased: list[float]) -> bool:
    """A title-cased line of four words or more that is neither a sentence nor a list of
    names ("11 Facts About Our Galaxy", not "Subs: Keegan, Tolland, Marsh")."""
    s = doc.stripped[i]
    return (len(doc.toks[i]) >= 4 and cased[i] >= 0.7 and not s.endswith(_SENTENCE_STOPS)
            and s.count(",") < 2 and ";" not in s)


_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？")


def _prose_run(doc: Doc, prose: list[bool], hits: list[Rule | None], i: int) -> list[int]:
    """The consecutive prose lines (blank lines skipped) starting at line ``i``."""
    run = []
    n = len(doc)
    while i < n:
        if doc.stripped[i]:
            h = hits[i]
            if not prose[i] or (h is not None and h.action != "evidence"):
                break
            run.append(i)
        i += 1
    return run


def _appended(doc: Doc, p: list[float], hits: list[Rule | None], mask: list[bool], prose: list[bool],
              term: int, out: list[Verdict]) -> None:
    """Remove what follows a terminator heading, until the article clearly resumes.

    The article resumes with a run of at least three prose lines that either shares the
    body's vocabulary or carries at least half as much text as the body above the heading
    (a related-stories box inside a long article). Appended posts (a title, a paragraph,
    a title, ...) and headline lists never form such a run. Past a one-line "Read also" box,
    the body run's own lines, or one long paragraph on the body's subject, resume it too.
    """
    n = len(doc)
    body_mask = [mask[i] and i < term for i in range(n)]
    before = sum(len(doc.stripped[i]) for i in range(term) if body_mask[i] and prose[i])
    coh = coherence(doc, body_mask)
    label = doc.stripped[term][:60]
    appended = True
    thread = False  # inside a comment thread (an author line was seen since the last heading)
    first = hits[term]
    in_comments = first is not None and first.category == "comments"  # under a comments heading
    i = term + 1
    while i < n:
        if not doc.stripped[i]:
            i += 1
            continue
        r = hits[i]
        if r is not None and r.action == "terminate":
            if out[i].keep:
                out[i].remove(r.id, r.category, r.score, f"matched rule {r.id}", strong=True)
            appended, term, label = True, i, doc.stripped[i][:60]
            thread, in_comments = False, r.category == "comments"
            i += 1
            continue
        if r is not None and (r.category == "comments" or (in_comments and r.category == "byline")):
            # "Jane on May 3, 2019 at 4:47 pm said:", "Reply", "Rating: 3 votes", or a date under
            # a comments heading: inside a comment thread, which never flows back into the article
            appended = thread = True
        run = _prose_run(doc, prose, hits, i) if appended and prose[i] and not thread else []
        if run:
            chars = sum(len(doc.stripped[k]) for k in run)
            mean_coh = sum(coh[k] for k in run) / len(run)
            if len(run) >= 3 and (mean_coh >= 0.25 or chars >= 0.5 * before):
                appended = False
            elif (len(run) == 2 or _last_line(doc, run[-1])) and all(mask[k] for k in run) and mean_coh >= 0.25:
                appended = False  # the body run itself goes on past a one-line "Read also" box
            elif (not in_comments and len(run) >= 2 and all(mask[k] and len(doc.toks[k]) >= 25 for k in run)
                  and sum(p[k] for k in run) >= 0.5 * len(run) and sum(
                      1 for k in range(term + 1, i) if doc.stripped[k] and (
                          hits[k] is None or hits[k].category not in ("ads", "caption"))) <= 1):
                # two full paragraphs or more that the line model reads as the body, right below a
                # one-link "Read also" box (in inflected languages they need not repeat its words;
                # other stories' headline-and-summary lines run shorter)
                appended = False
            elif (len(run) == 1 and len(doc.toks[i]) >= 35 and mean_coh >= 0.35
                  and sum(1 for k in range(term + 1, i) if doc.stripped[k]) <= 1):
                appended = False  # a long paragraph on the body's subject right after a one-link box
            elif (not in_comments and p[i] >= 0.5 and coh[i] >= 0.2 and len(doc.toks[i]) >= 20
                  and sum(1 for k in range(term + 1, i) if doc.stripped[k] and (
                      hits[k] is None or hits[k].category not in ("ads", "caption"))) <= 2):
                # a box of one or two links inside the article ("Mehr zum Thema", "Te puede
                # interesar") with a paragraph on the body's subject right below it
                appended = False
        if appended and out[i].keep:
            out[i].remove("scorer.appended", "appended", max(0.6, 1.0 - p[i] * coh[i]),
                          f"after the heading {label!r} (line {term + 1}); "
                          f"shares {coh[i]:.0%} of its words with the body", strong=True)
        i += 1


def _answers(doc: Doc, hits: list[Rule | None], prose: list[bool], code: set[int], mask: list[bool],
             first_prose: int, out: list[Verdict], listed: set[int], min_words: int = 8, top: int = 0) -> None:
    """Below an answers heading ("5 Answers", rule ``comments.answers-heading``), the text of
    the answers (prose of ``min_words`` words or more, and code) is the page's content, past
    the comment links between answers, up to a related heading or the answer form. Vote
    counts, user cards and "Share" links stay furniture."""
    n = len(doc)
    head = next((i for i in range(min(top, first_prose + 1), n)
                 if hits[i] is not None and hits[i].id == "comments.answers-heading"), None)
    if head is None:
        return
    if head < first_prose:
        # the body run begins below the heading: the question is the prose above it
        for i in range(top, head):
            if doc.stripped[i] and _plain(hits[i]) and prose[i] and len(doc.toks[i]) >= min_words:
                out[i] = Verdict()
                mask[i] = True
                listed.add(i)
    for i in range(head + 1, n):
        r = hits[i]
        if r is not None and r.action == "terminate" and r.id != "comments.heading":
            break  # "Related questions", "Your Answer"
        if not doc.stripped[i] or not _plain(r):
            continue
        if (prose[i] and len(doc.toks[i]) >= min_words) or i in code:
            out[i] = Verdict()
            mask[i] = True
            listed.add(i)  # a one-line statement is not a low-content line


def _last_line(doc: Doc, i: int) -> bool:
    """No text follows line ``i``."""
    return not any(doc.stripped[k] for k in range(i + 1, len(doc)))


def _appended_share(doc: Doc, p: list[float], hits: list[Rule | None], mask: list[bool], prose: list[bool],
                    term: int, lo: int, hi: int) -> float:
    """Share of the characters of lines ``lo:hi`` that the terminator at ``term`` marks as appended."""
    trial = [Verdict() for _ in range(len(doc))]
    _appended(doc, p, hits, mask, prose, term, trial)
    total = sum(len(doc.stripped[i]) for i in range(lo, hi))
    gone = sum(len(doc.stripped[i]) for i in range(lo, hi) if not trial[i].keep)
    return gone / total if total else 0.0


def _weak_category(doc: Doc, i: int, where: str = "") -> str:
    s = doc.stripped[i]
    if s.endswith(("…", "...")):
        return "teaser"
    if where == "top":
        return "navigation"
    return "boilerplate"


def _blanks(doc: Doc, out: list[Verdict]) -> None:
    n = len(doc)
    prev_keep: list[bool | None] = [None] * n
    last: bool | None = None
    for i in range(n):
        prev_keep[i] = last
        if doc.stripped[i]:
            last = out[i].keep
    last = None
    for i in range(n - 1, -1, -1):
        if doc.stripped[i]:
            last = out[i].keep
            continue
        before, after = prev_keep[i], last
        if before is False or after is False:
            src = i - 1
            while src >= 0 and not doc.stripped[src]:
                src -= 1
            ref = out[src] if before is False else out[_next_nonblank(doc, i)]
            out[i].remove(ref.rule, ref.category, ref.score, "blank line next to removed text", ref.strong)


def _next_nonblank(doc: Doc, i: int) -> int:
    """The next non-blank line after ``i`` (the caller knows there is one)."""
    j = _nonblank(doc, i + 1, 1)
    assert j is not None
    return j
