"""List-shaped body text: lists that continue the article they touch.

A dump flattens lists and tables into short lines that read like furniture one by one
(menus and related-story boxes are short lines too). Two shapes mark a list as the
article's own: items numbered 1, 2, 3 ... right below the body (``extend_numbered_list``),
and items that share one opening shape, such as "June 9 - Arena, City", "Path A: ...",
table rows, bullets or recipe quantities (``list_signature``, ``extend_shaped_list``). A
list of that kind right below the headline is the article itself, even with no prose
around it (``list_below_headline``: a schedule, standings).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .rules import Rule
from .scorers import Doc


def plain(hit: Rule | None) -> bool:
    """No rule removes this line (an evidence-only rule may have matched)."""
    return hit is None or hit.action == "evidence"


_ITEM = re.compile(r"\s*(?:#\s?)?(\d{1,3})\s?[.):]\s+\S")


def item_number(line: str) -> int | None:
    m = _ITEM.match(line)
    return int(m.group(1)) if m else None


def extend_numbered_list(doc: Doc, hits: list[Rule | None], mask: list[bool], end: int, listed: set[int],
                 max_gap: int = 4) -> int:
    """Grow the body over a numbered list that follows it ("1) ...", "2) ...", ...).

    Menus and related-story boxes are not numbered in sequence; a list whose items count
    1, 2, 3 ... right below the body (after at most one lead-in line) is part of the article,
    with the lines between its items (descriptions, links).
    """
    n = len(doc)
    j, lead = end, 0
    while j < n and (not doc.stripped[j] or (lead < 1 and item_number(doc.stripped[j]) is None)):
        if doc.stripped[j]:
            lead += 1
        j += 1
    if j >= n or item_number(doc.stripped[j]) != 1:
        return end
    expect, last, i, between = 2, j, j + 1, 0
    while i < n and i - last <= max_gap + 1:
        k = item_number(doc.stripped[i]) if doc.stripped[i] else None
        if k == expect:
            between = max(between, sum(1 for x in range(last + 1, i) if doc.stripped[x]))
            expect, last = expect + 1, i
        elif hits[i] is not None and hits[i].action == "terminate":
            break
        i += 1
    if expect <= 3:  # fewer than three items in sequence
        return end
    stop = last + 1
    extra = 0
    while stop < n and extra < between and doc.stripped[stop] and plain(hits[stop]):
        stop, extra = stop + 1, extra + 1
    for x in range(end, stop):
        if plain(hits[x]):
            mask[x] = True
            listed.add(x)
    return stop


_SKELETON = re.compile(r"(\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?)|([^\W\d_]+(?:[-'’][^\W\d_]+)*\.?|_)|(\S)")


_BULLETS = "•*-–—·►▪◦"
_QUANTITY = re.compile(r"\s*(?:\d{1,3}(?:[.,/\-–]\d+)?(?:\s+\d/\d{1,2})?\s*[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])\s+([^\W\d_])")
_NUMBERS = re.compile(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)")


def list_signature(line: str) -> str | None:
    """The shape of a list item's opening: word and number classes up to the first separator.

    "June 9 -- Arena, City" and "July 30 -- Hall, Town" share ``w0-``; "Path A: ..." and
    "Path B: ..." share ``w:``; "Spain (Group F): ..." gives ``w(``; "• item" gives ``•``;
    a table row of three numbers or more gives its class sequence ("1 Ann Lee 5040 5 1" ``#0w0``);
    a quantity and a word ("2 cups flour", "½ tsp salt"; on a line of four words or fewer, also
    a capitalised word, as German nouns are: "1 TL Zimt", "1 Ei") give ``qty``.
    Lines with no separator (free-form headlines, menu words) have no signature.
    """
    q = _QUANTITY.match(line)
    if q and (q.group(1).islower() or len(line.split()) <= 4) and len(line.split()) <= 12:
        return "qty"  # "1 tsp cinnamon", "8-9 ripe pears, cored", "½ cup sugar", "1 TL Zimt"
    out: list[str] = []
    for m in _SKELETON.finditer(line):
        if m.group(1):
            if not out or out[-1] != "0":
                out.append("0")
        elif m.group(2):
            if not out or out[-1] != "w":
                out.append("w")
        else:
            mark = m.group(3)
            if mark in "'’\"“”":
                continue
            if not out and mark in _BULLETS:
                return mark  # a bulleted item: the bullet is the shape
            return "".join(out[:6]) + mark
    if len(line.split()) >= 4 and len(_NUMBERS.findall(line)) >= 3:
        return "#" + "".join(out[:6])  # a table row: "1 Kyle Busch 5040 5 1 17 27"
    return None


def _shapes(doc: Doc, hits: list[Rule | None], max_words: int) -> Callable[[int], str | None]:
    """Line -> its item shape (``list_signature``), memoised: the walks revisit lines."""
    shapes: dict[int, str | None] = {}

    def item(i: int) -> str | None:
        if i not in shapes:
            ok = plain(hits[i]) and 2 <= len(doc.toks[i]) <= max_words
            shapes[i] = list_signature(doc.stripped[i]) if ok else None
        return shapes[i]

    return item


def _walk(doc: Doc, hits: list[Rule | None], item: Callable[[int], str | None], i: int, step: int,
          max_gap: int, max_words: int) -> list[int]:
    """Lines from ``i`` in direction ``step`` sharing line ``i``'s signature. At most ``max_gap``
    other plain lines (a sub-heading, a result line) may separate two items, unless the shape
    is the generic "Label: value" (share and tag lines have it too)."""
    n = len(doc)
    sig = item(i)
    run: list[int] = []
    gap = 0
    allowed = max_gap if sig != "w:" else 0
    while sig is not None and 0 <= i < n:
        if doc.stripped[i]:
            if item(i) == sig:
                run.append(i)
                gap = 0
            elif gap < allowed and plain(hits[i]) and len(doc.toks[i]) <= max_words:
                gap += 1
            else:
                break
        i += step
    return run


def list_below_headline(doc: Doc, hits: list[Rule | None], mask: list[bool], headline: int, limit: int,
                        min_items: int = 5, max_lead: int = 3, max_lines: int = 12, max_words: int = 30,
                        max_gap: int = 2) -> tuple[int, int] | None:
    """A list that is the article itself: right below the headline (after rule-matched lines
    such as a date or a share row, lines in ``mask`` (the body so far, prose) and at most ``max_lead``
    plain lead-ins), ``min_items`` items or more of one shape, the first before line ``limit``.
    Returns the span from the first line below the headline that is kept to the last item."""
    item = _shapes(doc, hits, max_words)
    first = None
    lead = seen = 0
    for j in range(headline + 1, min(limit, len(doc))):
        if not doc.stripped[j]:
            continue
        seen += 1
        if seen > max_lines or (hits[j] is not None and hits[j].action == "terminate"):
            return None
        if not plain(hits[j]):
            continue
        if item(j) is not None:
            run = _walk(doc, hits, item, j, 1, max_gap, max_words)
            if len(run) >= min_items:
                return (j if first is None else first), run[-1] + 1
        if first is None:
            first = j
        if not mask[j]:
            lead += 1
            if lead > max_lead:
                return None
    return None


def extend_shaped_list(doc: Doc, hits: list[Rule | None], mask: list[bool], start: int, end: int,
                     listed: set[int], min_items: int = 3, max_words: int = 60, max_lead: int = 3,
                     max_gap: int = 3, top: int = 0, passable: frozenset[int] | set[int] = frozenset(),
                     max_gap_up: int = 2) -> tuple[int, int]:
    """Grow the body over a list of items that share one opening shape and touch the body.

    A schedule, a table flattened into lines or a list of groups ("Path A: ...", "Path B:
    ...") reads as furniture line by line, but its items share a shape that menus and
    headline lists do not. The list counts when it starts at the body's last line, right
    after it or after at most ``max_lead`` plain lead-in lines ("Tour dates:"), and runs for ``min_items``
    lines or more; upward, when ``min_items`` items or more sit right above the body. Going
    down, a sub-heading or result line may separate items (see ``_walk``); going up, at most
    ``max_gap_up`` ("Spice paste", "Salt to taste"). A line in ``passable`` (an inline link, an
    ad label) between the list and the sub-heading above the body does not hide the list.
    """
    n = len(doc)
    item = _shapes(doc, hits, max_words)

    def walk(i: int, step: int) -> list[int]:
        return _walk(doc, hits, item, i, step, max_gap if step > 0 else max_gap_up, max_words)

    def nonblank(i: int, step: int) -> int | None:
        while 0 <= i < n and not doc.stripped[i]:
            i += step
        return i if 0 <= i < n else None

    if end <= start:
        return start, end
    last = nonblank(end - 1, -1)
    begins = [last]
    i = nonblank(end, 1)
    while i is not None and len(begins) < 2 + max_lead:
        begins.append(i)
        if (hits[i] is not None and (hits[i].action == "terminate" or hits[i].category in ("byline", "social"))) \
                or len(doc.toks[i]) > 20:
            break  # a lead-in ("Ingredients", "Print") is short and opens no other section; a share row ends the article
        i = nonblank(i + 1, 1)
    for k, begin in enumerate(begins):
        if begin is None or begin < start:
            continue
        run = walk(begin, 1)
        # two bulleted items right below the body (no lead-in) are its own notes or list
        enough = 2 if k == 1 and (item(begin) or "") in tuple(_BULLETS) else min_items
        if len(run) >= enough and run[-1] >= end:
            for x in range(end, run[-1] + 1):
                mask[x] = True
                listed.add(x)
            end = run[-1] + 1
            break
    first = nonblank(start, 1)
    above = nonblank(start - 1, -1)
    # a sub-heading ("Instructions", "Zubereitung") may separate the list from the body below it,
    # and so may the first step's bare number ("1.")
    if above is not None and above > top and _STEP_MARK.fullmatch(doc.stripped[above]):
        above = nonblank(above - 1, -1)
    heading = above is not None and _is_heading(doc, hits, item, above)
    over_heading = nonblank(above - 1, -1) if heading and above > top else None
    headings = 1
    while over_heading is not None and over_heading > top and (over_heading in passable or (
            headings < 2 and _is_heading(doc, hits, item, over_heading))):
        # an inline link or an ad label between the list and the heading, or a second heading
        # ("Directions" above "Step 1")
        headings += over_heading not in passable
        over_heading = nonblank(over_heading - 1, -1)
    overs = [over_heading]
    # the list's last lines may have another shape ("Salt, pepper and a dash of vinegar"), and a
    # button line ("Add to shopping list") may sit below it
    for _ in range(max_gap_up + 2):
        k = overs[-1]
        if k is None or k <= top or not plain(hits[k]) or len(doc.toks[k]) > max_words:
            break
        overs.append(nonblank(k - 1, -1))
    for begin in (first, above, *overs):
        if begin is None or begin >= end:
            continue
        whole = [x for x in walk(begin, -1) if top <= x]
        run = [x for x in whole if x < start]
        if (begin == above and item(above) not in (None, "w:") and len(run) == 1
                and len([x for x in walk(above, 1) if x < end]) >= min_items):
            # the first of headings that recur through the body ("Step 1: ...", "Step 2: ...")
            for x in range(above, start):
                mask[x] = True
                listed.add(x)
            start = above
            break
        # items above the body: three, or two more of a list the body starts with ("Label:" needs three)
        if len(run) >= min_items or (len(run) >= 2 and len(whole) >= min_items and item(whole[0]) != "w:"):
            first_item = run[-1]
            over = nonblank(first_item - 1, -1)
            if over is not None and over >= top and _is_heading(doc, hits, item, over):
                first_item = over  # the list's own heading ("Ingredients")
            for x in range(first_item, start):
                mask[x] = True
                listed.add(x)
            start = first_item
            break
    return start, end


_STEP_MARK = re.compile(r"\d{1,2}[.)]?")


def _is_heading(doc: Doc, hits: list[Rule | None], item: Callable[[int], str | None], i: int) -> bool:
    """A short plain sub-heading: three words at most, no item shape, no final punctuation."""
    return (plain(hits[i]) and item(i) is None and 1 <= len(doc.toks[i]) <= 3
            and not doc.stripped[i].endswith((".", "!", "?")))
