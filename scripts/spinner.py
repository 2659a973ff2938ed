"""A seeded synonym-substitution "article spinner", to make spun test text for the spam checks.

It works like the cheap spinners that feed spam sites: word by word (and for a few multi-word
phrases), it replaces a word with a synonym with probability ``p``, blind to context. Its
substitution table has two parts, both separate from the detector's lexicon
(``rules/spam/spun.yaml``) and synonym map (``rules/spam/synonyms.tsv``):

- ``HAND``: a hand-written table of news vocabulary and phrases in the style of commercial
  spinners (``said`` -> ``stated``/``mentioned``/``remarked``..., ``last year`` -> ``final yr``...);
- ``WORDNET``: synonyms-by-frequency from WordNet 3.0 (the two most common senses of each word
  with a Zipf frequency >= 4.2; candidates ordered by wordfreq frequency), with regular
  inflections. The table is embedded below; ``python scripts/spinner.py build-table`` rebuilds it
  from a local WordNet (Debian package ``wordnet-base``) and wordfreq.

The output is deterministic for a given seed (``random.Random(seed)``; strings hash with
SHA-512, so the result is the same in every process).

    python scripts/spinner.py spin FILE [--seed 1] [--p 0.5] [--table both|hand|wordnet]
    python scripts/spinner.py build-table [--wordnet /usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WordNet licence:
permission to use, copy, modify and distribute for any purpose, with this notice.)
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# --- the hand table -------------------------------------------------------------------------------
# original -> replacements. Lowercase keys match any case of the first letter (capitalisation is
# carried over); keys with a capital letter match only that exact spelling (names of bodies).
HAND_TEXT = """
said: stated|mentioned|remarked|declared|noted|acknowledged|commented
says: states|mentions|remarks|declares|notes|comments
say: state|mention|remark|declare|notice
told: instructed|informed|advised|knowledgeable
tell: inform|instruct|advise
asked: requested|queried|questioned
ask: request|question|inquire
added: included|further|additionally mentioned
announced: introduced|declared|revealed|unveiled
announcement: declaration|proclamation|bulletin
statement: assertion|announcement|declaration|press release
according to: in accordance with|in line with|as per|based on
last year: final yr|previous yr|final year|past yr
last month: final month|previous month|past month
last week: final week|previous week|past week
next week: subsequent week|coming week|following week
next year: subsequent yr|coming yr|following yr
this year: this yr|the current yr
last: final|previous|past
next: subsequent|following|coming
year: yr|12 months
years: years|yrs|a long time
month: month-to-month interval|calendar month
percent: p.c|per-cent
per cent: p.c|%
million: million|mn
millions: thousands and thousands|hundreds of thousands
thousands: hundreds|1000's|1000s
hundreds: a whole lot|lots|tons
people: individuals|folks|persons|of us
person: particular person|individual|human
children: youngsters|kids|youngsters
child: little one|youngster|child
women: girls|ladies
men: males|gents
company: firm|agency|enterprise|corporation|outfit
companies: corporations|firms|companies|enterprises|outfits
firm: agency|company|enterprise
firms: companies|businesses|corporations
business: enterprise|enterprise|commerce|firm
businesses: companies|enterprises|organisations
technology: expertise|know-how|tech
technologies: applied sciences|methods|techniques
government: authorities|administration|regime
officials: officers|authorities|functionaries
official: officer|authority|functionary
department: division|section|unit
Department: Division|Section
News: Information|Information
country: nation|land|state
countries: nations|states|lands
world: world|globe|planet
worldwide: world wide|globally|internationally
international: worldwide|global|intercontinental
national: nationwide|nation-wide|domestic
local: native|regional|area
city: metropolis|city|town
market: market|marketplace|market
markets: markets|marketplaces
stock: inventory|share|equity
stocks: shares|equities|inventories
shares: shares|stakes|equities
price: value|worth|cost
prices: costs|prices|values
cost: value|price|expense
costs: prices|bills|expenses
sales: gross sales|revenues|turnover
customers: clients|prospects|shoppers
customer: buyer|consumer|shopper
consumers: customers|shoppers|buyers
investors: buyers|traders|backers
investment: funding|investing|capital
opportunities: alternatives|possibilities|prospects
opportunity: alternative|chance|likelihood
help: assist|support|aid
helped: assisted|aided|supported
show: present|exhibit|display
shows: reveals|exhibits|displays
showed: confirmed|revealed|displayed
found: discovered|located|situated
find: discover|locate|uncover
use: use|utilize|make use of
used: used|utilized|employed
using: utilizing|using|employing
get: get|obtain|acquire
got: received|obtained|acquired
make: make|create|produce
made: made|created|produced
take: take|seize|take hold of
took: took|seized|grabbed
give: give|present|provide
gave: gave|offered|supplied
need: want|require|need
needs: wants|requires|desires
want: need|wish|desire
wanted: needed|wished|desired
think: assume|suppose|believe
believe: consider|imagine|suppose
know: know|realize|perceive
leave: go away|depart|exit
left: left|departed|exited
start: begin|commence|launch
started: began|commenced|initiated
end: finish|finish|conclusion
ended: ended|concluded|completed
stop: cease|halt|cease
stopped: stopped|ceased|halted
try: attempt|strive|try
tried: tried|tried|attempted
keep: hold|preserve|maintain
kept: saved|stored|retained
move: transfer|shift|transfer
moved: moved|shifted|relocated
plan: plan|scheme|technique
plans: plans|schemes|strategies
issue: problem|situation|subject
issues: points|problems|considerations
problem: drawback|downside|challenge
problems: issues|issues|difficulties
important: vital|essential|necessary
major: main|primary|key
big: large|huge|massive
large: massive|giant|huge
small: small|little|tiny
new: new|novel|recent
old: previous|outdated|aged
high: excessive|high|elevated
low: low|decrease|minimal
early: early|early|premature
late: late|belated|tardy
good: good|wonderful|nice
bad: dangerous|unhealthy|poor
hard: arduous|tough|onerous
difficult: tough|troublesome|arduous
easy: simple|straightforward|effortless
fast: quick|speedy|fast
quickly: rapidly|shortly|swiftly
however: nonetheless|nevertheless|though
also: additionally|as well|likewise
because: as a result of|since|as
about: about|roughly|round
around: round|about|roughly
more than: greater than|in excess of|over
less than: lower than|fewer than|under
before: earlier than|prior to|ahead of
after: after|following|subsequent to
during: throughout|in the course of|all through
while: whereas|whilst|whereas
including: together with|comprising|counting
among: amongst|amid|between
despite: regardless of|in spite of|notwithstanding
due to: resulting from|attributable to|owing to
able to: in a position to|capable of|ready to
in order to: in an effort to|so as to|with a view to
as well as: in addition to|as well as|together with
no longer: now not|not|not anymore
at the time: on the time|then|at that moment
at the end of: on the finish of|on the end of|at the close of
at the same time: on the similar time|concurrently|simultaneously
in the: within the|in the|contained in the
on the: on the|upon the
health: well being|wellness|well-being
Health: Well being|Wellness
care: care|care|attention
hospital: hospital|clinic|infirmary
doctors: docs|medical doctors|physicians
patients: sufferers|patients|cases
disease: illness|illness|ailment
death: loss of life|demise|passing
deaths: deaths|fatalities|losses
killed: killed|slain|murdered
police: police|cops|law enforcement
court: court docket|courtroom|tribunal
judge: choose|decide|justice
law: legislation|regulation|statute
laws: legal guidelines|laws|statutes
legal: authorized|lawful|legit
security: safety|protection|security
safety: security|safety|protection
military: navy|armed forces|army
war: warfare|battle|conflict
attack: assault|attack|strike
attacks: assaults|strikes|raids
election: election|vote|ballot
campaign: marketing campaign|drive|crusade
party: get together|celebration|social gathering
Party: Social gathering|Get together
president: president|head of state
minister: minister|secretary
leader: chief|head|frontrunner
leaders: leaders|chiefs|heads
team: crew|workforce|staff
players: gamers|players|athletes
player: participant|player|athlete
game: recreation|sport|match
games: video games|matches|contests
goal: objective|aim|purpose
win: win|victory|triumph
won: received|gained|secured
fans: followers|supporters|admirers
season: season|campaign|term
film: movie|film|picture
show: present|programme|exhibit
series: collection|sequence|series
music: music|tunes
star: star|celeb|luminary
house: home|home|residence
home: house|residence|dwelling
family: household|family|kin
families: households|families
school: faculty|college|school
students: college students|pupils|learners
university: college|university|academy
data: knowledge|information|information
information: info|data|particulars
internet: web|net|on-line world
online: on-line|online|web-based
website: web site|site|web page
software: software program|applications|packages
computer: laptop|pc|computing machine
phone: cellphone|telephone|handset
phones: telephones|handsets
apps: apps|functions|purposes
app: app|utility|software
users: customers|users|subscribers
research: analysis|research|examine
study: examine|research|research
studies: research|analyses|investigations
scientists: scientists|researchers|specialists
experts: specialists|consultants|authorities
report: report|account|file
reports: stories|accounts|experiences
news: information|news|tidings
media: media|press|retailers
energy: power|vitality|vitality
climate: local weather|local weather|climate
weather: climate|weather|conditions
environment: atmosphere|setting|surroundings
water: water|h2o
food: meals|food|meals
oil: oil|petroleum|crude
gas: fuel|gasoline|gasoline
car: automobile|automotive|car
cars: vehicles|automobiles|autos
vehicles: autos|automobiles|vans
growth: development|progress|expansion
economy: financial system|economic system|economy
economic: financial|economic|fiscal
financial: monetary|financial|fiscal
money: cash|funds|money
bank: financial institution|bank|lender
banks: banks|lenders|monetary establishments
rate: fee|price|charge
rates: charges|charges|rates
interest rates: rates of interest|curiosity charges
jobs: jobs|positions|roles
workers: employees|staff|workers
employees: workers|staff|employees
staff: workers|employees|personnel
work: work|work|labour
worked: labored|labored|worked
working: working|operating|functioning
office: workplace|office|bureau
offices: places of work|workplaces|offices
services: providers|companies|services
service: service|service|assist
products: merchandise|products|items
product: product|merchandise|item
industry: trade|business|sector
industries: industries|sectors
community: neighborhood|group|group
group: group|group|collective
groups: teams|groups|collectives
public: public|public|common
private: personal|non-public|private
foreign: overseas|international|international
power: energy|energy|power
control: management|management|control
support: help|assist|backing
response: response|reply|response
decision: choice|resolution|determination
decisions: selections|choices|determinations
action: motion|action|exercise
activity: exercise|activity|motion
activities: actions|activities|pursuits
change: change|shift|alteration
changes: modifications|adjustments|adjustments
results: outcomes|results|findings
result: outcome|consequence|result
reason: purpose|motive|cause
way: means|method|approach
ways: methods|methods|approaches
process: course of|process|procedure
system: system|system|scheme
question: query|question|inquiry
questions: questions|queries|inquiries
answer: reply|response|answer
experience: expertise|experience|expertise
history: historical past|history|background
future: future|future|days ahead
past: previous|past|bygone
recent: current|latest|latest
recently: lately|just lately|not too long ago
currently: at present|presently|at the moment
already: already|by now|previously
often: usually|typically|regularly
usually: normally|often|sometimes
always: at all times|all the time|ever
still: nonetheless|nonetheless|still
almost: nearly|virtually|nearly
likely: doubtless|probably|seemingly
possible: potential|attainable|doable
available: obtainable|accessible|out there
different: totally different|completely different|varied
similar: comparable|related|related
several: a number of|quite a few|a variety of
many: many|quite a few|quite a lot of
most: most|majority of
each: every|each
every: each|every
other: different|different|other
another: one other|another
first: first|first|preliminary
second: second|second|second
final: remaining|last|ultimate
level: stage|degree|level
levels: ranges|ranges|levels
area: space|space|area
areas: areas|areas|zones
region: area|region|zone
site: web site|website|location
building: constructing|building|construction
buildings: buildings|buildings|constructions
street: avenue|road|road
Street: Avenue|Road
road: street|highway|street
fire: hearth|fireplace|blaze
shooting: taking pictures|capturing|firing
video: video|footage|clip
photo: picture|photograph|photograph
image: picture|image|picture
watch: watch|observe|view
look: look|look|glance
looking: wanting|trying|searching
seems: appears|seems|seems to be
seem: appear|seem|look
feel: really feel|sense|feel
felt: felt|sensed|skilled
hope: hope|hope|aspire
expected: anticipated|expected|predicted
expect: anticipate|count on|count on
continue: proceed|continue|keep on
continued: continued|continued|carried on
increase: improve|enhance|rise
increased: elevated|increased|rose
decline: decline|decline|drop
fell: fell|dropped|declined
rose: rose|rose|climbed
cut: minimize|reduce|lower
cuts: cuts|reductions|reductions
allow: permit|enable|let
allowed: allowed|permitted|enabled
include: embody|embrace|contain
includes: contains|consists of|consists of
provide: present|present|supply
provided: supplied|offered|offered
create: create|create|generate
created: created|created|generated
build: construct|construct|build
built: constructed|built|erected
buy: purchase|buy|acquire
bought: purchased|bought|acquired
sell: promote|sell|market
selling: promoting|selling|marketing
sold: offered|sold|bought
pay: pay|pay|remunerate
paid: paid|paid|remunerated
open: open|open|open up
opened: opened|opened|launched
close: shut|shut|close
closed: closed|shut|shut
agreed: agreed|agreed|concurred
agreement: settlement|settlement|deal
deal: deal|deal|settlement
issue: problem|situation|difficulty
risk: threat|danger|threat
risks: dangers|dangers|dangers
threat: menace|risk|threat
concern: concern|concern|fear
concerns: considerations|issues|worries
fear: worry|concern|dread
fears: fears|worries|issues
crisis: disaster|crisis|emergency
focus: focus|focus|give attention to
according: in accordance|in line
eliminate: get rid of|remove|do away with
tools: instruments|tools|devices
offices: workplaces|places of work|bureaus
giant: large|giant|big
influence: affect|influence|sway
decided: determined|decided|resolved
forced: compelled|pressured|obliged
"""

@dataclass(frozen=True)
class Substitution:
    """One replacement the spinner made: character span in the *output*, original and new text."""

    start: int
    end: int
    original: str
    replacement: str
    source: str


def _parse_table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, rest = line.partition(":")
        options = tuple(dict.fromkeys(o.strip() for o in rest.split("|") if o.strip() and o.strip() != key.strip()))
        if options:
            table[key.strip()] = table.get(key.strip(), ()) + options
    return table


@lru_cache(maxsize=4)
def load_table(which: str = "both") -> dict[str, tuple[str, ...]]:
    """The substitution table: ``hand``, ``wordnet`` or ``both`` (hand entries win)."""
    if which not in {"both", "hand", "wordnet"}:
        raise ValueError(f"unknown table {which!r}")
    table: dict[str, tuple[str, ...]] = {}
    if which in {"both", "wordnet"}:
        table.update(_parse_table(_WORDNET_TABLE))
    if which in {"both", "hand"}:
        table.update(_parse_table(HAND_TEXT))
    return table


_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|[^A-Za-z]+")
_SENT_END = re.compile(r"(?:[.!?][\"”’)]?\s+|\n\s*)$")


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def spin(
    text: str,
    seed: int | str = 0,
    p: float = 0.5,
    table: str = "both",
    reject: Callable[[str, str], bool] | None = None,
) -> tuple[str, list[Substitution]]:
    """Spin ``text``: each eligible word or phrase is replaced with probability ``p``.

    ``reject(original, replacement)`` can veto a substitution (to build test sets that avoid a
    given vocabulary). Returns the spun text and the list of substitutions made.
    """
    rng = random.Random(seed)
    subs = load_table(table)
    max_len = max((k.count(" ") + 1 for k in subs), default=1)
    toks = _TOKEN.findall(text)
    words = [i for i, t in enumerate(toks) if t[:1].isalpha()]
    out: list[str] = []
    made: list[Substitution] = []
    pos = 0  # position in the output
    wi = 0
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not tok[:1].isalpha():
            out.append(tok)
            pos += len(tok)
            i += 1
            continue
        prev = "".join(out[-2:]) if out else "\n"
        sentence_start = not out or bool(_SENT_END.search(prev))
        done = False
        for n in range(max_len, 0, -1):
            if wi + n > len(words):
                continue
            idx = words[wi:wi + n]
            if idx[-1] - idx[0] != 2 * (n - 1) or any(toks[j] != " " for j in range(idx[0] + 1, idx[-1], 2)):
                continue  # the phrase must be words separated by single spaces
            phrase = " ".join(toks[j] for j in idx)
            key = phrase if phrase in subs and not phrase[:1].islower() else None
            if key is None:
                low = phrase[:1].lower() + phrase[1:]
                if low in subs and (phrase[:1].islower() or sentence_start):
                    key = low
            if key is None:
                continue
            options = subs[key]
            if rng.random() >= p:
                break  # this position keeps its words (like a spinner skipping a word)
            choice = _match_case(phrase, options[rng.randrange(len(options))])
            if reject is not None and reject(phrase, choice):
                break
            out.append(choice)
            made.append(Substitution(pos, pos + len(choice), phrase, choice, "hand" if key in _HAND_KEYS else "wordnet"))
            pos += len(choice)
            i = idx[-1] + 1
            wi += n
            done = True
            break
        if not done:
            out.append(tok)
            pos += len(tok)
            i += 1
            wi += 1
    return "".join(out), made


_HAND_KEYS = frozenset(_parse_table(HAND_TEXT))


# --- building the WordNet table ---------------------------------------------------------------------
def _zipf_function() -> Callable[[str], float]:
    import wordfreq

    freqs = wordfreq.get_frequency_dict("en")

    def zipf(word: str) -> float:
        f = freqs.get(word, 0.0)
        return round(math.log10(f) + 9, 2) if f > 0 else 0.0

    return zipf


def read_wordnet(root: Path, pos: str) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Synsets (offset -> lemmas), index (lemma -> synset offsets, most frequent sense first) and
    irregular forms (base -> inflected forms) of one part of speech of a WordNet 3.0 database."""
    data: dict[str, list[str]] = {}
    for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.split()
        n = int(p[3], 16)
        data[p[0]] = [p[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(n)]
    index: dict[str, list[str]] = {}
    for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.split()
        index[p[0].replace("_", " ")] = p[-int(p[2]):]
    exc: dict[str, list[str]] = {}
    if (root / f"{pos}.exc").is_file():
        for line in (root / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            a = line.split()
            for base in a[1:]:
                exc.setdefault(base.replace("_", " "), []).append(a[0].replace("_", " "))
    return data, index, exc


def _suffixed(word: str, suffix: str) -> list[str]:
    consonant_y = word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou"
    if suffix == "s":
        if word.endswith(("s", "x", "z", "ch", "sh")):
            return [word + "es"]
        return [word[:-1] + "ies"] if consonant_y else [word + "s"]
    if suffix == "ed":
        if word.endswith("e"):
            return [word + "d"]
        return [word[:-1] + "ied"] if consonant_y else [word + "ed", word + word[-1] + "ed"]
    if word.endswith("ie"):
        return [word[:-2] + "ying"]
    if word.endswith("e") and not word.endswith("ee"):
        return [word[:-1] + "ing"]
    return [word + "ing", word + word[-1] + "ing"]


def inflections(lemma: str, pos: str, exc: dict[str, list[str]], zipf: Callable[[str], float]) -> dict[str, list[str]]:
    """Surface forms of a WordNet lemma by tag (``base``, ``s``, ``ed``, ``ing``), checked against
    wordfreq (a regular form must be a known word); irregular forms come from WordNet's ``.exc``."""
    forms = {"base": [lemma]}
    words = lemma.split(" ")
    head, rest = (words[0], words[1:]) if pos == "verb" else (words[-1], words[:-1])

    def join(h: str) -> str:
        return " ".join([h, *rest]) if pos == "verb" else " ".join([*rest, h])

    for tag in {"noun": ["s"], "verb": ["s", "ed", "ing"]}.get(pos, []):
        cands: list[str] = []
        irregular = exc.get(head, [])
        if irregular and tag == "ed":
            cands = [f for f in irregular if not f.endswith("ing")]
        elif irregular and pos == "noun":
            cands = list(irregular)
        if not cands:
            cands = [f for f in _suffixed(head, tag) if zipf(f) >= 1.5][:1]
        if cands:
            forms[tag] = [join(c) for c in cands]
    return forms


POS = ("noun", "verb", "adj", "adv")


def build_wordnet_table(root: Path, min_zipf: float = 4.2, senses: int = 2, per_word: int = 4) -> dict[str, list[str]]:
    """Synonyms-by-frequency: for each frequent word, synonyms from its first ``senses`` senses
    that are known words (Zipf >= 2) and not far more frequent, most frequent first."""
    zipf = _zipf_function()
    stop = set((Path(__file__).resolve().parent.parent / "rules/stopwords/en.txt").read_text(encoding="utf-8").split())
    table: dict[str, list[str]] = {}
    for pos in POS:
        data, index, exc = read_wordnet(root, pos)
        for lemma, offsets in index.items():
            if " " in lemma or not lemma.isalpha() or len(lemma) < 3 or lemma in stop or zipf(lemma) < min_zipf:
                continue
            lf = inflections(lemma, pos, exc, zipf)
            syns: list[str] = []
            for off in offsets[:senses]:
                for s in data[off]:
                    if s != lemma and s.islower() and s.replace(" ", "").isalpha() and s.count(" ") <= 1 and s not in syns:
                        syns.append(s)
            for s in syns:
                for tag, forms in inflections(s, pos, exc, zipf).items():
                    if tag not in lf:
                        continue
                    for orig in lf[tag]:
                        if orig in stop:
                            continue
                        z = zipf(orig)
                        for f in forms:
                            if 2.0 <= zipf(f.split(" ")[0]) and zipf(f) <= z + 0.3 and f != orig:
                                table.setdefault(orig, [])
                                if f not in table[orig]:
                                    table[orig].append(f)
    for opts in table.values():
        opts.sort(key=lambda w: -zipf(w))
        del opts[per_word:]
    return dict(sorted(table.items()))


def _write_table(table: dict[str, list[str]]) -> None:
    me = Path(__file__)
    src = me.read_text(encoding="utf-8")
    body = "\n".join(f"{k}: {'|'.join(v)}" for k, v in table.items())
    start = src.index(_MARK_START)
    end = src.index(_MARK_END)
    new = f'{_MARK_START} (generated by build-table)\n_WORDNET_TABLE = """\n{body}\n"""\n'
    me.write_text(src[:start] + new + src[end:], encoding="utf-8")


_MARK_START = "# --- WORDNET " + "TABLE START"
_MARK_END = "# --- WORDNET " + "TABLE END"


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("spin", help="spin a text file to stdout")
    s.add_argument("file")
    s.add_argument("--seed", default="0")
    s.add_argument("--p", type=float, default=0.5)
    s.add_argument("--table", default="both", choices=["both", "hand", "wordnet"])
    b = sub.add_parser("build-table", help="rebuild the embedded WordNet table")
    b.add_argument("--wordnet", default="/usr/share/wordnet")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if args.cmd == "spin":
        text = Path(args.file).read_text(encoding="utf-8")
        out, made = spin(text, args.seed, args.p, args.table)
        sys.stdout.write(out)
        print(f"\n# {len(made)} substitutions", file=sys.stderr)
        return 0
    table = build_wordnet_table(Path(args.wordnet))
    _write_table(table)
    print(f"{len(table)} entries", file=sys.stderr)
    return 0


# --- WORDNET TABLE START (generated by build-table)
_WORDNET_TABLE = """
abandoned: deserted|derelict
abc: alphabet|first rudiment|first principle
abcs: alphabets|rudiments|first rudiments|first principles
able: capable
abortion: miscarriage
abortions: miscarriages
above: supra|higher up
abroad: overseas|afield
absolute: rank|sheer|downright
absolutely: dead|perfectly|utterly
abuse: insult|misuse|pervert|maltreatment
abused: stepped|perverted|mistreated|misused
abuses: insults|perverts|misuses|mistreats
abusing: misusing|mistreating|perverting
academic: academician|faculty member
academics: academicians|faculty members
academies: honorary societies
academy: honorary society
accepted: recognized|recognised
accepts: haves
access: admission|accession|admittance|entree
accessed: got at|gotten at
accesses: entrees|accessions|gets at
accessing: geting at
accident: stroke|chance event
accidentally: unexpectedly|incidentally|by chance
accidents: strokes|chance events
accompanied: attended
account: story|history|report|calculate
accounted: calculated
accounting: calculating
accounts: stories|reports|histories|chronicles
accurate: exact|precise
achieve: accomplish|attain
achieved: accomplished|attained
achievement: accomplishment
achievements: accomplishments
achieves: accomplishes|attains
achieving: accomplishing|attaining
acid: bitter|dose|dot|superman
acids: doses|dots|panes|back breakers
across: crosswise
act: move|behave|deed|enactment
acted: behaved
acting: moving|performing|behaving
action: process|activity|sue|accomplish
actioned: carried through|carried out
actions: activities|processes|executes|sues
active: fighting|active agent|active voice
actives: active agents|active voices
activities: actions
actor: worker|doer|thespian|role player
actors: doers|thespians|role players
acts: moves|deeds|dos|behaves
actual: existent
actually: in reality
add: supply|append
added: supplied|appended
adding: supplying|appending
addition: improver
additional: extra
additionally: to boot
address: speak|reference|computer address|turn to
addresses: speaks|references|computer addresses|turns to
addressing: turning to
addrest: turned to
adds: supplies
administration: organization|establishment|organisation|governance
administrations: disposals|governing bodies
admit: acknowledge|allow in|let in
admits: acknowledges|allows in|lets in
admitted: acknowledged|allowed in
admitting: acknowledging|allowing in|letting in
adopted: adoptive
adult: grown|pornographic|grownup|fully grown
adults: grownups
advance: progress|advanced|improvement|progression
advanced: progressed|passed on|moved on|marched on
advances: improvements|progresses|progressions|passes on
advancing: progressing|passing on|moving on|marching on
advantage: vantage
adventure: venture|stake|hazard|gamble
adventured: taken chances|took chances
adventures: risks|stakes|ventures|hazards
adventuring: jeopardizing|chancing|taking chances
advertising: ad|advertisement|advert|publicizing
advocate: counsel|urge|counselor|preach
advocated: preached
advocates: recommends|urges|proponents|counselors
advocating: preaching|urging|recommending
affair: involvement|intimacy|liaison|amour
affairs: matters|affaires|liaisons|involvements
affect: bear upon|bear on|touch on
affected: touched|impacted|unnatural|bore upon
affecting: touching|impacting|bearing upon|bearing on
affects: impacts|touches|bears upon|bears on
afford: yield
afforded: yielded
afternoon: good afternoon
afternoons: good afternoons
afterwards: subsequently|afterward|later on
age: mature|historic period|get on
aged: elderly|matured|got on|gotten on
agencies: authorities|offices|bureaux|federal agencies
agency: authority|bureau|federal agency|government agency
agenda: docket
agendas: dockets
ages: matures|historic periods|gets on
aging: maturing|geting on
agree: hold|concord|concur
agreed: concurred|in agreement
agreeing: concurring
agreement: understanding|correspondence
agreements: understandings|correspondences
agrees: concurs
agricultural: farming|agrarian
agriculture: farming|husbandry|agribusiness|factory farm
ahead: forward|leading|in front
aid: assistance|assist
aids: assists
aim: object|objective|intention|intent
aimed: purported|purposed|taken aim|took aim
aiming: directing|proposing|purporting|taking aim
aims: purposes|objects|designs|targets
air: air out
aired: aerated|aired out
airing: airing out
airport: aerodrome
airports: aerodromes
airs: airs out
alarm: alert|dismay|consternation|horrify
alarmed: horrified|alerted|appalled|dismayed
alarming: appalling|horrifying|alerting
alarms: alerts|warning devices|alarm systems
album: record album
albums: record albums
alcohol: alcoholic drink|alcoholic beverage
alcohols: intoxicants|alcoholic drinks|alcoholic beverages
alert: alarm|lively|merry|spanking
alerted: alarmed
alerts: alarms|qui vives
alexander: black lovage|horse parsley
alien: unknown|stranger|exotic|foreigner
aliens: strangers|foreigners|unknowns|alienates
alliance: bond|confederation
alliances: confederations
allow: permit|countenance
allowed: permitted
allowing: letting|permitting
allows: lets|permits
almost: near|nearly|virtually|nigh
alone: entirely|solo|lonely|exclusively
alongside: aboard
alright: all right|very well
alternative: option|substitute|alternate
amateur: recreational|unpaid|unskilled|amateurish
amazing: awesome|awful|astonishing
amazon: virago
amount: total|sum|add up
amounted: numbered|totalled|added up
amounting: totaling|numbering|adding up
amounts: sums|totals|adds up
analysis: analytic thinking
ancient: antediluvian
android: humanoid|mechanical man
androids: humanoids|mechanical men
angel: saint|holy man|holy person
angels: saints|holy men|holy persons
anger: ire|see red
angered: saw red|seen red
angering: seeing red
angers: sees red
angle: tip|lean|tilt|slant
angled: tilted|slanted|leant
angles: leans|tilts|slants
angling: tilting|slanting
angry: wild|furious|raging|tempestuous
animal: beast|creature|fauna|brute
animals: creatures|beasts|brutes|animate beings
anime: gum anime
animes: gum animes
announce: declare|denote
announced: declared|proclaimed|denoted
announcement: declaration|proclamation|annunciation|promulgation
announcements: declarations|proclamations
announces: declares|denotes
announcing: declaring|denoting
annoying: irritating|teasing|irritation|annoyance
annual: yearly|yearbook
annuals: yearbooks
answer: result|response|solution|resolution
answered: replied|responded
answering: responding|replying
answers: solutions|responses|replies|responds
anymore: any longer
anyway: anyways|anyhow
anywhere: anyplace
apart: aside|isolated|obscure
apartment: flat
apartments: flats
apparent: plain|patent|evident|manifest
apparently: obviously|plain|seemingly|evidently
appeal: prayer|charm|invoke
appealed: invoked
appealing: invoking
appeals: prayers|charms|invokes|entreaties
appear: seem
appearance: visual aspect
appearances: visual aspects
appeared: looked|seemed
appearing: seeming
application: practical application
applications: practical applications
applied: employed|utilized|utilised|gone for
applies: employs|utilizes|utilises|gos for
apply: employ|utilize|utilise|go for
applying: employing|utilizing|utilising|going for
appointment: engagement|assignment|naming|designation
appointments: assignments|engagements|designations
appreciate: take account
appreciated: taken account|took account
appreciates: takes account
appreciating: taking account
approach: attack|approaching|come on|go up
approached: neared|came on|gone up|went up
approaches: nears|comings|comes on|gos up
approaching: nearing|coming on|going up|drawing near
appropriate: reserve|capture|seize|conquer
appropriated: earmarked
appropriates: earmarks|sets aside
appropriating: reserving|setting aside
approval: blessing|approving
approved: sanctioned
approximately: roughly|close to|just about|or so
arc: curve|arch|spark|discharge
arcing: arching
arcs: arches|discharges|electric arcs|electric discharges
area: country
areas: countries
arena: domain|orbit|sphere
arenas: spheres|orbits
argue: debate|fence|contend
argued: debated|reasoned|fenced|contended
argues: debates|fences|contends
arguing: controversy|reasoning|contention|debating
argument: controversy|arguing|contention|tilt
arguments: statements|controversies|tilts|contentions
arm: branch|limb|fortify|gird
armed: fortified|built up
armies: regular armies
arming: fortifying|building up
arms: branches|limbs|weaponry|munition
army: regular army|ground forces
arrangements: agreements
arrest: contain|cop|nail|collar
arrested: stopped|checked|contained|nailed
arresting: coping|nailing|apprehending|stoping
arrests: nails|catches|collars|halts
arrival: reaching
arrive: make it|get in|go far
arrived: gotten|made it|got in|gotten in
arrives: makes it|gets in|gos far
arriving: geting|making it|geting in|going far
arsenal: armory|armoury
arsenals: armories
art: fine art|artistic creation|artistic production
artificial: unreal|contrived|hokey|stilted
artist: creative person
artists: creative persons
arts: humanities|fine arts|artistic creations|artistic productions
aside: parenthesis|digression
asides: digressions
ask: inquire|enquire
asked: inquired|enquired
asking: request|inquiring|enquiring
asks: inquires|enquires
asleep: numb
aspect: facet
aspects: facets
ass: behind|bottom|seat|rear
assault: rape|outrage|violate|dishonor
assaulted: violated|outraged|dishonored|assailed
assaulting: raping|ravishing|setting on
assaults: violates|rapes|outrages|sets on
assemblies: fabrications
assembly: fabrication
asses: cans|tails|butts|bottoms
assessment: appraisal
assessments: appraisals
assets: pluses
asshole: bastard|motherfucker|prick|arse
assholes: shits|bastards|motherfuckers|pricks
assist: assistance
assistance: aid|assist
assistant: supporter|helper|adjunct
assistants: helpers
assisted: aided
assisting: aiding
assists: aids
associate: familiar|connect|relate|companion
associated: related|connected|linked|affiliated
associates: connects|fellows|relates|companions
associating: consorting|tying in|linking up
assume: adopt|presume|take on|take over
assumed: false|adopted|presumed|pretended
assumes: adopts|presumes|takes on|takes over
assuming: adopting|presumptuous|presuming|taking on
atmosphere: atm|ambience|ambiance|standard atmosphere
atmospheres: atms|standard atmospheres|standard pressures
attached: connected|affiliated
attack: round|assault|onset|onslaught
attacked: rounded|assaulted|assailed|sniped
attacking: rounding|assaulting|sniping|lashing out
attacks: rounds|assaults|snipes|lashes out
attempt: attack|effort|seek|essay
attempted: sought|undertaken|undertook|assayed
attempting: undertaking|setting about
attempts: efforts|attacks|tries|seeks
attend: go to|take care
attended: accompanied|gone to|went to|taken care
attending: attendance|going to|taking care
attends: gos to|takes care
attention: aid|attending|tending
attitude: posture|mental attitude
attitudes: postures|mental attitudes
attorney: lawyer
attract: pull in|draw in
attracted: drawn|drew|appealed|pulled in
attracting: appealing|pulling in|drawing in
attracts: pulls in|draws in
auction: auctioneer|auction bridge|auction sale|auction off
auctioned: auctioned off
auctioning: auctioning off
auctions: auctioneers|auction bridges|auction sales|auctions off
audio: audio frequency
audios: audio frequencies
august: grand|revered|venerable|lordly
author: source|writer|generator
authorities: regime|authorizations
authority: dominance|authorization|potency|authorisation
authors: writers|generators
auto: automobile|motorcar
automatic: robotic|automatic rifle|machine rifle|automatic pistol
automatically: mechanically
automatics: automatic rifles|machine rifles|automatic pistols
autos: motorcars
available: uncommitted
avenue: boulevard
avenues: boulevards
average: ordinary|norm|average out
averaged: averaged out
averages: norms|averages out
averaging: averaging out
avoid: deflect|avert|obviate|head off
avoided: deflected|averted|headed off|stove off
avoiding: deflecting|averting|heading off|staving off
avoids: deflects|heads off|staves off|fends off
award: present|honor|grant|honour
awarded: granted
awarding: granting
awards: presents|grants|honors|honours
aware: mindful|cognizant
awareness: consciousness|sentience|cognizance
away: forth
awesome: amazing|awful
awful: terrible|painful|terribly|horrific
babied: coddled
babies: infants|babes|spoils|indulges
baby: babe|infant|spoil|indulge
background: downplay|play down
backgrounds: downplays|plays down
backing: mount|backup|patronage
backup: substitute|reliever|backup man
backups: substitutes|reliefs|relievers|backup men
bad: big|badly|badness
badly: ill|severely|poorly|gravely
baker: bread maker
bakers: bread makers
ball: musket ball
balls: musket balls
ban: prohibition|censor
band: ring|circle
banded: rung
bands: rings|circles
bang: belt|knock|blast|smash
banged: slammed
banging: slamming
bangs: belts|slams|knocks|blasts
bani: prohibitions
bank: banking concern|banking company
banks: banking concerns|banking companies
banned: prohibited|censored
banning: censoring
bans: censors
bar: block|exclude|blockade|saloon
barely: hardly|scarce|scarcely|scantily
baring: blockading|stoping|blocking off|blocking up
barred: excluded|barricaded|blockaded|blocked off
bars: blocks|stops|excludes|barricades
base: ground|foot|foundation|establish
baseball: baseball game
baseballs: baseball games
based: established|founded|grounded
bases: grounds|foundations|establishes|cornerstones
basic: staple|canonical
basically: essentially|fundamentally
basics: staples
basing: grounding
basis: base|foundation|footing|cornerstone
basketball: hoops|basketball game
basketballs: basketball games
bass: bass part
basses: bass parts
bat: flutter
bath: bathe
bathroom: bath|toilet|privy|lavatory
bathrooms: johns|cans|baths|toilets
baths: bathes
bats: flutters
batted: fluttered
batteries: electric batteries
battery: electric battery
battle: fight|conflict|struggle|combat
battles: fights|conflicts|struggles|engagements
battling: combating
bay: quest
baying: questing
bays: quests
bear: birth|deliver|give birth
bearing: aim|heading|delivering|birthing
bearings: headings
bears: delivers|births|haves|gives birth
beast: wolf|creature|savage|fauna
beasts: wildcats|savages|brutes|animate beings
beat: dead|round|shell|crush
beaten: crushed|shelled|vanquished|trounced
beating: crushing|licking|whipping|shelling
beats: rounds|shells|pulses|crushes
beauties: peaches|sweethearts|knockouts|lookers
beauty: dish|peach|sweetheart|knockout
became: gone|turned|gotten
become: turn
becomes: turns|gos
becoming: turning|decent|comely|geting
bedroom: chamber|bedchamber|sleeping room|sleeping accommodation
bedrooms: sleeping rooms|sleeping accommodations
beef: crab|grouse|holler|gripe
beefed: bitched|hollered
beefing: hollering|griping|squawking|crabbing
beefs: gripes|hollers
began: gotten|commenced|got down|gotten down
begin: commence|get down|start out|set about
begining: geting|geting down|starting out|setting about
beginning: offset|commencement|outset|kickoff
beginnings: firsts|offsets|kickoffs|showtimes
begins: starts|commences|gets down|starts out
begun: gotten|commenced|got down|gotten down
behavior: conduct|behaviour|doings
behaviors: conducts|behaviours
behaviour: conduct|demeanor|demeanour|deportment
behaviours: conducts
behind: ass|bottom|seat|rear
behinds: rears|arses|sterns|backsides
belief: impression|notion
beliefs: opinions|impressions|notions
believe: consider|conceive
believed: conceived
believes: considers|conceives
believing: conceiving
bell: buzzer|doorbell
bells: buzzers
below: beneath
belt: belt out
belted: belted out
belting: belting out
belts: belts out
bench: terrace
benches: terraces
benefit: gain|profit|welfare|do good
benefiting: profiting|doing good
benefits: profits|gains|dos good
benefitted: profited|did good|done good
besides: likewise|as well
bet: stake|stakes|wager
bets: stakes|wagers
betting: wagering
bid: command|tender|bidding|dictation
biding: tendering
bids: commands|tenders
bigger: larger
bike: cycle|wheel|motorcycle|bicycle
bikes: cycles|motorcycles|bicycles|pedals
biking: wheeling|bicycling|pedaling
bill: account|charge|measure|invoice
billies: billy clubs|billy goats
billion: trillion|zillion|gazillion
billions: trillions|zillions
bills: accounts|charges|measures|invoices
billy: baton|truncheon|billy club|billy goat
biological: biologic
biology: biological science
bird: fowl
birding: birdwatching
birds: fowls
birth: bear|deliver|nativity|give birth
birthday: natal day
birthdays: natal days
birthed: gave birth|given birth
birthing: giving birth
births: delivers|haves|gives birth
bit: spot|chip|burnt|scrap
bitch: beef|cunt|crab|grouse
bitched: beefed|hollered
bitches: crabs|cunts|gripes|beefs
bitching: hollering|beefing|griping|squawking
bite: burn|sting|morsel
bites: stings|morsels
biting: stinging
bits: spots|chips|scraps|flakes
bitten: stung
bitter: bitterness|bitterly|acrimonious
black: blackness|blacken|total darkness|pitch blackness
blacked: blackened
blacking: blackening
blame: fault|blessed|rap|goddamn
blamed: faulted|found fault
blames: faults|raps|finds fault
blaming: faulting|finding fault
blast: boom|bang|nail|smash
blasted: nailed|boomed|blared
blasting: smashing|booming|nailing|blaring
blasts: bangs|eruptions|smashes|booms
blessed: blest
block: bar|blockade|embarrass|hinder
blocked: embarrassed|barred|plugged|hindered
blocking: embarrassing|obstructing|baring|hindering
blocks: bars|stops|barricades|hinders
blog: web log
blogs: web logs
bloody: crashing|flaming|blooming|blinking
blow: bump
blown: winded
blows: bumps
blue: bluish
blues: vapors|vapours|blue devils
board: room|plank|get on
boarded: roomed|got on|gotten on
boarding: rooming|geting on
boards: rooms|planks|gets on
boat: gravy boat|gravy holder
boats: gravy boats|gravy holders
bob: shilling|bobsled
bobs: shillings
bodied: personified
bodies: personifies|organic structures|physical structures
body: personify|organic structure|physical structure
bold: boldface|bold face
bomb: fail|bombard|flunk|bomb calorimeter
bombed: bombarded|flunked|flushed it
bombing: failing|bombarding|flushing it
bombs: fails|bombards|flushes it
bond: stick|tie|bind|attach
bonded: adhered|held fast|stuck to
bonding: tying|attaching|adhering|holding fast
bonds: ties|sticks|binds|attaches
bone: drum|os|cram|swot
boned: drummed|ground away|boned up|got up
bones: drums|ora|castanets|clappers
boning: grinding away|boning up|geting up|mugging up
bonus: incentive
bonuses: incentives
book: hold|volume|reserve
booked: reserved
booking: reserving
books: holds|reserves|volumes
boom: blast|nail|thunder|smash
booming: smashing|blasting|nailing
booms: smashes|roars|thunders
boost: hike|encouragement|cost increase|hike up
boosted: hiked|hiked up
boosting: hiking up
boosts: hikes|cost increases|hikes up
border: ring|bound|margin|skirt
bordered: rung|skirted
bordering: ringing|skirting|bounding
borders: rings|margins|bounds|skirts
bore: birthed|gave birth|given birth
bored: blase
boring: dull|drilling|tedious|tiresome
borings: oil productions
born: natural|delivered|innate|birthed
borne: birthed|gave birth|given birth
boss: stamp|foreman|brag|gaffer
bosses: chiefs|stamps
bossing: embossing
bother: devil|gravel|fuss|hassle
bothered: annoyed|troubled|irritated|ragged
bothering: raging|irritating|troubling|chafing
bothers: pains|devils|rags|annoys
bottom: underside
bottoms: undersides
bought: purchased|corrupted|bribed
bound: edge|border|jump|boundary
bounded: sprung|bordered|sprang|leapt
bounding: springing
bounds: jumps|leaps
bow: submit|defer|accede|bow down
bowed: deferred|acceded|bowed down|gave in
bowing: deferring|bowing down|giving in
bowl: trough
bowls: troughs
bows: submits|defers|bows down|gives in
box: package|loge
boxed: packaged
boxes: packages
boxing: packaging
boy: male child
boyfriend: fellow|beau|swain|young man
boyfriends: beaux|young men
boys: male children
brain: wit|mentality|brainpower|learning ability
brains: wits|mentalities|learning abilities|mental capacities
branch: separate|arm|fork|subdivision
branched: forked
branches: separates|forks|subdivisions
branching: forking
brand: mark|denounce|marque|stigmatize
branded: denounced|stigmatized|stigmatised
branding: marking|denouncing|stigmatizing
brands: marks|marques|denounces|trade names
brave: hardy|endure|courageous|fearless
braved: braved out
braves: endures|weathers|braves out
braving: braving out
brazil: brazil nut
brazils: brazil nuts
bread: sugar|scratch|dough|lettuce
breads: cabbages|lollies|loots|lettuces
break: separate|interrupt|interruption|good luck
breaking: separating|interrupting|breakage|splitting up
breaks: separates|interruptions|interrupts|good lucks
breast: chest|summit|tit|boob
breasts: tits|boobs|titties|chests
breathing: ventilation|respiration|external respiration
brethren: blood brethren
bridge: span|bridge circuit|bridge over
bridged: bridged over
bridges: spans|bridge circuits|bridges over
bridging: bridging over
brief: legal brief
briefly: shortly|concisely|in brief|in short
briefs: legal briefs
bright: brilliant|vivid|brilliantly|brightly
brilliant: superb|brainy
bring: convey
bringing: delivery|conveying
brings: conveys
broad: extensive|blanket|encompassing
broadcast: programme|beam|transmit
broadcasting: airing|transmitting|beaming
broadcasts: beams|airs|transmits
broke: separated|bust|interrupted|skint
broken: separated|interrupted|fallen apart|fell apart
bronze: tan
bronzes: tans
brother: blood brother
brought: taken|conveyed
brown: brownish|browned
brush: thicket|copse|coppice
brushes: thickets
buddies: pals|brethren|cronies|chums
buddy: pal|sidekick|chum|crony
bug: tap|tease|intercept|badger
bugged: teased|beleaguered|pestered|wiretapped
bugging: taping|intercepting|wiretapping|pestering
bugs: taps|badgers|glitches|teases
build: form|figure|progress|shape
building: making|construction|constructing|progressing
buildings: constructions|edifices
builds: frames|shapes|progresses|constructs
built: constructed|reinforced|progressed|built up
bull: bruiser|bull through
bullet: slug|bullet train
bullets: slugs|bullet trains
bulls: bulls through
bullshit: fake|crap|bull|horseshit
bunch: crowd|crew|gang|cluster
bunched: clumped|bunched together|bunched up
bunches: clumps|bunches together|bunches up
bunching: clumping|bunching together|bunching up
burden: loading|saddle|onus|encumbrance
burdened: saddled|weighted down
burdening: saddling|weighting down
burdens: saddles|loadings|weights down
bureau: chest|dresser|federal agency|government agency
bureaux: federal agencies|government agencies
buried: interred
burn: burning|tan|glow|sunburn
burned: burnt
burning: burn|firing|glowing|combustion
burns: fires|glows|tans|burnings
burnt: glowed|burnt down
bus: coach|omnibus|passenger vehicle|bus topology
bush: shrub
bushes: shrubs
business: concern|business concern|business organization|business organisation
businesses: concerns|business concerns|business organizations|business organisations
busses: passenger vehicles|bus topologies
busy: occupy|fussy
butt: bunt|abut|butt end|butt against
butted: adjoined|butted against|butted on
butting: abutting|butting against|butting on
button: push|push button
buttons: pushes|push buttons
butts: marches|adjoins|abuts|butt ends
buy: purchase|steal|corrupt|bargain
buying: purchasing|bribing|corrupting
buys: purchases|steals|bribes|bargains
bye: goodbye|adieu|adios|sayonara
byes: goodbyes|cheerios|good days|so longs
cable: wire|telegraph|overseas telegram|transmission line
cabled: telegraphed
cables: wires|telegraphs|overseas telegrams|transmission lines
cabling: telegraphing
cake: coat|patty
cakes: coats|patties
call: name|phone call|telephone call
called: named
calling: career|naming|vocation
callings: vocations
calls: names|phone calls|telephone calls
calm: quiet|steady|serene|composure
calmed: lulled|quieted|steadied|stilled
calming: steadying|quieting|lulling|calming down
calms: stills|lulls|quiets|calm airs
camera: photographic camera|television camera|tv camera
camerae: photographic camerae|television camerae|tv camerae
camp: tent|encampment|campy|cantonment
campaign: fight|press|drive|movement
campaigned: agitated
campaigning: agitating|crusading
campaigns: movements|drives|fights|pushes
camped: encamped|tented|camped out|camped down
camping: camping out|camping down
camps: tents|encampments|camps out|camps down
canal: duct|epithelial duct
canals: ducts|epithelial ducts
candidate: prospect|nominee|campaigner
candidates: prospects|nominees|campaigners
candies: glazes
candy: glaze|sugarcoat
cant: pitch|tilt|slant|camber
canted: canted over
cap: crest
capacity: capability
cape: mantle|ness
capes: mantles
capital: working capital
capitals: working capitals
capped: crested
capping: cresting
caps: crests
captain: skipper
captains: skippers
capture: entrance|charm|seizure|trance
captured: fascinated|enchanted|charmed|captivated
captures: catches|seizures|charms|entrances
capturing: captivating|enchanting|beguiling|bewitching
car: machine|auto|automobile|motorcar
carbon: carbon paper
carbons: carbon papers
card: tease|identity card
cards: teases|identity cards|card game
care: attention|aid|caution|precaution
cared: gave care|given care
career: calling|vocation|life history
careers: vocations|callings|life histories
carefully: cautiously
cares: aids|precautions|cautions|attentions
caring: giving care
carried: packed|transported
carrier: bearer
carriers: bearers
carries: packs|transports
carry: transport|pack
carrying: packing|transporting
cars: machines|automobiles|autos|railcars
case: example|event|instance|incase
cases: events|examples|instances
cash: hard cash|hard currency|immediate payment|cash in
cashed: cashed in
cashes: hard cashes|hard currencies|immediate payments|cashes in
cashing: cashing in
casing: encasing
cast: throw|mold|mould|contrive
casting: throwing|projecting
castle: palace
castles: palaces
casts: molds|moulds
casual: nonchalant
cat: sick|cast|chuck|purge
catch: haul|gimmick|pick up
catches: gimmicks|hauls|picks up
catching: detection|spying|contagious|spotting
cating: vomiting up|bing sick|throwing up
cats: casts|purges|chucks|vomits
catted: vomited up|am sick|are sick|been sick
caught: picked up
cause: reason|grounds|stimulate|induce
caused: gotten|induced|stimulated
causes: reasons|dos|induces|stimulates
causing: stimulating|inducing|causation|geting
cave: undermine
caves: undermines
celebrate: observe|fete
celebrated: observed|notable|renowned|famed
celebrates: observes|fetes
celebrating: observing
celebration: festivity|jubilation
celebrations: festivities
celebrities: famous persons
celebrity: fame|renown|famous person
cent: penny
center: heart|middle|eye|focus
centered: concentrated|centred|riveted|pored
centering: riveting|poring|centring|focusing on
centers: hearts|centres|focuses|pores
central: key|exchange|fundamental|cardinal
centrals: telephone exchanges
centre: center|middle|eye|focus
centred: riveted|pored
centres: focuses|pores|concentrates|rivets
centring: poring
cents: pence
centuries: hundreds
century: hundred
ceremonies: observances|ceremonial occasions
ceremony: ceremonial|observance|ceremonial occasion
certainly: surely|for sure|for certain|sure enough
certificate: certification|credentials|credential
certificates: credentials|certifications
certified: certifiable
chain: concatenation|chemical chain
chains: chemical chains
chair: chairman|moderate|professorship
chaired: moderated
chairing: moderating
chairman: chair|chairperson|chairwoman
chairs: moderates|professorships
challenge: dispute
challenged: disputed
challenges: disputes
challenging: ambitious|disputing
champion: hero|defend|fighter|champ
champions: heroes|fighters|champs|defends
chance: risk|opportunity|luck|adventure
chanced: taken chances|took chances
chances: opportunities|risks|adventures|hazards
chancing: taking chances
change: alter|modify|modification|alteration
changed: modified|altered
changes: modifications|alterations|alters|modifies
changing: altering|modifying
channel: carry|conduct|convey|transmit
channeling: conveying|imparting
channelled: imparted
channels: carries|conducts|conveys|transmits
chaos: pandemonium|bedlam
character: quality|fictional character|fictitious character
characters: qualities|fictional characters|fictitious characters
charge: complaint|accuse|bear down
charged: accused|supercharged|bore down|born down
charges: complaints|accuses|bears down
charging: accusing|bearing down
charities: brotherly loves
charity: brotherly love
charter: hire|lease
chartered: rented|leased
charters: hires|leases
chase: trail|tag|tail|pursuit
chased: tracked|tagged|tailed|trailed
chases: pursuits|followings|chases after|gives chase
chasing: tracking|trailing|tagging|tailing
chat: jaw|gossip|chatter|chitchat
chats: jaws|gossips|chatters
chatted: jawed
chatting: chattering|gossiping
cheap: loud|flash|inexpensive|flashy
cheating: cheat|foul|adulterous|unsportsmanlike
check: cheque|assay|bank check|look into
checked: checkered|chequered|looked into|checked out
checking: looking into|checking out|checking over|going over
checks: cheques|assays|bank checks|looks into
cheese: tall mallow|high mallow
cheeses: tall mallows|high mallows
chemical: chemical substance
chemicals: chemical substances
chemistries: chemical sciences
chemistry: chemical science
chest: thorax
chicago: stops
chicken: yellow
chief: main|master|primary|boss
chiefs: bosses|top dogs
child: kid|minor|fry|youngster
children: kids|fries|minors|youngsters
chip: nick|scrap|flake|fleck
chipped: nicked|chipped off|came off|broke away
chipping: nicking|chipping off|coming off|breaking away
chips: bits|fries|scraps|flakes
chocolate: cocoa|hot chocolate|drinking chocolate
chocolates: hot chocolates|drinking chocolates
choice: quality|pick|prime|option
choices: options|picks|selections
choose: prefer|select|opt|pick out
chooses: prefers|selects|opts|picks out
choosing: selecting|preferring|opting|picking out
chose: selected|preferred|opted|picked out
chosen: selected|preferred|opted|picked out
christ: messiah
christs: messiahs
chronic: continuing
church: church building
churches: church buildings
circle: circulate
circles: bands|circulates
circling: circulating
circuit: electrical circuit|electric circuit
circuits: electrical circuits|electric circuits
circumstances: portion|fate|fortune|destiny
cities: metropolises|urban centers
city: metropolis|urban center
civil: polite
claim: lay claim
claimed: laid claim
claiming: laying claim
claims: lays claim
class: family|course|form|sort
classed: assorted|sorted out
classes: families|forms|courses|categories
classic: classical|definitive|authoritative
classical: definitive|authoritative|classical music|serious music
classified: classified ad|classified advertisement
classifieds: classified ads|classified advertisements
classing: sorting out
clay: mud
clays: muds
clean: clear|pick|fair|fairly
cleaned: made clean
cleaning: picking|cleansing|cleanup|making clean
cleanings: cleanups
cleans: makes clean
clear: open|clearly
cleared: vindicated|exonerated|absolved|uncluttered
clearly: understandably
clever: apt|canny|cagey
click: snap|tick|clink|chink
clicked: snapped|ticked
clicking: snapping|ticking
clicks: snaps|ticks|chinks|suction stops
client: customer
climate: mood
climates: moods|climes
climb: mount|upgrade|climbing|mounting
climbed: climbed up|gone up|went up
climbing: mounting|climbing up|going up
climbs: mounts|ascents|mountings|climbs up
clip: nip|jog|trot|snip
clipped: trotted|nipped|jogged|snipped
clipping: jogging|sniping|trotting|nipping
clips: magazines|nips|trots|jogs
close: near|finish|shut|ending
closely: tight
closer: nearer|finisher
closes: conclusions|finishes|lasts|endings
closest: nearest
closing: ending|conclusion|shutting
clothes: dress|apparel|wearing apparel
clothing: wearable
cloud: fog|obscure|mist|overcast
clouded: obscured|fogged|hazed over
clouding: obscuring|fogging|misting|hazing over
clouds: mists|obscures|fogs
club: order|society|nine|lodge
clubs: orders|societies|lodges|guilds
coach: manager|train|tutor|handler
coaches: managers|trains|handlers|tutors
coaching: coaching job
coal: char|ember
coalition: alliance|fusion|alignment
coalitions: alignments|fusions
coals: embers|chars
coast: seashore|seacoast
coat: coating
coated: surfaced
coating: surfacing
coats: surfaces|coatings
cock: shaft|prick|pecker|putz
cocks: peters|dicks|shafts|pricks
code: cipher|cypher|encrypt|codification
coded: encrypted|inscribed
codes: ciphers|encrypts|cyphers
coding: encrypting
coffee: java|coffee tree
coffees: coffee trees
cold: coldness|common cold|low temperature
colds: common colds|low temperatures
collect: cod|accumulate|compile|hoard
collected: gathered|compiled|accumulated|poised
collecting: compiling|accumulating|hoarding|amassing
collection: accumulation|aggregation|compendium|assemblage
collections: assemblages|accumulations|aggregations
collects: accumulates|compiles|hoards|rolls up
color: colour|coloring|colouring|distort
colored: coloured|distorted|tinged|colorized
coloring: colouring|distorting|coloring in|colouring in
colors: colours|distorts|colorings|colors in
colour: coloring material|colouring material
coloured: colored|emblazoned
colours: coloring materials|colouring materials
column: chromatography column
columns: chromatography columns
combat: scrap|armed combat
combats: armed combats
comedy: clowning
comfort: ease|console|solace|soothe
comfortable: comfy
comforted: eased|consoled|soothed
comforting: soothing|easing|consoling
comforts: consoles|eases|soothes
comic: comedian|amusing|comical|laughable
comics: comedians
coming: approach|upcoming|approaching|forthcoming
command: require|bid|bidding|dictation
commander: commandant|commanding officer
commanders: commanding officers
commanding: requiring
commands: bids
comment: notice|input|commentary|remark
commented: remarked|pointed out
commenting: noticing|remarking|pointing out
comments: remarks|notices|inputs|commentaries
commerce: commercialism|mercantilism
commercial: commercial message
commercials: commercial messages
commission: committee
commissions: committees
commit: devote|dedicate|perpetrate|consecrate
commitment: loyalty|dedication|allegiance
commitments: loyalties|allegiances|dedications
commits: devotes|dedicates
committed: pulled|dedicated|attached|devoted
committee: commission|citizens committee
committees: commissions|citizens committees
common: park|green|commons
commonly: normally|ordinarily
commons: parks|greens
commonwealth: res publica|body politic
commonwealths: body politics
communicate: pass on|pass along|put across
communicated: passed on|passed along|putted across
communicates: passes on|passes along|puts across
communicating: passing on|passing along
communication: communicating
communications: communication theory
communist: commie|communistic
communists: commies
companies: companions|accompanies|keeps company
company: companion|accompany|keep company
compare: comparison|equivalence|comparability
compares: comparisons
comparison: comparing
compete: contend|vie
competed: contended|vied
competes: contends|vies
competing: contending|vying
competition: contest
competitions: contests
complain: plain|sound off
complained: sounded off
complaining: kicking|sounding off
complains: sounds off
complaint: ailment
complaints: ailments|ills
complete: finish|consummate
completed: finished|realized|accomplished|realised
completely: totally|entirely|altogether|wholly
completing: finishing
completion: closing|culmination|windup|pass completion
completions: closings|pass completions|mop ups
complex: composite|coordination compound
complexes: composites|coordination compounds
component: portion|element|ingredient|constituent
components: elements|factors|ingredients|portions
composition: constitution|makeup|composing|physical composition
compositions: constitutions|makeups|physical compositions
comprehensive: comp|comprehensive examination
computer: calculator|estimator|computing machine|computing device
computers: calculators|estimators|computing machines|computing devices
con: scam|convict|inmate|memorize
concentration: density|tightness|compactness
concentrations: densities
concept: construct|conception
concepts: constructs|conceptions
concern: fear|touch|worry|refer
concerned: interested|worried|referred|occupied
concerning: touching|relating|worrying|occupying
concerns: interests|cares|refers|fears
concluded: terminated|all over
conclusion: determination
conclusions: determinations
condition: train|status|discipline|stipulation
conditioned: disciplined
conditioning: disciplining
conditions: checks|trains|disciplines|statuses
conduct: behavior|behaviour|demeanor|doings
conducted: directed|dealt|carried on
conducting: directing|carrying on
conducts: directs|behaviours|carries on
conference: league
conferences: leagues
confidence: authority|assurance
confident: convinced
confirm: sustain|affirm|corroborate|substantiate
confirmed: supported|sustained|affirmed|corroborated
confirming: sustaining|affirming|corroborating
confirms: affirms|sustains|corroborates
conflict: struggle|infringe|contravene|run afoul
conflicted: infringed|contravened|ran afoul
conflicting: infringing|contravening
conflicts: battles|struggles|infringes|contravenes
confused: scattered|disconnected|baffled|bewildered
congratulations: praise|kudos
coning: victimizing|memorising
connect: tie|associate|relate|link up
connected: associated|linked|attached|tied
connecting: relating|linking|tying|associating
connection: link|connectedness|connexion
connects: relates|links up|ties in
conned: memorized|victimized|scammed|defrauded
cons: inmates|learns|scams|convicts
consent: go for
consented: gone for|went for
consenting: going for
consents: gos for
conservation: preservation
consider: study|view|regard|reckon
consideration: circumstance
considered: saw|studied|viewed|regarded
considering: regarding|studying|viewing|reckoning
considers: regards|reckons
consistent: reproducible
consistently: systematically
conspiracy: confederacy|cabal
constant: invariant|invariable|constant quantity
constantly: forever|invariably|perpetually|incessantly
constants: constant quantities
constitution: formation|establishment|organisation|fundamental law
constitutions: fundamental laws|organic laws
construction: expression|grammatical construction
constructions: grammatical constructions
consumption: intake|uptake|ingestion|pulmonary tuberculosis
consumptions: wasting diseases|white plagues
contact: meet|reach|touch|physical contact
contacted: touched|adjoined|got through|gotten through
contacting: adjoining|geting through
contacts: meets|reaches|touches|adjoins
contain: bear|incorporate|comprise
contained: incorporated|bore|comprised|borne
containing: carrying|bearing|comprising|incorporating
contains: holds|bears|carries|comprises
content: message|substance|contented|subject matter
contents: substances|subject matters
contest: contend
contested: contended
contesting: contending
contests: competitions|contends
context: setting|circumstance|linguistic context
contexts: linguistic contexts
continue: proceed|go on|go along|carry on
continued: kept|proceeded|gone on|went on
continues: keeps|proceeds|gos on|gos along
continuing: chronic|proceeding|going on|going along
continuous: uninterrupted
contract: sign|declaration|undertake|sign on
contracted: undertaken|undertook|signed on|signed up
contracting: undertaking|signing on|signing up
contracts: declarations|undertakes|signs on|signs up
contrast: counterpoint|direct contrast
contrasts: counterpoints|direct contrasts
contribute: lend|impart|bestow|chip in
contributed: lent|bestowed|imparted|chipped in
contributes: lends|imparts|bestows|chips in
contributing: lending|imparting|bestowing|chipping in
contribution: donation
contributions: shares|donations
control: check|hold|command|contain
controling: holding in
controlled: checked|contained|commanded|moderated
controls: contains|holds|checks|commands
controversies: tilts|contentions
controversy: arguing|contention|tilt|disputation
convention: pattern|formula
conventions: formulae|normals
conversion: transition|changeover
conversions: transitions
converted: reborn
convince: convert|win over
convinced: confident|converted|won over
convinces: wins over
convincing: converting|wining over
cook: fix|prepare
cooked: readied
cooking: preparing|preparation|fixing|cookery
cooks: prepares|fixes|readies
cool: chill|poise|aplomb|cool down
cooled: chilled|cooled down
cooling: chilling|cooling down
cools: cools down
cop: arrest|hook|bull|copper
copied: simulated|imitated
copies: transcripts|simulates|imitates
coping: arresting|hooking|nailing|thieving
copped: collared|nabbed|snitched|knocked off
cops: nails|pigs|bulls|thieves
copy: transcript|simulate|imitate
copying: imitating|simulating
core: nucleus|core group
cores: nuclei|core groups
corner: tree
corporate: corporal|bodied|embodied|incarnate
corporation: pot|corp|tummy|potbelly
corporations: corps|pots|tummies|bay windows
corps: corporations|army corps
corpses: army corpses
correct: compensate|rectify|redress
corrected: compensated|rectified|righted|redressed
correcting: compensating|righting|rectifying|redressing
correctly: aright
corrects: compensates
cost: price|monetary value
costing: bing
costs: prices|bes|monetary values
cotton: cotton fiber|cotton wool
cottons: cotton fibers|cotton wools
count: counting|weigh|tally|reckoning
counted: numbered|weighed|mattered|enumerated
counter: anticipate|foresee|antagonistic|forestall
countered: foreseen|foresaw
countering: foreseeing
counters: anticipates|foresees
counting: weighing|tally|reckoning|numbering
countries: nations|lands|commonwealths|body politics
country: state|land|nation|commonwealth
counts: weighs|tallies|enumerates
couple: match|pair|mate|twin
coupled: matched|paired|mated|twinned
couples: matches|twins|pairs|mates
coupling: pairing|mating|twining|coupling on
courage: bravery
course: line|run|class|flow
courses: flows|feeds
court: romance|tribunal|woo|courtroom
courted: solicited|wooed
courting: soliciting|wooing|romancing
courts: romances|tribunals|courtrooms|solicits
cousin: first cousin|full cousin
cousins: first cousins|full cousins
cover: screen|blanket|covert|concealment
coverage: insurance coverage
coverages: insurance coverages
covering: natural covering|spreading over
coverings: natural coverings
covers: screens|blankets|coverts|spreads over
crack: gap|ace|tops|cleft
cracks: gaps|crevices|fissures
crap: bullshit|bull|dirt|poop
crapped: shitted
crapping: defecating
craps: stools|poops|turds
crash: clash|wreck|clank|clang
crashes: clashes|wrecks
crazies: weirdos|loonies
crazy: sick|mad|disturbed|weirdo
cream: bat|lick|thrash|clobber
creamed: thrashed|clobbered
creaming: drubbing
creams: licks
creation: creative activity
creations: creative activities
credit: recognition|accredit
credited: accredited
crediting: accrediting
credits: recognitions
creek: brook
crew: gang|work party
crews: gangs|work parties
cried: shouted|yelled|screamed|wept
cries: screams|shouts|yells|weeps
crime: offense|offence|criminal offense|criminal offence
crimes: offences|offenses|criminal offenses|criminal offences
criminal: vicious|outlaw|crook|deplorable
criminals: crooks|outlaws|felons
criticism: critique|unfavorable judgment
criticisms: critiques|unfavorable judgments
cross: cover|mark|track|grumpy
crossed: tracked|traversed|intersected|passed over
crosses: intersects|traverses|passes over|gets over
crossing: ford|covering|tracking|traversing
crossings: fords
crowd: crew|bunch|gang|herd
crowded: herded
crowding: herding
crowds: crews|gangs|herds|bunches
crowned: topped
cruise: sail
cruises: sails
cry: scream|shout|yell|weep
crying: tears|gross|rank|screaming
cultural: ethnic
culture: civilization|civilisation
cultures: civilizations|civilisations
cure: heal|therapeutic|remedy|curative
cured: healed|brought around
cures: heals|therapeutics|brings around
curing: bringing around
curious: odd|queer|singular|peculiar
current: stream|electric current
currently: presently
currents: electric currents
custody: detention|detainment
custom: tradition|usage
customer: client
customers: clients
customs: traditions|usages
cut: reduce|trim|cut down|cut back
cute: precious|cunning
cuts: reduces|trims|cuts down|cuts back
cutted: trimmed down|trimmed back|brought down
cutting: raw|reducing|slip|edged
cycle: rhythm
cycles: rhythms
dad: pop|pa|daddy|papa
daddies: pappas|papas
daddy: pa|papa|dada|pappa
dads: pas|daddies|pappas|papas
daily: everyday|casual
damage: harm|impairment|equipment casualty
damaged: discredited
damages: harms|impairments|equipment casualties
damn: blame|bloody|blessed|curse
damning: cursing
damns: red cents
danger: peril
dangerous: severe|grave|unsafe|grievous
dangers: perils
dare: daring|presume|make bold
dared: presumed|made bold
dares: presumes|makes bold
daring: presuming|making bold
dark: darkness|wickedness|iniquity
darkness: shadow
darks: iniquities
data: information
date: escort|date stamp
dated: dated stamp
dates: escorts|dates stamp
dating: geological dating|dating stamp
datings: geological datings
dawn: sunrise|aurora|penetrate|daybreak
dawned: penetrated|got through|gotten through|came home
dawning: geting through|coming home|geting across|sinking in
dawns: penetrates|sunrises|first lights|gets through
dead: short|absolutely|suddenly|perfectly
deal: trade|cover|consider|address
dealing: considering|covering|handling|treating
deals: covers|addresses|treats|trades
dealt: handled|plowed|looked at
dear: honey|beloved|darling|lamb
dears: honeys
death: expiry|decease
debate: argument|deliberate|moot|argumentation
debated: mooted|deliberated|turned over
debates: considers|public debates|turns over
debating: deliberating|turning over
debut: entry|introduction|launching|unveiling
debuts: introductions|first appearances
dec: declination|celestial latitude
decade: tenner
decades: tens
decent: properly|decently|comely|seemly
decide: determine|settle|resolve|adjudicate
decided: determined|settled|distinct|resolved
decides: determines|settles|resolves
deciding: determining|settling|resolving|adjudicating
decision: conclusion|determination
decisions: conclusions|determinations
deck: grace|decorate|adorn|embellish
decked: embellished|graced|bedecked|beautified
decking: adorning|gracing|embellishing|beautifying
decks: graces|adorns|decorates
declared: stated
decline: refuse|reject|worsen|diminution
declined: rejected|worsened|passed up|turned down
declines: rejects|worsens|passes up|turns down
declining: refusing|rejecting|worsening|passing up
decs: celestial latitudes
dedicated: consecrated|consecrate
deep: late|deeply|trench|oceanic abyss
deeply: profoundly
deeps: oceanic abysses
default: nonpayment|default on
defaulted: defaulted on
defaulting: defaulting on
defaults: defaults on
defeat: overcome|frustration|licking|shoot down
defeated: overcame|shot down|voted down|voted out
defeating: overcoming|shooting down|voting down|voting out
defeats: frustrations|overcomes|shoots down|votes down
defence: defense mechanism|defense reaction|defence mechanism|defence reaction
defences: defenses|defense mechanisms|defense reactions|defence mechanisms
defend: fend for
defended: fended for
defending: fending for
defends: fends for
defense: defence|defensive measure
defenses: defences|defensive measures
defensive: defensive attitude
define: specify|delineate|delimit
defined: specified|outlined|delineated|delimited
defines: specifies|delineates
defining: specifying|delineating
definitely: decidedly|unquestionably|emphatically|in spades
degree: stage|grade
degrees: stages|grades
delay: detain|postponement|holdup|time lag
delayed: detained|held up
delaying: detaining|holding up
delays: waits|detains|postponements|time lags
delete: cancel|erase
deleted: cancelled|erased
deletes: cancels|erases
deleting: canceling|erasing
delicious: delightful|yummy|luscious|delectable
delivered: presented
delivering: presenting
delivery: bringing
demand: require|involve|necessitate|postulate
demanded: necessitated|postulated|called for
demanding: requiring|needing|necessitating|postulating
demands: requires|asks|involves|necessitates
democracies: republics|commonwealths
democracy: republic|commonwealth
democrat: populist
democrats: populists
demonstrate: establish|exhibit|demo|shew
demonstrated: proven|exhibited|demoed
demonstrates: proves|exhibits|establishes|demos
demonstrating: proving|exhibiting
density: concentration|tightness|compactness
department: section
departments: sections
departure: deviation|divergence|going away
departures: deviations|goings|divergences|going aways
depend: calculate|reckon
depended: reckoned
dependent: qualified|dependant
dependents: dependants
depending: counting|betting|calculating|reckoning
depends: counts|bets|calculates|reckons
deposit: lodge|wedge|sediment|sedimentation
deposited: lodged|banked|wedged
deposits: sticks|sediments|lodges|wedges
depression: slump|economic crisis
depressions: slumps|economic crises
deputies: lieutenants|deputy sheriffs
deputy: lieutenant|deputy sheriff
describe: draw|depict
described: reported|drawn|drew|accounted
describes: draws|depicts
describing: accounting|depicting
description: verbal description
descriptions: verbal descriptions
desert: abandon|defect|desolate|forsake
deserted: forsaken|defected|forsook
deserting: defecting|forsaking
deserts: abandons
deserve: merit
deserved: merited
deserves: merits
design: plan|project|designing|contrive
designed: planned|projected|intentional|contrived
designer: architect|decorator|interior designer|interior decorator
designers: architects|decorators|interior designers|interior decorators
designing: projecting|planing
desired: hoped|trusted
desires: trusts
desperate: despairing
despite: contempt|disdain|scorn
destination: terminus
destinations: finishes|termini
destroy: ruin|destruct
destroyed: ruined|destructed
destroying: ruining|destructing
destruction: demolition|devastation|wipeout
detail: item
detailed: elaborate|elaborated
details: items|particulars|inside information
detective: investigator|tec|police detective
detectives: investigators|police detectives
determine: influence|shape|regulate|mold
determined: shaped|influenced|regulated|molded
determines: influences|shapes|regulates|molds
determining: shaping|regulating|influencing|molding
develop: evolve|germinate
developed: evolved|germinated
developing: evolving|underdeveloped|germinating
development: evolution
developments: evolutions
develops: evolves
devil: bother|demon|gravel|rag
devilled: got to|gotten to|got at|gotten at
devils: demons|bothers|rags|annoys
diagnosis: diagnosing
dialogue: dialog
dialogues: dialogs
diamond: adamant
dick: peter|tool|cock|shaft
dicks: peters|cocks|shafts|pricks
die: pass|exit|dice|choke
died: went|gone|passed|deceased
dies: passes|exits|expires|chokes
difference: departure|deviation|divergence
differences: departures|deviations|divergences
differently: other than
difficult: unmanageable
difficulties: troubles
dig: slam|shaft|excavation|barb
digging: delving|cutting into|turning over|digging out
digs: slams|shafts|excavations|barbs
dinner: dinner party
dinners: dinner parties
direct: straight|directly|target|aim
directed: placed|pointed|aimed|targeted
directing: pointing|placing|targeting|aiming
directly: straight|direct
director: manager|managing director
directors: managers|managing directors
dirt: soil|grease|stain|filth
dirty: soil|grime|unclean|soiled
disabilities: impairments|handicaps
disability: handicap|impairment
disabled: handicapped
disappointed: defeated|frustrated|thwarted|foiled
disaster: tragedy|catastrophe|calamity|cataclysm
disasters: tragedies|catastrophes|calamities
discipline: bailiwick|subject area|subject field|sort out
disciplined: conditioned|sorted out
disciplines: corrects|subject areas|subject fields|sorts out
disciplining: sorting out
discount: ignore|dismiss|disregard|deduction
discounted: disregarded|brushed aside|brushed off|pushed aside
discounting: disregarding|brushing aside|brushing off|pushing aside
discounts: ignores|deductions|dismisses|disregards
discover: observe|detect|get word|get wind
discovered: noticed|observed|detected|learnt
discovering: observing|noticing|detecting|geting word
discovers: notices|hears|learns|observes
discovery: uncovering
discrimination: favoritism|favouritism
discuss: discourse|talk about|hash out|talk over
discussed: talked about|hashed out|talked over
discusses: discourses|talks about|hashes out|talks over
discussing: talking about|hashing out|talking over
discussion: treatment|discourse
discussions: treatments|discourses
disgusting: foul|wicked|revolting|distasteful
dish: serve up|dish out|dish up
dished: served up|dished out|dished up
dishes: serves|serves up|dishes out|dishes up
dishing: serving up|dishing out|dishing up
dismissed: discharged
disorder: distract|disarray|disquiet
disordered: unhinged|perturbed
disorders: troubles|upsets|distracts
display: showing|exhibit|expose
displayed: exhibited
displaying: exposing|exhibiting
displays: exhibits|exposes|showings
dispute: scrap|quarrel|contravention
disputed: scrapped|quarrelled
disputes: conflicts|scraps|quarrels
disputing: quarreling
distance: outstrip
distanced: outstripped
distances: outstrips
distancing: outstripping
distinct: distinguishable
distinguished: imposing|magisterial
distribution: dispersion|statistical distribution
distributions: dispersions|statistical distributions
district: zone|territory|dominion|territorial dominion
districts: zones|territories|dominions|territorial dominions
diverse: divers
divine: cleric|godly|churchman|ecclesiastic
division: section
divisions: sections
divorce: disjoint|dissociate|disassociate|split up
divorced: disjointed|dissociated|disassociated
divorces: dissociates|splits up
divorcing: dissociating|splitting up
doc: physician|medico
doctor: doc|physician|medico|doctor up
doctored: doctored up
doctoring: doctoring up
doctors: physicians|docs|doctors up
document: papers|written document
documentaries: documentary films
documentary: objective|infotainment|docudrama|documentary film
documents: written documents
dog: track|trail|chase|tag
dogged: trailed|chased after|gave chase|given chase
dogging: tailing|chasing after|giving chase|going after
dogs: tracks|trails|tags|tails
dollar: buck|clam|dollar bill
dollars: bucks|clams|dollar bills
domain: arena|orbit|sphere|demesne
domains: spheres|orbits|arenas
domestic: domestic help|house servant
domestics: domestic helps|house servants
dominant: dominant allele
dominants: dominant alleles
don: assume|preceptor|put on|get into
done: through|through with
donned: putted on|got into|gotten into
donning: geting into
dons: puts on|gets into
door: threshold|doorway|room access
doors: thresholds|doorways|room accesses
dose: dosage
doses: dosages
dosing: drugging
double: dual|duplicate|treble|twofold
doubled: duplicated
doubles: duplicates|stunt men|stunt womans
doubling: duplicating
doubt: uncertainty
doubts: uncertainties
downtown: business district
downtowns: business districts
dozen: twelve|xii
draft: outline|enlist|draught|muster in
drafted: outlined|enlisted|mustered in
drafting: outlining|enlisting|mustering in
drafts: outlines|enlists|draughts|musters in
drag: cart|haul|hale
dragged: hauled|carted
dragging: hauling|carting
dragon: tartar
dragons: tartars
drags: carts|hales|hauls
drama: dramatic play|dramatic event
dramas: dramatic plays|dramatic events
dramatic: striking|spectacular
drank: imbibed
draw: pull|attraction|reap|attractor
drawing: pulling|forcing|reaping
drawn: forced|pulled|worn|haggard
draws: pulls|attractions|reaps|drawing cards
dream: dreaming|daydream
dreaming: daydreaming|stargazing
dreams: daydreams
dress: apparel|garment|attire|garb
dressed: clad|robed|attired|got dressed
dresses: garments|frocks|togs|gets dressed
dressing: clothing|geting dressed|fitting out
drew: pulled|reaped
dried: dried out
dries: dries out
drink: drinking|booze|drunkenness|boozing
drinking: drink|drunkenness|boozing|imbibing
drive: motor|thrust|driving force
driven: goaded|impelled|motored
drives: motors|thrusts|driving forces
driving: drive|impulsive|motoring
drop: pearl|bead
drops: beads|pearls
drove: swarm|horde|motored
droves: hordes|swarms
drug: dose|do drugs
drugged: dosed|did drugs|done drugs
drugging: doing drugs
drugs: doses|dos drugs
drunk: intoxicated|drunkard|sot|inebriated
drunks: drunkards
dry: ironic|wry|ironical|prohibitionist
drying: drying out
dual: treble|twofold|threefold
dude: fellow|swell|beau|buster
dudes: fellows|swells|busters|beaux
dug: delved|turned over|dug out
dumb: dense|dull|dim|speechless
dust: junk|debris|rubble|detritus
dusts: junks
duties: responsibilities|obligations
duty: responsibility|obligation
dying: passing|anxious|demise|choking
dynamic: dynamical|moral force
dynamics: moral forces
earlier: sooner|earliest
early: early on|too soon
earn: realise|garner|take in|pull in
earned: realized|gained|cleared|realised
earning: gaining|clearing|realizing|realising
earnings: wage|profits|salary|remuneration
earns: realizes|clears|realises|garners
earth: ground|globe
earths: globes
ease: comfort|simplicity
eased: comforted
east: eastward|due east
easts: due easts
easy: easily|slow|slowly|leisurely
eating: feeding
economic: economical
economics: economic science|political economy
economies: economic systems
economy: economic system
edge: border|inch|bound|boundary
edged: bordered|inched
edges: inches|borders|boundaries|bounds
edging: bordering|inching
edit: redact
edited: redacted
editing: redaction
editor: editor program
editors: editor programs
educated: enlightened
education: teaching|instruction|pedagogy|educational activity
educations: educational activities
effect: issue|result|event|outcome
effecting: setting up
effective: efficient|efficacious|effectual
effectively: in effect
effects: events|consequences|outcomes|impressions
effort: attempt|sweat|endeavor|endeavour
efforts: tries|attempts|endeavors|sweats
egg: eggs
eggs: egg
eight: viii|octet
elected: elective
electric: electrical|electric automobile|electric car
electrical: electric
electricity: electrical energy
electrics: electric automobiles|electric cars
element: factor|component|ingredient|constituent
elementary: uncomplicated|unproblematic
elements: factors|components|ingredients|constituents
elite: elect|elite group
elites: elite groups
email: electronic mail
emails: electronic mails
emergencies: pinches|exigencies
emergency: pinch
empire: imperium
employment: employ
empties: discharges
empty: hollow|discharge|vacuous
emptying: discharging
encounter: brush|bump|clash|skirmish
encountered: bumped|chanced|ran into|ran across
encountering: bumping|chancing|coming across
encounters: bumps|brushes|clashes|skirmishes
encourage: advance|promote|boost
encouraged: promoted|boosted|furthered|bucked up
encourages: advances|promotes|boosts|furthers
encouraging: promoting|advancing|boosting|furthering
ended: complete|concluded|terminated|all over
ending: conclusion|termination
endings: terminations
enemies: foes|oppositions
enemy: opposition|foe
energies: zips|free energies
energy: zip|vigor|vigour|free energy
engage: pursue|occupy|absorb|prosecute
engaged: occupied|absorbed|pursued|prosecuted
engagement: appointment
engages: occupies|absorbs|pursues|prosecutes
engaging: pursuing|occupying|absorbing|prosecuting
engineer: organize|organise|mastermind|technologist
engineered: orchestrated|masterminded
engineering: technology|organizing|directing|organising
engineers: directs|organizes|technologists|organises
enjoy: relish|savor|bask|savour
enjoyed: relished|savored|basked|savoured
enjoying: basking|relishing|savoring|savouring
enjoys: relishes
enormous: tremendous
enough: plenty|decent|adequate|sufficiency
ensure: secure|guarantee|assure|insure
ensured: insured|ascertained
ensures: guarantees|assures|secures|insures
ensuring: securing|guaranteeing|assuring|insuring
enter: participate|come in|get into|get in
entered: participated|came in|got into|gotten into
entering: entry|entrance|participating|incoming
enterprise: endeavor|endeavour
enterprises: endeavors|endeavours
enters: participates|comes in|gets into|gets in
entertainment: amusement
entertainments: amusements
entire: total|intact|integral|stallion
entirely: completely|totally|exclusively|solely
entrance: entry|entering|capture|charm
entranced: enamored|bewitched|spellbound|enamoured
entrances: charms|fascinates|entrees|enchants
entrancing: spellbinding
entries: debuts|introductions|first appearances
entry: introduction|debut|launching|unveiling
environment: surroundings|surround|environs
environments: surrounds
epic: heroic|epos|epic poem|heroic poem
epics: epic poems|heroic poems
equal: touch|rival|peer|adequate
equaling: rivaling
equality: par|equation|equivalence
equalled: rivalled
equally: evenly|every bit
equals: peers|touches|rivals|bes
equipped: furnished
equivalent: eq|tantamount|equivalent weight|combining weight
equivalents: eqs|equivalent weights|combining weights
era: epoch|geological era
eras: geological eras
error: mistake|fault
errors: mistakes|faults
escape: flight|escapism|get away|break loose
escaped: got away|gotten away|broke loose|broken loose
escapes: misses|gets away|breaks loose
escaping: geting away|breaking loose
especially: particularly|specially|peculiarly
essay: examine|assay|try out
essayed: tried out
essaying: trying out
essays: seeks|proves|examines|assays
essential: necessary|requirement|necessity|indispensable
essentially: basically|fundamentally
essentials: necessities|requisites|necessaries
establish: launch|constitute|set up
established: launched|founded|accomplished|planted
establishes: constitutes|institutes|founds|sets up
establishing: founding|launching|planting|constituting
establishment: constitution|formation|institution|organisation
establishments: formations|constitutions
estate: acres|demesne|landed estate
estates: landed estates
estimate: forecast|gauge|calculate|reckon
estimated: figured|calculated|judged|guessed
estimates: judges|forecasts|guesses|gauges
estimating: calculating|forecasting|reckoning|gauging
ethnic: pagan|heathen
evaluation: rating|valuation
evaluations: valuations
evening: eve|eventide
evenings: evens|eves
events: cases
eventually: finally
ever: always
everyday: routine|casual|mundane|unremarkable
everywhere: all over
evidence: prove|grounds|demonstrate|testify
evidenced: manifested|attested|bore witness|born witness
evidences: manifests|testifies|certifies|attests
evidencing: bearing witness
evil: vicious|wickedness|immorality|iniquity
evils: iniquities
evolution: phylogeny|organic evolution
evolutions: organic evolutions
exact: accurate|precise
exactly: precisely
exam: examination
examination: exam|scrutiny
example: model|instance|representative|illustration
examples: models|representatives|instances|illustrations
exams: examinations
excellent: splendid
except: exclude|omit|leave out|leave off
excepted: demurred|left out|left off|taken out
excepting: omitting|leaving out|leaving off|taking out
exception: exclusion
exceptions: exclusions
excepts: leaves out|leaves off|takes out
excess: spare|surplus|redundant|superfluous
excesses: surpluses
exchange: convert|commute|interchange
exchanged: commuted|interchanged
exchanges: converts|commutes|interchanges
exchanging: commuting|interchanging
excited: emotional|aroused|worked up
exclusive: sole|scoop
exclusively: solely
exclusives: scoops
excuse: pardon|exempt|relieve|alibi
excused: pardoned|exempted
excuses: pardons|relieves|exempts|alibis
excusing: exempting|pardoning|letting off
execution: executing|capital punishment|death penalty|carrying out
executions: capital punishments|death penalties|carrying outs
executive: executive director
executives: executive directors
exercise: employment|usage|workout|exercising
exercised: practiced|practised|exerted
exercises: dos|workouts|exerts|usages
exercising: practicing|practising|exerting
exhibition: expo|exposition
exhibitions: expos|expositions
exist: survive|subsist
existed: survived|subsisted
existence: universe|creation|cosmos
existing: surviving|bing|existent|subsisting
exists: survives|bes
exit: passing|departure|outlet|expiration
exited: gone out|went out|got out|gotten out
exiting: going out|geting out
exits: departures|goings|way outs|gos out
expand: spread out
expanding: spreading out
expands: spreads out
expansion: enlargement
expansions: enlargements
expect: require|anticipate
expected: required|anticipated
expecting: requiring|anticipating
expects: anticipates
expense: disbursement|write off|write down
expensed: written off|wrote off|written down|wrote down
expenses: disbursements|writes off|writes down
expensing: writing off|writing down
experience: live|go through
experienced: lived|gone through|went through
experiences: sees|gos through
experiencing: going through
experiment: experimentation|try out
experimental: observational
experimented: tried out
experimenting: trying out
experiments: tries out
expert: technical|practiced|adept|proficient
explored: searched|researched
explores: searches|researches
exploring: researching
explosion: burst|detonation|blowup
explosions: bursts|detonations
export: exportation
exposed: uncovered
express: utter|verbalize|express mail
expressed: explicit|uttered|evinced
expresses: utters|express mails
expressing: uttering
expression: aspect|reflection|manifestation|facial expression
expressions: reflections|manifestations|facial expressions
extend: broaden|widen
extended: passed|ran|lengthy|prolonged
extending: widening|broadening
extends: widens|broadens|gos
extensive: extended|broad|blanket|encompassing
external: extraneous
extra: spare|excess|surplus|redundant
extraordinary: sinful
extras: spear carriers
extreme: utmost|uttermost|extreme point
extremely: super|highly|passing|exceedingly
extremes: extreme points
eye: optic|oculus|eyeball
eyes: optics|eyeballs
eying: eyeballing
face: expression|aspect|confront|human face
faced: confronted|faced up
faces: aspects|expressions|confronts|human faces
facilities: installations
facility: installation|quickness
facing: confronting|veneer|facing up
factor: element|component|ingredient|constituent
factored: factored in|factored out
factories: mills|manufacturing plants
factoring: factoring in|factoring out
factors: elements|components|ingredients|constituents
factory: mill|manufactory|manufacturing plant
faculties: staffs|mental faculties
faculty: module|mental faculty
fail: neglect|miscarry|go wrong
failed: neglected|miscarried|gone wrong|went wrong
failing: weakness|neglecting|flunk|going wrong
fails: neglects|gos wrong
fair: clean|reasonable|fairly|carnival
fairly: somewhat|reasonably|jolly|moderately
fairs: carnivals
faith: religion|religious belief
faiths: religious beliefs
fake: cook|false|fraud|bastard
faked: manipulated|misrepresented|falsified|fudged
fakes: frauds|manipulates|forges|shams
faking: manipulating|forging|counterfeiting|misrepresenting
fall: autumn|spill|descend|tumble
fallen: descended|gone down|went down|came down
falling: descending|going down|coming down
falls: waterfall|spills|descends|tumbles
false: mistaken|treacherously
fame: celebrity|renown
familiar: fellow|associate|companion|comrade
families: houses|homes|households|family units
family: home|house|household|menage
famous: noted|celebrated|notable|renowned
fan: rooter|sports fan
fancied: envisioned|visualized|imaged|visualised
fancies: envisions|visualizes|gos for|takes to
fancy: fantasy|illusion|visualize|envision
fancying: visualising|going for|taking to
fans: sports fans
fantasies: fantasizes
fantastic: grand|wonderful|tremendous|terrific
fantasy: fantasize|phantasy
farming: agriculture|agricultural|agrarian|husbandry
fashion: style|mode|manner|forge
fashioned: forged
fashions: forges
fast: tight|fasting
faster: quicker
fastest: quickest
fat: plump|fatten|adipose tissue|fatty tissue
fate: destiny|doom|designate
fates: designates|destinies|dooms
father: mother|generate|sire|engender
fathered: begotten|sired|engendered|begat
fathering: mothering|engendering|geting|bringing forth
fathers: mothers|generates|forefathers|begets
fats: adipose tissues|fatty tissues|fills out
fatted: plumped|fleshed out|filled out|plumped out
fault: mistake|blame|error|defect
faults: flaws|defects|blames
favor: prefer|favour
favored: favoured
favoring: preferring|favouring
favorite: favourite|pet|preferred|darling
favorites: pets|favourites|darlings
favors: prefers|favours
favour: favor|privilege
favoured: privileged|favored
favouring: privileging
favourite: pet|preferred|darling|favored
favourites: darlings
fear: concern|dread|fright
feared: dreaded
fearing: dreading
fears: cares|dreads
feature: sport|characteristic|boast
featured: boasted|sported
features: sports|characteristics|boasts|haves
featuring: sporting|boasting
fed: federal official
federal: federal official
federals: federal officials
federation: confederation|confederacy
federations: confederations
feds: federal officials
fee: tip|bung
feed: tipped
feel: look|find|experience|feeling
feeling: opinion|finding|belief|impression
feelings: opinions|beliefs|impressions|notions
feels: feelings|finds|experiences|spirits
fees: tips
feet: fts|human feet
fell: drop|fly|hide|cruel
felled: struck down
felling: striking down|cutting down
fellow: familiar|associate|companion|lad
fellows: lads|companions|comrades|fellas
fells: felled seams|strikes down|cuts down
felt: experienced
female: distaff|female person
females: female persons
fence: fencing|fence in
fenced: fenced in
fences: fences in
fencing: fencing in
festival: fete
festivals: fetes
fiction: fabrication|fable
fictions: fables|fabrications
field: battlefield|battleground
fields: battlefields|battlegrounds
fight: battle|fighting|conflict|struggle
fighter: belligerent|combatant|battler|scrapper
fighters: combatants|belligerents|battlers|fighter aircrafts
fighting: active|combat|struggling|defending
fights: battles|conflicts|struggles|defends
figure: form|build|enter|shape
figured: estimated|calculated|reckoned|forecasted
figures: forms|estimates|frames|enters
figuring: calculating|forecasting|estimating|reckoning
file: register|data file|single file
filed: registered
files: registers|data files|single files
filing: registering
fill: filling|fill up|make full
filled: filled up|made full
filling: filling up|making full
fills: fillings|fills up|makes full
film: movie|picture|shoot|pic
films: pictures|movies|pics|shoots
filter: strain|permeate|percolate|separate out
filtered: strained|permeated|separated out|filtered out
filtering: straining|percolating|permeating|separating out
filters: strains|permeates|separates out|filters out
final: net|terminal|concluding|final examination
finally: eventually|ultimately|at last
finals: final examinations|final exams
financial: fiscal
finding: determination
findings: determinations
fine: ok|okay|ticket|alright
fined: ticketed
finger: thumb|digit
fingered: thumbed
fingering: thumbing
fingers: thumbs|digits
finish: complete|conclusion|finishing|finale
finished: completed|finished up|landed up|fetched up
finishes: conclusions|closes|lasts|completes
finishing: completing|coating|finishing up|landing up
fire: firing|discharge|open fire
fired: dismissed|discharged|opened fire
fires: discharges|firings|opens fire
firing: discharge|discharging|firing off|opening fire
firings: firing offs
firm: solid|steady|firmly|stiff
firms: business firms
fish: angle
fished: angled
fishing: angling
fit: scene|suit|accommodate|primed
fitness: physical fitness
fits: suits|tantrums|accommodates|convulsions
fitted: suited|accommodated
fitting: accommodating|suiting
five: v|fin|quintet|quint
fives: fins|basketball teams
fix: doctor|hole|secure|mess
fixed: secured|restored|repaired|rigid
fixes: pickles|jams|messes|secures
fixing: securing|restoring|repairing|mending
flag: masthead
flash: cheap|loud|blink|wink
flashed: blinked|winked
flashes: winks|blinks
flashing: blinking|winking|twinkling
flat: directly|plane
fleet: swift|fade|dart|flutter
fleeting: fading|fluttering|darting|flitting
fleets: darts|fades|flutters|flits
flesh: anatomy|chassis|physique|soma
fleshes: human bodies|physical bodies|material bodies
flew: winged
flies: fly sheets|tent flaps
flight: flying
flip: toss|somerset|insolent|somersault
flipped: tossed
flipping: tossing
flips: tosses|somersaults
flood: swamp|torrent|deluge|inundation
flooded: inundated|swamped|deluged
floods: swamps|torrents
floor: shock|deck|dump|storey
floored: decked|balled over|taken aback|took aback
flooring: decking|balling over|taking aback|knocking down
floors: decks|shocks|dumps|storeys
flow: feed|flowing|flux|flow rate
flowed: coursed
flower: bloom|blossom
flowered: blossomed|bloomed
flowering: blooming|blossoming
flowers: blossoms|blooms
flowing: feeding|coursing
flown: winged
flows: feeds|fluxes|flow rates
fluid: unstable|runny
fly: wing|fly sheet|tent flap
flying: quick|flight|winging
foci: focal points
focus: center|centre|direction|focusing
focused: centered|concentrated|centred|focussed
focuses: centres|pores|concentrates|rivets
focusing: concentrating|riveting|centering|focussing
folk: tribe|common people
folks: folk|tribes|common peoples|common people
following: next|chase|followers|pursuit
food: nutrient|solid food
foods: nutrients|solid foods
fool: mug|sap|sucker|patsy
fooled: dissipated|fooled away
fooling: dissipating|fooling away
fools: shoots|mugs|suckers|gulls
foot: pick|ft|hoof|pes
football: football game
footballs: football games
footed: hoofed|legged it|hoofed it
footing: legging it
foots: hoofs|legs it|hoofs it
fora: meeting places
force: pressure|squeeze|hale|coerce
forced: squeezed|pressured|coerced|impelled
forces: pressures|hales|squeezes|impels
forcing: squeezing|pressuring|coercing
foreign: strange
forest: wood|woods|timber|woodland
forests: woodlands|timbers|timberlands
forever: eternally|evermore
forget: block|bury|blank out
forgets: buries|blanks out
forgetting: blocking|burying|blanking out
forgot: buried|blocked|blanked out
forgotten: buried|blocked|disregarded|blanked out
form: kind|sort|variety|organize
formal: dinner dress|dinner gown|evening gown
formals: dinner dresses|dinner gowns|evening gowns
format: arrange|formatting|data format|data formatting
formation: shaping
formats: arranges|data formats
formatting: arranging
formed: organized|organised|constituted
former: sometime|erstwhile|onetime
formerly: erstwhile
forming: organizing|organising|constituting
forms: kinds|sorts|varieties|constitutes
formula: expression|recipe
fort: fortress|garrison|fortify|fort up
forth: onward
forts: fortresses|garrisons|forts up
fortune: hazard
fortunes: hazards
forty: xl
forum: assembly|meeting place
forward: forth|forwards|onward|send on
forwarded: sent on
forwarding: sending on
forwards: sends on
foster: surrogate
fostered: furthered
fostering: furthering
fosters: furthers
fought: opposed|struggled|defended|contended
founder: flop|beginner|founding father|fall through
foundered: fallen through|fell through|fallen flat|fell flat
foundering: falling through|falling flat
founders: fathers|beginners|flops|founding fathers
four: iv|quartet|quaternary|foursome
fours: quartets|foursomes|quadruplets
fourth: quarter|quaternary|fourthly|fourth part
fourths: fourth parts
fox: throw|trick|confuse|dodger
foxed: discombobulated|played tricks
foxes: confuses|confounds|fobs|plays tricks
foxing: playing tricks
frame: border|frame in
framed: bordered|framed in
frames: borders|frames in
framework: fabric|theoretical account
frameworks: fabrics|theoretical accounts
framing: bordering|framing in
franchise: dealership
franchises: dealerships
frank: blunt|candid|outspoken|wiener
franked: postmarked
franks: hotdogs|wieners|weenies|hot dogs
fraud: fake|pseudo|sham|imposter
frauds: fakes|pretenders|shams|impostors
free: release|rid|loose|liberate
freed: liberated|loosed
freedom: exemption
freedoms: exemptions
freeing: liberating|loosing
frees: looses|liberates|free peoples
frequencies: relative frequencies
frequency: relative frequency
frequent: sponsor|haunt|patronize|patronise
frequented: shopped|patronized|patronised|shopped at
frequenting: patronising|shopping at|buying at
frequently: oft|oftentimes
frequents: shops at|buys at
fresh: newly|freshly
friend: ally
friendly: favorable
friends: allies
friendship: friendly relationship
friendships: friendly relationships
front: face|breast|battlefront|front end
fronted: breasted
fronts: front ends|front lines
frozen: rooted
fruit: yield
fruits: yields
fuck: fucking|bed|ass|bang
fucked: screwed|banged|bedded|humped
fucking: fuck|ass|knowing|loving
fucks: beds|asses|screws|bangs
full: total|entire|fully|full moon
fulls: full moons
fully: amply
fun: sport|playfulness|merriment
function: purpose|serve|map|operate
functions: purposes|roles|maps|serves
fund: store|stock|monetary fund
fundamental: underlying|cardinal|primal|rudimentary
fundamentals: fundamental frequencies|first harmonics
funding: backing|financing|financial support|financial backing
fundings: financial supports|financial backings
funds: stores|stocks|finances|monetary funds
funnies: funny stories|good stories|funny remarks
funny: curious|comic|odd|amusing
further: advance|promote|encourage|boost
furthermore: moreover
future: hereafter|futurity|future tense
futures: future tenses
gain: increase|addition|profit|acquire
gained: acquired|derived
gaining: acquiring|deriving|wining
gains: increases|profits|additions|derives
galleries: verandas
gallery: veranda|verandah
gaming: gambling
gang: crowd|crew|pack|bunch
ganged: ganged up
ganging: ganging up
gangs: packs|crews|crowds|mobs
gap: breach
gaping: breaching
gaps: openings|spreads|breaches
garage: service department
garages: service departments
gas: blow|boast|brag|tout
gases: boasts|touts|brags
gassed: boasted|touted|bragged|vaunted
gasses: vaunted|gaseous states
gassing: touting|blustering
gate: logic gate
gates: logic gates
gather: collect|gathering|assemble|garner
gathered: assembled|garnered|pulled together
gathering: collecting|assembling|assemblage|garnering
gatherings: assemblies|assemblages
gathers: gatherings|assembles|garners|pulls together
gay: sunny|merry|homosexual|homo
gays: homosexuals|homos
gear: pitch|gearing|gear wheel|geared wheel
geared: pitched
gears: pitches|gear wheels|geared wheels|power trains
gender: sexuality|grammatical gender
genders: sexes|sexualities|grammatical genders
general: full general|superior general
generally: mostly|in general
generals: full generals|superior generals
generate: yield|render|bring forth
generates: yields|renders|brings forth
generating: rendering|yielding|bringing forth
generation: contemporaries
genetic: inherited|transmitted|hereditary|familial
genii: masterminds
genius: brilliance|mastermind|brainiac
getting: acquiring
ghost: shade|haunt|spectre|specter
ghosts: shades|haunts|spooks|wraiths
giant: titan|heavyweight|jumbo|colossus
giants: titans|heavyweights|behemoths
gift: talent|invest|endowment|empower
gifted: invested|empowered|endowed
gifting: endowing
gifts: presents|talents|invests|empowers
girl: miss|missy|fille|young lady
girlfriend: lady friend
girlfriends: lady friends
girls: misses|filles|young ladies|young womans
given: granted|minded|apt|disposed
givens: preconditions|presumptions
giving: gift|liberal|handsome|bountiful
glad: gladiolus|sword lily
glads: sword lilies
glass: glaze|drinking glass
glasses: specs|spectacles|eyeglasses|glazes
global: worldwide|planetary|spherical|globular
globe: orb
globes: earths|orbs
glory: glorification
goal: finish|destination
goals: ends|finishes|destinations
god: immortal|deity|divinity
gods: deities|immortals|divinities
gold: golden|amber|gilded|gilt
golden: prosperous|gilded|gilt|halcyon
golf: golf game
golfs: golf games
gone: asleep|deceased|departed|kaput
goodbye: bye|adieu|adios|sayonara
goodbyes: cheerios|byes|good days|so longs
government: administration|authorities|regime|governing
governments: regimes|administrations|government activities
governor: regulator
governors: regulators
grab: snap|snatch|snap up
grabbed: snapped up
grabbing: snapping up
grabs: catches|snaps|snatches|snaps up
grace: deck|decorate|ornament|adorn
graced: embellished|decked|ornamented|beautified
graces: ornaments|adorns|decorates|saving graces
gracing: decking|adorning|embellishing|beautifying
grade: rank|tier
graded: ranged
grades: courses|ranks|ranges|tiers
graduate: grad|postgraduate|alum|alumnus
graduates: alumni|grads|alumnae|alums
grand: august|thousand|yard|thou
grandfather: grandpa|grandad|granddad|gramps
grandfathers: grandpas
grands: one thousands|grand pianos
grant: award
granted: awarded
granting: awarding
graphic: graphical|computer graphic|in writing
graphics: computer graphics
grateful: thankful
grave: severe|scratch|sober|sculpture
graven: sculptured
graves: sculptures|scratches|tombs|sculpts
gravities: gravitational attractions|gravitational forces
gravity: sobriety|gravitation|gravitational attraction|gravitational force
gray: grey|grizzly|greyish|grayish
graying: greying
grays: greys
greatest: sterling|superlative
green: common|park|commons|greenish
greens: commons
grey: gray|grizzly|greyish|grayish
greying: graying
greys: grays
gross: revenue|receipts
ground: reason|land|earth|anchor
grounded: anchored
grounding: anchoring
grounds: yard|lands|anchors|earths
group: radical|grouping|chemical group
groups: radicals|groupings|chemical groups
growing: growth|turning|maturation
grown: adult|grownup|fully grown
growth: development|growing|maturation
guarantee: ensure|secure|warrant|assure
guaranteed: secured|assured|insured|ensured
guaranteeing: assuring|insuring|vouching
guarantees: warrants|ensures|assures|secures
guard: ward
guarded: warded
guardian: defender|protector
guardians: defenders|protectors
guarding: warding
guards: wards
guess: shot|imagine|suppose|pretend
guessed: pretended|ventured|reckoned|opined
guesses: pretends|hypotheses|imagines|speculations
guessing: pretending|imagining|reckoning|supposing
guest: invitee
guests: invitees
guidance: counsel|steering|counseling|counselling
guide: direct|conduct|steer|maneuver
guided: steered|maneuvered|manoeuvred
guides: directs|conducts|maneuvers|steers
guiding: steering|directing|maneuvering|manoeuvring
guilty: shamed
gulf: disconnect|disconnection
gun: artillery|ordnance|heavy weapon
guns: heavy weapons
guy: cat|roast|rib|ridicule
guyed: laughed at|made fun|poked fun
guys: cats|ribs|roasts|hombres
gym: gymnasium
habit: wont
hair: whisker
hairs: whiskers
hall: lobby|hallway|foyer|vestibule
halls: hallways|lobbies|entrance halls
hand: give|pass|reach|paw
handed: passed on|turned over
handing: passing on|turning over
handle: treat|manage|grip|do by
handled: dealt|cared|did by|done by
handles: treats|manages|grips|dos by
handling: dealing|managing|treating|caring
hands: gives|passes|custody|reaches
handsome: bountiful
hang: bent|knack|hang up
hanging: wall hanging|hanging up
hangings: wall hangings
hangs: knacks|hangs up
happen: pass|occur|hap|befall
happened: passed|occurred|befell|befallen
happening: passing|occurrence|occuring|natural event
happenings: occurrences|natural events
happens: passes|occurs|befalls|haps
happiness: felicity
hard: difficult|firmly
hardly: barely|scarce|scarcely
harm: injury|trauma|impairment
harms: impairments
harried: hassled
harries: hassles|harasses
harry: plague|hassle|chevy|provoke
hat: lid|chapeau
hate: hatred|detest
hated: despised|scorned|detested
hates: hatreds|detests
hats: lids
head: lead|caput
heading: aim|bearing|header
headings: headers
headquarters: central office|main office|home office|home base
heads: leads|capita
healing: therapeutic|remedial|curative
health: wellness
healthcare: health care
hear: learn|discover|get word|get wind
heard: seen|saw|discovered|learnt
hearing: seeing|learning|audience|discovering
hearings: audiences
hears: learns|discovers|gets word|gets wind
heart: pump|bosom|ticker
hearts: pumps|bosoms|tickers
heat: hotness|heat energy|high temperature|heat up
heated: heated up
heating: heating up
heats: heat energies|high temperatures|heats up
heaven: paradise|nirvana|promised land
heavens: promised lands
heavy: heavily
height: peak|summit|elevation|pinnacle
heights: tops|peaks|elevations|summits
held: kept|maintained|taken hold|took hold
hell: blaze|inferno|hellhole|snake pit
hello: hi|howdy|hullo
hells: blazes|snake pits
helping: serving|portion
hence: thence
heritage: inheritance
heritages: inheritances
hid: concealed|hid out|hidden out
hidden: concealed|hid out|hidden out
hide: conceal|pelt|hide out
hides: skins|pelts|conceals|fells
hiding: concealing|concealment|hiding out
highlight: spotlight|highlighting|foreground|high spot
highlighted: played up
highlighting: spotlighting|playing up
highlights: spotlights|high spots|plays up
highly: extremely
highway: main road
highways: main roads
hilarious: screaming|uproarious
hill: mound
hills: mounds
hip: pelvis|hep|pelvic girdle|pelvic arch
hips: pelvic girdles|pelvic arches
hire: rent|engage|charter|lease
hired: engaged|employed|rented|chartered
hires: employs|rents|leases|engages
hiring: engaging|employing|renting|leasing
historic: historical
histories: chronicles
history: story|account|chronicle
hit: strike|hitting|striking|impinge on
hits: strikes|runs into|collides with
hitting: striking|impinging on|colliding with
hockey: field hockey|ice hockey|hockey game
hold: maintain|appreciation|grip|grasp
holding: property|keeping|maintaining|retention
holds: keeps|maintains|grips|clutches
hole: hole out
holed: holed out
holes: holes out
holiday: vacation
holidays: vacations
holies: holy places
holing: holing out
holy: sanctum|holy place
homeless: stateless|dispossessed|homeless person
honest: honorable
honestly: frankly|candidly
honey: beloved|dearest
honeys: dears
honor: award|honour|reward|observe
honored: observed|respected|rewarded|honoured
honoring: observing|rewarding|respecting|honouring
honors: rewards|respects|honours|observes
honour: reward|observe|laurels|accolade
honoured: rewarded|abode by
honouring: abiding by
honours: respects|honors|observes|accolades
hood: cap|punk|thug|goon
hoods: goons|punks|hoodlums
hook: rob|soak|fleece|plume
hooked: robbed|soaked|plucked|overcharged
hooking: soaking|plucking|overcharging|fleecing
hooks: plumes|robs|surcharges|soaks
hop: skip|hops
hope: trust|desire
hoped: trusted|desired
hopes: desires|trusts
hoping: trusting|skipping|desiring
hops: skips
horrible: ugly|horrifying|atrocious|frightful
horse: gymnastic horse
horses: gymnastic horses
hospital: infirmary
host: legion|horde
hosts: legions|hordes
hot: raging
hour: hr
hours: hrs
household: menage
housing: lodging|living accommodations
however: yet|nevertheless|nonetheless|notwithstanding
huge: vast|immense
human: homo|human being
humanity: manhood
humans: humanity|mankind|humankind|homos
hundred: one hundred
hundreds: centuries
hung: hung up
hungry: thirsty
hunt: trace|hound|hunt down|track down
hunted: traced|hounded|hunted down|tracked down
hunter: huntsman
hunting: hunt|tracing|hounding|hunting down
hunts: hounds|hunts down|tracks down
hurt: smart|injury|suffering|harm
hurting: aching|smarting
hurts: injuries|harms|aches|smarts
husband: hubby|conserve|economize|married man
husbands: conserves|married men
ice: frost|water ice
iced: frosted
ices: frosts|water ices
icing: frosting
idea: thought|mind
ideal: saint|paragon|apotheosis|nonpareil
ideals: paragons
ideas: thoughts|minds
identical: indistinguishable
identified: placed
identifying: placing|naming
identities: personal identities
identity: individuality|personal identity
idiot: moron|retard|imbecile|changeling
idiots: morons|retards|imbeciles|cretins
ignore: discount|dismiss|disregard|snub
ignored: dismissed|neglected|discounted|disregarded
ignores: discounts|dismisses|disregards|snubs
ignoring: dismissing|discounting|disregarding|snubbing
iii: trio|trinity|leash|trey
ill: sick|badly|complaint|poorly
illness: sickness|malady
illnesses: maladies|sicknesses
ills: ailments
image: project|picture|figure|fancy
imaged: visualized|visualised
images: pictures|projects|figures|sees
imagination: imaging|imagery|mental imagery
imagine: guess|suppose|reckon|envisage
imagined: guessed|reckoned|envisaged|opined
imagines: guesses|reckons|opines|supposes
imaging: figuring|projecting|picturing|visualizing
imagining: guessing|reckoning|supposing|opining
immediate: contiguous
immediately: directly|instantly|forthwith|straightaway
impact: touch|affect|wallop|bear upon
impacted: bore upon|born upon|borne upon|bore on
impacting: bearing upon|bearing on|touching on
impacts: affects|touches|wallops|bears upon
imperial: imperial beard
imperials: imperial beards
implement: enforce
implementation: execution|carrying out
implementations: executions|carrying outs
implemented: enforced
implementing: enforcing
implements: enforces
important: significant|of import
impossible: unimaginable|inconceivable
impression: belief|notion
impressions: notions
improve: amend|ameliorate
improved: amended|bettered|ameliorated
improvement: advance|betterment
improvements: advances
improves: amends|betters
improving: amending|bettering
inch: edge|column inch
inches: edges|ins|column inches
incident: incidental
incorporated: integrated|unified|incorporate|merged
increase: addition|gain
increases: gains|additions
increasingly: progressively
incredible: unbelievable
incredibly: unbelievably|fantastically|fabulously|improbably
independent: sovereign|autonomous|freelance|freelancer
independents: freelancers|free lances
index: indicator|index number
indicate: signal|designate
indicated: pointed|designated|bespoke|signalled
indicates: signals|designates
indicating: pointing|signaling|designating
indices: index numbers
individual: soul|somebody|mortal
individuals: persons|souls|someones|mortals
industries: manufactures
industry: manufacture
influence: shape|determine|regulate|mold
influenced: shaped|regulated|wrought|molded
influences: shapes|determines|regulates|molds
influencing: shaping|regulating|molding|acting upon
information: info
informations: infos
infos: informations
infrastructure: substructure
initially: ab initio
initiative: enterprise|maiden|inaugural|first step
initiatives: enterprises|openings|first steps|opening moves
injuries: hurts|harms|accidental injuries
injury: hurt|harm|trauma|accidental injury
inner: internal|interior
innocent: innocuous|guiltless|inexperienced person
innocents: inexperienced persons
innovation: invention|conception
innovations: inventions|conceptions
input: remark|input signal
inputs: input signals
inquiries: queries|enquiries|researches|interrogations
inquiry: query|interrogation|enquiry
inside: within|interior|indoors
inspector: examiner
inspectors: examiners
inspiration: brainchild
inspired: divine|elysian
instance: representative|illustration|illustrate|exemplify
instances: illustrations|illustrates|exemplifies
instant: flash|heartbeat|wink|instantaneous
instantly: outright|instantaneously|forthwith|straightaway
instants: split seconds
instead: rather|alternatively|or else
institute: plant|establish|constitute
instituted: constituted
institutes: constitutes|establishes|founds
instituting: constituting
institution: establishment
institutions: establishments
instructions: instruction manual|operating instructions
instrument: tool
instruments: tools
insurance: policy|insurance policy
insurances: insurance policies
integrated: incorporated|unified|incorporate|merged
integration: consolidation|integrating|desegregation
integrations: consolidations
integrity: unity|wholeness
intellectual: rational|intellect
intellectuals: intellects
intelligence: intelligence service|intelligence agency
intelligences: intelligence services|intelligence agencies
intense: acute
intent: aim|intention|wrapped|absorbed
intention: aim|intent
intentions: designs|aims|intents
intents: purports
interaction: fundamental interaction
interactions: fundamental interactions
interest: worry|concern|sake|involvement
interested: concerned|worried|occupied
interesting: concerning|worrying|occupying
interests: concerns|worries|occupies|sakes
interior: internal
interiors: insides
international: outside|external
internet: net|cyberspace
interpretation: rendering|rendition
interpretations: readings|renditions|renderings
intervention: interference|intercession
interventions: interferences
interview: audience|consultation
interviewed: questioned
interviews: audiences|consultations
introduce: innovate|acquaint
introduced: presented|acquainted|innovated
introducing: presenting|innovating
introduction: entry|debut|launching|unveiling
introductions: debuts|first appearances
invasion: intrusion|encroachment
invasions: intrusions|encroachments
invest: commit|empower|endow
invested: gifted|empowered|endowed|putted
investigate: inquire|enquire|look into
investigated: inquired|enquired|looked into
investigates: inquires|enquires|looks into
investigating: inquiring|enquiring|looking into
investigation: investigating|probe
investigations: probes
investing: placing|empowering|gifting|commiting
investment: investing|investment funds
invests: empowers
invite: ask for|ask over|ask round
invited: asked for|asked over|asked round
invites: asks for|asks over|asks round
inviting: asking for|asking over|asking round
involve: regard
involved: affected|regarded|mired
involvement: participation|engagement|involution
involvements: participations
involves: regards|affects
involving: regarding|affecting
iron: iron out
ironed: ironed out
ironing: ironing out
irons: presses|irons out
isolated: separated|detached|stray
issue: release|supply|publish|bring out
issued: supplied|brought out|putted out
issues: numbers|supplies|releases|publishes
issuing: supplying|bringing out
item: detail
items: details|particulars
jack: tar|squat|seaman|mariner
jacked: jacked up
jacking: jacking up
jacks: shits|mariners|squats|seafarers
jail: lag|jug|remand|imprison
jailed: imprisoned|incarcerated|remanded|lagged
jailing: imprisoning|incarcerating
jails: lags|jugs|pokies|imprisons
jazz: bang|screw|eff|hump
jazzed: bedded|humped|effed|slept together
jazzing: sleeping together|making out|making love|sleeping with
jealous: envious|covetous
jean: denim|blue jean
jeans: dungarees|blue jeans
jet: squirt|spurt|gush|sooty
jets: squirts|spurts|gushes|jet planes
jetted: gushed
jimmy: prize|lever|pry|prise
job: business|line|task|occupation
jobbed: farmed out
jobbing: subcontracting|farming out
jobs: lines|businesses|tasks|chores
john: bathroom|toilet|privy|lavatory
johns: cans|toilets|bathrooms|lavatories
join: union|joint|sum|junction
joined: linked|coupled|fallen in|fell in
joining: connection|connexion|falling in|geting together
joins: unions|sums|joints|junctions
joint: articulate|articulation
joints: articulates|articulations
joke: laugh|gag|jest
jokes: laughs|gags
josh: jolly|banter|chaff
joshing: bantering
journal: diary
journalist: diarist|diary keeper
journalists: diary keepers
journals: diaries
journey: journeying
joy: pleasure|delight|rejoice|gladden
joys: pleasures|delights|rejoices
judge: justice|evaluate|jurist|evaluator
judged: evaluated|passed judgment
judges: justices|evaluates|jurists|evaluators
judging: evaluating|passing judgment
judgment: assessment|judgement
judgments: assessments|judgements
jump: spring|bound|leap|startle
jumped: bounded|sprung|startled|sprang
jumping: startling|leaping|springing|bounding
jumps: bounds|leaps|startles
jury: panel
keep: support|living|hold|continue
keeping: holding|continuing|maintaining|proceeding
keeps: continues|holds|supports|proceeds
ken: cognizance
kept: held|continued|maintained|proceeded
key: central|identify|describe|discover
keyed: keyed out
keying: keying out
keys: describes|identifies|discovers|distinguishes
khan: caravan inn
khans: caravan inns
kick: charge|rush|bang|boot
kicks: boots|bangs|rushes|thrills
kid: minor|josh|fry|jolly
kidding: bantering
kids: children|fries|minors|youngsters
kill: killing|defeat|shoot down|vote down
killed: defeated|shot down|voted down|voted out
killer: slayer
killers: slayers
killing: kill|defeating|violent death|shooting down
killings: violent deaths
kills: defeats|killings|shoots down|votes down
kind: form|sort|variety|genial
kinda: kind of|sort of
kinds: forms|sorts|varieties
king: queen|male monarch
kingdom: realm
kingdoms: realms
kings: queens
kiss: buss|snog
kissed: bussed
kisses: busses
kissing: bussing|snogging
kit: outfit|kit out|kit up
kiting: kiting out|kiting up
kits: outfits|kits out|kits up
kitted: kitted out|kitted up
knee: stifle|knee joint|human knee
knees: stifles|knee joints|human knees
knife: stab
knight: dub
knights: dubs
knock: knocking|roast|strike hard
knocked: struck hard
knocking: striking hard
knocks: roasts|strikes hard
knowing: wise|intentional|wise to
knowledge: cognition
lab: laboratory|research lab|research laboratory|science lab
label: tag|recording label
labeling: tagging
labelled: tagged
labels: tags|recording labels
labor: push|labour|dig|grind
laboratories: labs|research labs|research laboratories|science labs
laboratory: lab|research lab|research laboratory|science lab
labored: laboured|tugged|toiled
laboring: tugging|toiling|labouring
labors: fags|grinds|tugs|labours
labour: push|labor|dig|grind
laboured: labored|tugged|toiled
labouring: toiling|laboring
labours: fags|grinds|tugs|labors
labs: laboratories|research labs|research laboratories|science labs
lack: miss|deficiency
lacks: misses|deficiencies
ladies: dames
lady: dame|madam|gentlewoman
laid: placed|posed|positioned|putted
land: ground|soil|set down|put down
landed: putted down|brought down
landing: landing place|setting down|bringing down
landings: landing places
lands: grounds|soils|sets down|puts down
language: speech|linguistic communication|speech communication|spoken communication
languages: speeches|linguistic communications|speech communications|spoken communications
laptop: laptop computer
laptops: laptop computers
large: big
largely: mostly
larger: bigger
laser: optical maser
lasers: optical masers
late: deep|belated|tardy|belatedly
lately: latterly|of late
later: late|afterwards|subsequently|afterward
latest: modish|in style|in vogue
laugh: laughter|express joy|express mirth
laughed: expressed joy|expressed mirth
laughing: expressing joy|expressing mirth
laughs: expresses joy|expresses mirth
launch: establish|launching|set up
launched: established|founded
launches: establishes|founds|sets up
launching: establishing|founding|setting up
law: jurisprudence
lawyer: attorney
lawyers: attorneys
lay: pose|secular|ballad|repose
layers: beds
laying: placing|positioning|posing
lays: poses|ballads|puts down
lazy: indolent
lead: leave|result|direct|guide
leader: drawing card|loss leader
leaders: leadership|drawing cards|loss leaders
leadership: leading|leaders
leading: lead|star|leaving|leadership
leads: leaves|guides|directs|conducts
leaf: flip|thumb|flick|foliage
leafed: thumbed
leafing: thumbing
leafs: thumbs|flips|riffs|flicks
league: conference
leagues: conferences
learn: hear|discover|acquire|get word
learned: knowing|knowledgeable|erudite|lettered
learning: seeing|hearing|acquisition|scholarship
learns: hears|discovers|acquires|gets word
learnt: got word|gotten word|got wind|gotten wind
leave: go forth|go away
leaves: folios|gos forth|gos away
leaving: departure|going away|going forth
leavings: going aways
led: taken|directed|conducted|resulted
lee: downwind
left: remaining|odd|leftover|left wing
lefts: left wings
legacies: bequests
legacy: bequest
legally: lawfully|de jure
legend: caption|fable
legendary: fabled
legends: captions|fables
legislation: legislating|lawmaking|statute law
legislations: statute laws
legitimate: logical|legalize|legitimize|legalise
length: duration
lengths: durations
lesson: deterrent example|object lesson
lessons: examples|deterrent examples|object lessons
let: allow|permit|net ball
lets: allows|permits|net balls
letter: missive|alphabetic character
letters: missives|alphabetic characters
letting: allowing|lease|rental|permitting
level: degree|grade|flat|plane
leveling: dismantling|razing|tearing down|taking down
levelled: dismantled|razed|tore down|torn down
levels: degrees|grades|tiers|dismantles
liberal: broad|progressive|tolerant
liberals: progressives
liberty: autonomy
license: permit|licence|certify
licensed: certified|licenced
licenses: permits|licences|certifies
licensing: certifying|licencing
lieutenant: police lieutenant
lieutenants: police lieutenants
lifestyle: life style|modus vivendi
lifestyles: life styles
lifetime: lifespan
lifetimes: lifespans
lift: raise|elevate|aerodynamic lift|get up
lifted: elevated|got up|gotten up|brought up
lifting: elevating|geting up|bringing up
lifts: raises|elevates|aerodynamic lifts|gets up
light: lightly|illuminate|visible light|visible radiation
lighting: illuminating|lighting up|firing up
lights: illuminates|visible lights|visible radiations|light sources
likely: probably|probable
limit: bound|boundary|restrict|throttle
limited: express|restricted|confined|bounded
limiting: restricting|restraining|bounding|throttling
limits: boundaries|bounds|confines|restricts
line: run along
lined: ran along
lines: runs along
link: tie|associate|connect|relate
linked: joined|connected|tied|coupled
linking: relating|connecting|tying|associating
links: ties|associates|connects|relates
lion: social lion
lions: social lions
liquid: swimming|liquidity|liquid state
liquids: liquid states
list: listing|lean|leaning|tilt
listed: named
listen: hear|take heed
listened: taken heed|took heed
listening: hearing|taking heed
listens: hears|takes heed
listing: naming
lists: listings|leans|leanings|tilts
lit: illuminated|lit up|fired up
literature: lit
live: dwell|inhabit|populate|unrecorded
lived: populated|inhabited|dwelt
lives: dwells|inhabits
living: dwelling|inhabiting|populating
load: burden|loading|laden|lade
loaded: laden|loaded up
loading: charging|lading|loading up
loads: tons|scores|dozens|piles
loan: lend
loans: lends|loanwords
local: local anesthetic|local anaesthetic|topical anesthetic|topical anaesthetic
locals: local anesthetics|local anaesthetics|topical anesthetics|topical anaesthetics
located: placed|situated
location: placement|positioning|locating|emplacement
locations: positions|placements|emplacements
lock: operate|engage|mesh|curl
locked: engaged|operated|meshed
locking: meshing
locks: operates|curls|engages|meshes
log: lumber|logarithm
logged: lumbered
logging: lumbering
logs: logarithms
lonely: lone|solitary|lonesome
looking: look|sounding|looking at|looking for
loop: intertwine|eyelet|grommet
looped: intertwined
looping: intertwining
loops: eyelets
loose: unleash|liberate|let loose
looses: unleashes|liberates|lets loose
loosing: freeing|liberating|unleashing|letting loose
lord: master|overlord
lords: masters|overlords
lost: confused|doomed|disoriented
lot: deal|mass|mountain|plenty
lots: deals|mountains|tons|scores
lotted: meted out|shelled out|dealt out|dished out
loud: cheap|flash|loudly|aloud
lovelies: cover girls
lovely: adorable|endearing|cover girl
lover: buff|devotee
lovers: devotees|buffs
low: depression|moo
lower: lower berth|take down|let down|get down
lowered: taken down|took down|got down|gotten down
lowering: taking down|letting down|geting down|bringing down
lowers: lower berths|takes down|lets down|gets down
lows: depressions|moos
loyal: patriotic
luck: circumstances|portion|fate|fortune
lunch: luncheon|tiffin
lunches: luncheons
lying: fabrication
mac: mack|macintosh|mackintosh
mad: sick|sore|disturbed|unbalanced
magazine: mag
magazines: mags
magic: trick|magical|charming|illusion
magical: charming|wizard|witching
magics: magic tricks|conjuring tricks
mail: mail service|postal service|get off
mailed: got off|gotten off
mailing: geting off
mails: mail services|postal services|gets off
main: chief|master|independent|primary
mainly: primarily|chiefly|principally
maintain: preserve|conserve|keep up
maintained: preserved|retained|conserved|kept up
maintaining: preserving|conserving|keeping up
maintains: preserves|conserves|keeps up
maintenance: upkeep
majorities: absolute majorities
majority: bulk|absolute majority
maker: shaper
makers: shapers
makeup: war paint
makeups: war paints
making: qualification|devising|fashioning
male: manly|virile|male person
males: male persons
mall: plaza|promenade|shopping mall|shopping center
malls: plazas|promenades|shopping malls|shopping centers
mama: mum|mommy|mummy|momma
mamas: mummies|mommies|mommas
manage: handle|pull off|bring off|carry off
managed: handled|dealt|cared|pulled off
management: direction
manager: director|coach|handler|managing director
managers: directors|coaches|handlers|managing directors
manages: handles|pulls off|brings off|carries off
managing: dealing|handling|caring|pulling off
manner: fashion|mode|personal manner
manners: modes|fashions|personal manners
manufacturer: producer|maker|manufacturing business
manufacturers: producers|makers|manufacturing businesses
manufacturing: manufacture|fabrication
map: function|mapping|mathematical function
maps: functions|mappings|mathematical functions
march: process|marching
marched: processed
margin: perimeter
margins: perimeters
maria: mare
marijuana: cannabis|ganja|marihuana
marine: maritime|nautical|devil dog|shipboard soldier
marines: devil dogs|shipboard soldiers
mark: score|grade|tag|label
marked: pronounced|tagged|labelled
market: marketplace|market place
marketing: selling|merchandising
markets: marketplaces|market places
marking: labeling|tagging
marks: scores|grades|labels|tags
marriage: union|matrimony|wedlock|spousal relationship
marriages: spousal relationships|married couples
married: tied|marital|wedded|espoused
marries: weds|espouses|splices|gets married
marry: tie|wed|splice|espouse
marrying: tying|splicing|espousing|geting married
mask: cloak
masked: cloaked
masking: cloaking|dissembling
masks: cloaks
mass: mountain|plenty|mess|sight
masses: sights|pots|piles|stacks
massive: monumental|monolithic
master: chief|lord|primary|principal
mastered: subdued|overcame|surmounted|got over
mastering: overcoming|subduing|surmounting|geting over
masters: lords|overcomes|overlords|gets over
match: check|agree|fit|tally
matched: fitted|corresponded|tallied
matches: checks|fits|agrees|corresponds
matching: corresponding|fitting|agreeing|tallying
mate: pair|twin|teammate|copulate
mated: twinned
material: stuff
materials: stuffs
mates: twins|pairs|teammates|first mates
math: mathematics|maths
mating: pairing|coupling|twining|copulating
matt: flat|mat|matte|matted
matter: issue|subject|count|topic
mattered: weighed
matters: affairs|subjects|counts|topics
mature: matured
max: soap|scoop|goop|liquid ecstasy
maxes: liquid ecstasies|easy lays
maxima: upper limits|level bests
maximum: utmost|maximal|uttermost|upper limit
maybe: perhaps|possibly|perchance
mayor: city manager
mayors: city managers
mean: average|intend|imply|hateful
meaning: significant|pregnant|substance|significance
meanings: substances|imports
means: agency|implies|intends|entails
meant: intended|implied|entailed
meanwhile: meantime|interim|lag
measure: quantity|quantify|measure out
measured: metric|quantified|metrical|measured out
measures: steps|amounts|quantities|quantifies
measuring: quantifying|measuring out
meat: kernel
meats: kernels
mechanical: mechanically skillful
mechanism: mechanics|chemical mechanism
mechanisms: chemical mechanisms
medal: palm|decoration|ribbon|medallion
medals: decorations|palms|ribbons|medallions
medical: checkup|medical checkup|medical examination|medical exam
medicals: medical checkups|medical examinations|medical exams|health checks
medicine: medication|medicate|medical specialty|medicinal drug
medicines: medications|medical specialties|medicinal drugs
medium: intermediate
meet: encounter|fitting|sports meeting|run into
meeting: seeing|encountering|group meeting|get together
meetings: group meetings|get togethers
meets: sees|encounters|sports meetings|runs into
member: fellow member
members: fellow members
membership: rank
memorial: remembrance|commemoration
memorials: commemorations|remembrances
memory: remembering
men: hands|workforce|manpower|work force
mens: workforces|work forces
mention: credit|reference|refer|observe
mentioned: named|noted|referred|observed
mentioning: noting|citing|naming|observing
mentions: credits|refers|remarks|cites
menu: carte
menus: cartes
mercy: clemency
mess: fix|hole|jam|pickle
message: content|substance|subject matter
messages: contents|substances|subject matters
messed: messed up
messes: pickles|jams|messes up
messing: messing up
met: saw|encountered|ran into|ran across
metal: metallic|alloy|metallic element
metals: alloys|metallic elements
method: method acting
mice: black eyes
middle: heart|center|eye|centre
might: power
mike: microphone
mile: mi|knot|statute mile|stat mi
miles: knots|mis|statute miles|stat mis
militaries: military machines|war machines
military: armed forces|armed services|military machine|war machine
mill: factory|manufactory|manufacturing plant|mill about
milled: milled about|milled around
milling: milling about|milling around
million: billion|trillion|meg|zillion
millions: billions|trillions|megs|zillions
mills: factories|manufacturing plants|mills about|mills around
mind: head|brain|psyche|nous
minds: heads|brains|psyches
mini: miniskirt
minima: lower limits
minimum: minimal|lower limit
mining: excavation
minis: miniskirts
minister: pastor|rector|curate|parson
ministers: parsons|pastors|curates|rectors
minor: fry|youngster|shaver|nestling
minors: fries|youngsters|shavers|nestlings
minute: moment|min|narrow|mo
minutes: seconds|moments|transactions|bits
miss: girl|lose|missy|misfire
misses: loses|filles|misfires|young ladies
missing: losing|wanting|lacking|absent
mission: missionary post|missionary station|foreign mission|military mission
missions: missionary posts|missionary stations|foreign missions|military missions
mistake: fault|error|slip|misunderstanding
mistaken: slipped|erred|misidentified
mistakes: errors|faults|slips|misunderstandings
mistaking: erring
mistook: erred|misidentified
mix: mixture|combine|blend|merge
mixed: combined|integrated|merged|blended
mixes: combines|blends|mixtures|fuses
mixing: combining|integrating|merging|blending
mobile: wandering|nomadic|roving|peregrine
mode: fashion|manner
model: pattern|framework|mold|mould
modeling: molding|moulding|patterning
modelled: patterned|molded|moulded
models: patterns|frameworks|molds|moulds
moderate: temperate|centrist
moderated: chaired
moderates: centrists
moderating: chairing
modern: mod|modernistic|modern font
moderns: modern fonts
modes: manners|fashions
mom: ma|mum|mama|mommy
moment: bit|minute|mo|instant
moments: seconds|bits|mos|instants
moms: mas|mums|mummies|mamas
monitor: reminder|supervise|proctor
monitored: supervised
monitoring: supervising
monitors: reminders|supervises
monster: giant|goliath|colossus|behemoth
monsters: giants|behemoths|goliaths
month: calendar month
months: calendar months
mood: climate|humor|humour|temper
moods: climates|tempers|humors|humours
moon: daydream|moon around|moon on
mooning: mooning around|mooning on
moons: daydreams|moons around|moons on
moral: lesson
morning: morn|morning time|good morning
mornings: morning times|good mornings
mostly: generally|largely
mother: father|generate|fuss|sire
mothered: brought forth
mothering: fussing|fathering|engendering|geting
mothers: fathers|generates|begets|sires
motion: gesture
motioned: gestured
motioning: gesticulating
motions: gestures
motivation: motive
motor: motive|centrifugal
motors: drives
mount: climb|wax|saddle horse|riding horse
mountain: mass|plenty|mess|sight
mountains: deals|masses|sights|pots
mounted: risen|climbed|waxed
mounting: climbing|waxing
mounts: climbs|waxes|saddle horses|riding horses
mouse: sneak|creep|shiner|black eye
mouth: speak|utter|verbalize|oral cavity
mouthed: uttered
mouthing: uttering
mouths: utters|oral cavities|oral fissures
move: travel|relocation|displace
moved: gone|affected|touched|travelled
movement: motion|motility
movements: moves|motions
moves: travels|displaces|gos|relocations
movie: film|picture|pic|flick
movies: pictures|films|pics|flicks
moving: traveling|displacing
mum: ma|silent|mama|mommy
mums: mas|mummies|mamas|mommies
murder: remove|execution|dispatch|slay
murdered: dispatched|slain|slew|mutilated
murdering: slaying|dispatching|offing|mutilating
murders: offs|removes|executions|dispatches
muscle: muscular tissue
muscles: muscular tissues
musical: musical comedy|musical theater
musicals: musical comedies|musical theaters
mutual: reciprocal
mysteries: enigmas|closed books|mystery stories
mystery: enigma|whodunit|closed book|mystery story
nail: cop|collar|nab|apprehend
nailed: apprehended|copped|collared|nabbed
nailing: apprehending|nabbing|picking up
nails: arrests|collars|nabs|picks up
naked: bare|nude|defenseless|au naturel
name: call|identify
named: identified
names: calls|identifies|name calling
naming: identifying
narrative: tale|narration
narratives: narrations
narrow: specify|pin down|peg down|nail down
narrowed: pinned down|pegged down|nailed down|narrowed down
narrowing: specifying|pining down|pegging down|nailing down
narrows: specifies|pins down|pegs down|nails down
nasty: awful
nation: commonwealth|res publica|body politic
national: subject
nations: lands|commonwealths|body politics
native: aboriginal|aborigine
natives: aborigines|aboriginals
natural: cancel
naturally: of course
navies: dark blues|navy blues
navy: naval forces|dark blue|navy blue
nazi: national socialist
near: almost|close|nearly|approach
neared: came on|gone up|went up|drawn near
nearing: coming on|going up|drawing near|drawing close
nearly: near|closely|virtually|nigh
nears: comes on|gos up|draws near|draws close
necessarily: inevitably|of necessity
necessary: essential|requirement|necessity|requisite
neck: cervix|make out
necked: made out
necking: making out
necks: makes out
needed: required|requisite|needful
needs: necessarily|inevitably|of necessity
negative: veto
neighborhood: neighbourhood|vicinity|locality
neighborhoods: localities|neighbourhoods
nervous: anxious|uneasy|queasy|unquiet
net: internet|sack|cyberspace|nett
nets: sacks|clears|internets|sacks up
netted: sacked up
netting: sacking|sacking up
network: web
networks: webs
neutral: indifferent|inert|impersonal
nevertheless: nonetheless|notwithstanding|withal|even so
newly: freshly
news: word|intelligence|tidings
newspaper: newspaper publisher
newspapers: newspaper publishers
nice: decent
nick: chip|dent|ding|gouge
nicks: dents|dings|gouges
night: dark|nighttime
nights: darks
nine: ix|niner|baseball club|ball club
nines: niners|baseball clubs|ball clubs
noble: imposing|stately|nobleman|baronial
nobodies: ciphers|cyphers
nobody: cipher|cypher
noise: racket|dissonance|resound|make noise
noises: rackets|makes noise
nonsense: bunk|nonsensical|frill|meaninglessness
normal: rule|pattern|convention|formula
normally: commonly|ordinarily
normals: formulae
north: northward|northerly|northwards
northern: northerly
nose: poke|pry|intrude|olfactory organ
nosed: poked|intruded|pried|horned in
noses: pokes|intrudes|olfactory organs|horns in
nosing: horning in
note: mark|notice|mention|observe
noted: famous|mentioned|noticed|marked
notes: lines|marks|remarks|mentions
nothing: zero|zip|null|nil
nothings: nils|zips|zeroes|ciphers
notice: mark|note|discover|observation
noticed: discovered|noted|marked|observed
notices: observations|discovers|observes|detects
noticing: discovering|observing|detecting
noting: marking|observing|mentioning|noticing
novel: fresh|refreshing
nuclear: atomic
number: come|total|amount|figure
numbered: amounted|totalled|added up
numbering: totaling|amounting|adding up
numbers: figures|amounts|totals|numbers pool
numerous: legion
nurse: harbor|harbour|entertain|nanny
nursed: harbored|harboured
nurses: harbors|harbours|entertains|nannies
nursing: entertaining|harboring|harbouring
nuts: cracked|bats|crackers|daft
object: target|aim|objective|physical object
objective: object|aim|accusative|objective lens
objectives: targets|aims|objective lenses|object lenses
objects: targets|aims|objectives|physical objects
observed: ascertained
obtain: incur
obtained: gotten|incurred
obtaining: incurring|geting
obtains: incurs
obviously: apparently|plain|evidently|plainly
occasion: affair|juncture|social occasion|social function
occasionally: on occasion|at times
occasions: functions|social occasions|social functions
occupation: military control
occupations: military controls
occur: hap|go on|pass off|fall out
occuring: going on|passing off|falling out|coming about
occurred: gone on|went on|passed off|fallen out
occurs: passes|haps|gos on|passes off
oceans: seas
odd: uneven
odds: betting odds
offense: offence|umbrage|offensive activity
offenses: offences|offensive activities
offensive: offense|offence
offer: offering|proffer
offered: proffered
offers: offerings
office: agency|authority|bureau|business office
officer: military officer
officers: officeholders|military officers
offices: authorities|agencies|bureaux|business offices
official: functionary
officially: formally
officials: functionaries
often: frequently|oft|oftentimes
oil: anoint|oil color|oil colour
oiled: anointed
oils: oil colors|oil colours
okay: fine|ok|alright|approve
older: senior|aged|elderly|elder
once: one time
open: clear|outdoors|unfastened|open air
opened: opened up
opening: gap|opening up
openings: gaps
opens: clears|open airs|opens up
operate: function
operated: wrought|functioned
operates: gos
operating: operational|functioning|in operation
operational: functional|usable|operable|useable
operations: trading operations
operator: manipulator
operators: manipulators
opinion: view|sentiment|persuasion
opinions: sentiments|persuasions
opponent: opposing|antagonist|adversary
opponents: adversaries|opposites|antagonists|oppositions
opportunities: chances
opposite: reverse|contrary|paired|opposite word
opposites: reverses|antonyms|opposite words
opposition: resistance
oppositions: resistances
option: choice|alternative
options: choices|alternatives
oral: viva|unwritten|oral exam|oral examination
orals: oral exams|oral examinations|viva voces
order: tell|enjoin
ordered: arranged|enjoined
orders: tells
organic: organic fertilizer|organic fertiliser
organics: organic fertilizers|organic fertilisers
organisation: establishment|governance|brass|governing body
organisations: establishments|administrations|governing bodies
organization: organisation|arrangement
organizations: arrangements|organisations
origin: root|descent|extraction
original: master|pilot|archetype|master copy
originals: archetypes|master copies
origins: roots|beginnings|extractions|descents
otherwise: differently|other than
outcome: consequence|termination|resultant|upshot
outcomes: terminations|final results
outfit: rig|turnout|equip|getup
outfits: rigs|equips|turnouts|fits out
outfitted: fitted out
outfitting: fitting out
output: yield|end product
outputs: end products
outside: external|exterior|outdoors|extraneous
outstanding: prominent|striking|spectacular|salient
overall: boilers suit
overalls: boilers suits
overcame: subdued|surmounted|got over|gotten over
overcome: defeat|subdue|surmount|get over
overcomes: gets over
overcoming: defeating|mastering|subduing|surmounting
overseas: abroad|oversea
owner: proprietor|possessor
owners: proprietors
ownership: possession
pace: stride|gait|footstep
paces: strides
pacific: peaceable
pack: battalion|multitude|plurality|large number
package: bundle|packet|parcel
packaged: boxed
packages: bundles|packets|parcels
packaging: boxing
packed: jammed
packs: battalions|multitudes|large numbers
paid: given|gave
pain: hurt|trouble|hurting|anguish
pained: anguished
painful: sore
pains: troubles|ails
paint: pigment
paints: pigments
pair: mate|twin|duo|span
paired: matched|coupled|mated|twinned
pairing: mating|coupling|twining|pairing off
pairs: couples|twins|mates|braces
palace: castle
palaces: castles
pan: cooking pan|goat god|pan out|pan off
panel: jury
panels: juries
panic: terror|scare
panics: terrors
panned: panned out|panned off
panning: panning out|panning off
pans: cooking pans|goat gods|pans out|pans off
pants: drawers|knickers|bloomers
paper: report|theme|composition|wallpaper
papers: reports|document|themes|compositions
parallel: analog|latitude|analogue
parallels: latitudes|analogues|analogs
parent: raise|rear|nurture|bring up
parented: brought up
parenting: nurturing|rearing|bringing up
parents: raises|rears|nurtures|brings up
park: common|green|commons|parkland
parks: commons|greens|parklands
parliament: sevens
participate: take part
participated: taken part|took part
participates: takes part
participating: entering|taking part
participation: engagement|involvement|involution
participations: involvements
particular: specific|detail|item|peculiar
particularly: especially|specially|peculiarly|in particular
parties: political parties
partly: partially
partner: mate|spouse|collaborator|married person
partners: mates|spouses|collaborators|married persons
party: political party
pass: walk|passing|surpass|go through
passage: transition
passages: transitions
passed: surpassed|gone through|went through|gone across
passenger: rider
passengers: riders
passes: walks|surpasses|gos through|gos across
passing: extremely|exit|departure|expiration
passion: warmth
passions: heats
past: retiring|preceding|yesteryear|past times
pat: tap|chuck|rap|slick
patch: fleck|speckle
patched: pieced
patches: plots|flecks|speckles
patching: piecing
patience: solitaire|forbearance
patient: affected role|patient role
patients: affected roles|patient roles
pats: taps|raps|chucks|dabs
patted: chucked|dabbed
pattern: shape
patterned: modelled
patterns: practices|shapes
patting: chucking|dabbing
pay: wage|salary|earnings|remuneration
paying: salaried|gainful
pays: wages|salaries
peaceful: passive|peaceable
peak: prime|flower|bloom|flush
peaked: topped out
peaking: topping out
peaks: blossoms|blooms|primes|flushes
pen: compose
penalties: punishments
penalty: punishment
pens: composes
pension: pension off
pensions: pensions off
percent: percentage|pct|per centum
percentage: portion|pct|per centum
percentages: percents
perfect: complete|pure|gross|staring
perfected: honed
perfecting: honing
perfectly: utterly
perfects: hones|perfect tenses
perform: execute
performance: public presentation
performances: public presentations
performed: executed
performing: acting|executing
performs: dos|executes
perhaps: possibly|perchance
period: time period
periods: time periods
permanent: lasting|perm|permanent wave
permanents: permanent waves
permission: license|permit
permit: license|permission|licence|countenance
permits: licenses|licences|permissions
person: someone|individual|soul|somebody
personnel: personnel department|personnel office|staff office
personnels: personnel departments|personnel offices|staff offices
persons: souls|someones|mortals|somebodies
perspective: linear perspective
perspectives: linear perspectives
pet: favourite|preferred|darling|favored
peter: dick|tool|cock|shaft
peters: dicks|cocks|shafts|pricks
petition: prayer
pets: favorites|favourites|darlings
philosophies: doctrines|isms|philosophical systems
philosophy: doctrine|ism|philosophical system
phone: call|sound|ring|telephone
phoned: rung|telephoned|called up
phones: rings|telephones|telephone sets|speech sounds
phoning: telephoning|calling up
photo: picture|exposure|photograph|pic
photograph: exposure|snap|pic
photographed: snapped
photographing: snapping
photographs: pics|shoots|snaps|exposures
photography: picture taking
photos: pictures|photographs|pics|exposures
phrase: articulate|formulate|musical phrase|give voice
phrased: gave voice|given voice
phrases: articulates|formulates|musical phrases|gives voice
phrasing: formulating|articulating|giving voice
physics: natural philosophy|physical science
piano: softly|pianoforte
pic: exposure|photograph|flick|moving picture
pick: choice|selection|picking|pluck
picked: plucked|culled
picking: culling|plucking
picks: choices|selections|pickings|plucks
pics: photographs|exposures|flicks|moving pictures
picture: project|figure|image|painting
pictured: projected|rendered|depicted|envisioned
pictures: projects|images|figures|sees
picturing: visualizing|envisioning|fancying|visualising
piece: patch|assemble|tack|put together
pieced: tacked|putted together|tacked together
pieces: patches|assembles|tacks|puts together
piecing: patching|tacking|setting up|tacking together
pilot: fly|navigate|airplane pilot
piloted: navigated
piloting: navigating
pilots: flies|navigates|airplane pilots
pin: trap|immobilize
pink: knock|tap|rap|ping
pinks: pings|garden pinks
pinned: immobilized|immobilised
pins: traps
pipe: piping|shrill|shriek|tobacco pipe
piped: shrieked|piped up
pipes: shrieks|tobacco pipes|pipes up
piping: shrieking|piping up
pissed: wet|loaded|annoyed|stiff
pit: oppose|scar|cavity|fossa
pitch: sky|delivery|shift|flip
pitched: shifted|tossed|flipped|lurched
pitches: skies|deliveries|flips|tosses
pitching: shifting|flipping|tossing|lurching
pits: scars|opposes|cavities|plays off
pitted: scarred|played off
pitting: scaring|playing off
pizza: pizza pie
pizzas: pizza pies
placed: located|situated
plain: kick|apparent|complain|patent
plains: kicks|complains|knits|knit stitches
plan: program|design|programme|be after
plane: flat|sheet|airplane|shave
planes: sheets|airplanes|aeroplanes|shaves
planet: satellite|major planet
planets: satellites|major planets
planing: skimming|bing after
planned: plotted|am after|are after|been after
plans: programs|designs|programmes|bes after
plant: flora|implant|embed|industrial plant
planted: embedded|implanted|imbedded
planting: embedding|implanting
plants: sets|implants|embeds|industrial plants
plastic: pliant|credit card|charge card|charge plate
plastics: credit cards|charge cards|charge plates
plate: home plate|home base
plates: home plates|home bases
platform: political platform|political program
platforms: political platforms|political programs
play: drama|dramatic play
player: musician|participant|instrumentalist
players: participants|musicians|instrumentalists
plays: dramas|dramatic plays
please: delight
pleased: delighted|proud of
pleases: delights
pleasing: delighting
pleasure: joy|delight|pleasance
pleasures: joys|delights
plenty: mass|mountain|mess|sight
plot: patch|diagram|secret plan
plots: patches|diagrams|secret plans
plus: addition|positive|asset|summation
pocket: sack|sac|pouch
pockets: sacks|pouches|sacs
poem: verse form
poems: verse forms
poetry: verse
point: show|indicate|orient|designate
pointed: indicated|designated|oriented
pointing: indicating|designating|orienting
points: shows|indicates|designates
pole: punt
poles: punts
police: law|patrol|constabulary|police force
polices: police forces
policing: patrolling
polish: smooth|shine|cultivation|gloss
polished: refined|downed|shone|smoothed
polishes: glosses|refinements|refines|smooths
polishing: downing|refining|smoothing
politics: political relation|political science
poll: crown|canvas|pate|canvass
polled: canvassed
polling: canvassing
polls: crowns|canvases|canvasses|opinion polls
pollution: defilement
pool: pond
pools: ponds
poor: pathetic|miserable|wretched|pitiful
poors: poor peoples
pop: popular|dad|pa|daddy
pope: pontiff
popped: protruded|bulged|popped out|bulged out
popping: protruding|bulging|popping out|bulging out
pops: dads|pas|sodas|daddies
porn: pornography|porno|erotica|smut
port: port wine
portion: component|assign|constituent|allot
portions: constituents|assigns|component parts
portrait: portrayal|portraiture
portraits: portrayals
ports: port wines
position: lay|pose|military position
positioned: posed|putted
positioning: posing
positions: sets|puts|poses|lays
positive: confident|convinced|positive degree
positives: positive degrees
possession: ownership
possible: potential
possibly: perchance
post: station|military post
posting: poster|placard
postings: placards
posts: stations|military posts
pot: toilet|throne|stool|potty
potential: likely|voltage|potency|potentiality
potentials: voltages|potentialities|electric potentials|potential differences
pots: cans|thrones|toilets|stools
pound: ram|lb|poke|quid
pounded: poked|rammed|thumped|rammed down
pounding: poking|thumping|ramming|ramming down
pounds: lbs|rams|pokes|thumps
poverty: impoverishment
powder: gunpowder|pulverize
powdered: pulverized|pulverised
powdering: pulverizing
powerful: mighty|mightily
practical: pragmatic|hardheaded
practice: exercise|pattern|drill|practise
practiced: exercised|drilled|practised
practices: patterns|exercises|dos|drills
practicing: drilling|exercising|practising
praise: congratulations|kudos
pray: beg|implore
prayed: begged|implored
prayer: petition|supplication
prayers: petitions|supplications
praying: begging|imploring
prays: begs|implores
precious: cherished|treasured
prefer: opt
preferred: chosen|favourite|chose|pet
preferring: opting
prefers: chooses|opts
pregnancy: maternity|gestation
premier: prime|premiere|chancellor|prime minister
premiers: premieres|chancellors|prime ministers
premium: insurance premium
premiums: insurance premiums
preparation: formulation|readying
preparations: formulations
prepare: fix|cook|set up|gear up
prepared: fixed|cooked|inclined|disposed
prepares: cooks|fixes|readies|sets up
preparing: cooking|fixing|readying|setting up
present: represent|demonstrate|exhibit|nowadays
presentation: demonstration
presentations: demonstrations
presented: shown|represented|demonstrated|exhibited
presenting: representing|demonstrating|exhibiting|laying out
presents: represents|demonstrates|exhibits|demos
press: pressure|urge|insistence|exhort
pressed: urged|exhorted|urged on
presses: urges|exhorts|public presses|urges on
pressing: urging|exhorting|urging on
pressure: force|squeeze|hale|blackmail
pressured: squeezed|coerced|blackmailed
pressures: hales|squeezes|blackmails|pressure levels
pressuring: squeezing|blackmailing|coercing
pretend: affect|sham|feign
pretended: feigned
pretending: affecting|shaming|feigning|dissembling
pretends: shams|feigns
pretty: somewhat|fairly|reasonably|jolly
prevent: forbid|preclude|forestall|foreclose
prevented: forbidden|forbade|foreclosed|precluded
preventing: forbidding|precluding
prevents: forbids|precludes
previous: former
price: cost|terms|damage|monetary value
prices: costs|damages|monetary values
pride: congratulate|plume
prided: plumed
prides: plumes|congratulates
primaries: primary elections|primary feathers|primary quills
primarily: mainly|chiefly|principally
primary: primary election|primary feather|primary quill
prime: premier|peak|flower|bloom
primes: flushes|prime quantities
principal: school principal|head teacher
principals: school principals|head teachers
print: publish
printing: publishing
prints: publishes
prior: anterior
priority: precedence
prison: prison house
prisoner: captive
prisoners: captives
prisons: prison houses
privacy: secrecy|seclusion|concealment
private: buck private|common soldier
privates: buck privates|common soldiers
privilege: favour|prerogative|exclusive right
privileged: favored|favoured
privileges: favors|favours|prerogatives|exclusive rights
prize: award|prime|appreciate|select
prized: treasured|pried
prizes: treasures|appreciates|levers|booties
pro: professional
probably: likely|plausibly|credibly
problem: job
problems: jobs
procedures: processes
process: operation|treat|procedure|cognitive process
processes: procedures|treats|cognitive processes|mental processes
processing: treating
produce: create|green goods|green groceries|garden truck
produced: created|brought forth
producer: manufacturer
producers: manufacturers
produces: creates|garden trucks|brings forth
producing: creating|bringing forth
product: production|merchandise|ware
productive: generative
products: productions|wares
professional: pro|professional person
professionals: pros|professional persons
professor: prof
professors: profs
profit: benefit|gain|net|profits
profited: benefitted
profits: earnings|gains|nets|winnings
program: plan|programme
programme: curriculum|syllabus
programmes: programmed|curricula|syllabi
programming: scheduling|programing|computer programming|computer programing
programs: plans|programmes
progress: advance|progression|advancement|procession
progressed: came on|came along|got on|gotten on
progresses: advancements|processions|progressions|forward motions
progressing: coming on|coming along|geting on|geting along
progressive: imperfect|reformist|progressive tense|imperfect tense
progressives: progressive tenses|imperfect tenses|continuous tenses
project: labor|task|projection|undertaking
projected: protruded|stuck out
projecting: protruding|jutting|sticking out|jutting out
projects: tasks|projections|undertakings|labors
prominent: outstanding|striking|spectacular|salient
promise: assure
promised: assured
promises: hopes|assures
promising: assuring
promote: raise|advance|encourage|boost
promoted: encouraged|elevated|upgraded|boosted
promotes: advances|raises|encourages|upgrades
promoting: raising|encouraging|advancing|upgrading
promotion: publicity|packaging|promotional material
promotions: promotional materials
proof: cogent evidence
proofs: cogent evidences
properly: decent|decently|by rights
properties: holdings
property: holding|belongings
proposal: marriage proposal|marriage offer
proposals: marriage proposals|marriage offers
protected: saved
protection: protective covering|protective cover
protections: protective coverings|protective covers
protest: resist|objection|dissent
protested: resisted|dissented
protesting: resisting|dissenting
protests: objections|resists|protestations|dissents
proud: majestic|lofty|gallant
prove: establish|demonstrate|shew|turn out
proved: proven
proven: proved|demonstrated|turned out|turned up
proves: demonstrates|establishes|turns out|turns up
provide: supply|render|cater|ply
provided: supplied|rendered|furnished|catered
provides: supplies|renders|caters|plies
providing: rendering|supplying|catering|furnishing
province: responsibility
provinces: responsibilities
proving: establishing|demonstrating|turning out|turning up
psychologies: psychological sciences
psychology: psychological science
pub: saloon|public house|gin mill
public: populace
publicly: publically|in public
published: promulgated
publishing: publication
pubs: saloons|public houses|gin mills
pull: draw|pulling|attract|pull in
pulled: forced|drawn|drew|attracted
pulling: drawing|forcing|attracting|pulling in
pulls: draws|attracts|pulls in|draws in
pump: ticker
pumps: tickers
punch: plug|lick|poke|slug
punched: plugged
punches: plugs|licks|slugs|pokes
punching: plugging
punishment: penalty
punk: hood|bum|cheesy|thug
punks: goons|hoods|hoodlums
purchases: buys
pure: gross|staring|stark|utter
purple: violet|purplish
purpose: design|role|function|aim
purposes: functions|roles|designs|aims
pursue: engage|prosecute
pursued: prosecuted
pursues: prosecutes
pursuing: engaging|prosecuting
push: pushing|thrust|bear on
pushed: bore on|born on|borne on
pushes: thrusts|bears on
pushing: forcing|bearing on
pussies: cunts|slits|kitties|snatches
pussy: kitty|cunt|snatch|slit
put: place|set|position|lay
puts: sets|positions|poses|lays
putting: putt
qualities: calibers
quality: choice|prime|prize|select
quarter: fourth|draw|canton|billet
quartered: billeted
quarters: draws|fourths|cantons|billets
queen: queen regnant|female monarch
quest: pursuit|pursuance
question: head|inquiry|query|interrogation
questioned: interrogated
questioning: interrogating
questions: heads|inquiries|queries|enquiries
quests: pursuits
quick: fast|quickly|flying|promptly
quickly: quick|rapidly|promptly|speedily
quiet: calm|quietly|hush|lull
quieted: lulled|stilled|quieted down|piped down
quieting: lulling|quieting down|piping down|calming down
quiets: lulls|quiets down|pipes down|calms down
quit: cease|resign|discontinue|give up
quite: rather
quiting: giving up|laying off|leaving office|stepping down
quits: ceases|resigns|gives up|lays off
quitted: gave up|given up|laid off|left office
quote: citation|cite|quotation|quotation mark
quoted: cited
quotes: cites|citations|quotations|quotation marks
quoting: citing
race: speed|rush|hasten|hie
raced: sped|hastened|pelted along|rushed along
races: speeds|rushes|hastens|pelts along
racing: rushing|speeding|hastening|pelting along
racism: racial discrimination
radar: microwave radar
radars: microwave radars
radical: ultra|revolutionary|extremist|chemical group
radicals: chemical groups|free radicals
radio: wireless|tuner|radio receiver|receiving set
radios: tuners|radio receivers|receiving sets|radio sets
rail: railing|rail in
railed: railed in
railing: railing in
railroad: railway|dragoon|sandbag|railroad line
railroads: dragoons|sandbags|railroad lines|railway lines
rails: railings|rails in
railway: railroad|railroad line|railway line|railway system
railways: railroads|railroad lines|railway lines|railway systems
rain: rainfall|rainwater|rain down
rained: rained down
raining: raining down
rains: rainfalls|rains down
raise: rise|lift|upgrade|climb
raised: lifted|elevated|embossed|got up
raises: rises|upgrades|lifts|climbs
raising: lift|lifting|elevation|nurture
rallied: mobilized|mobilised|beaten up|drummed up
rallies: mobilizes|mass meetings|beats up|drums up
rally: rallying|mobilize|mobilise|mass meeting
rallying: mobilizing|mobilising|beating up|drumming up
ran: escaped|turned tail|ran away|broke away
rang: echoed|reverberated|resounded
range: reach|cast|roll|scope
ranged: wandered|drifted|strayed|roamed
ranges: rolls|reaches|casts|swans
ranging: rolling|casting|wandering|drifting
ranked: rated|ranged|graded|stratified
ranking: rating|ranging|placing|ordering
ranks: grades|ranges
rape: assault|outrage|spoil|violate
raped: violated|assaulted|outraged|spoilt
rapes: violates|assaults|spoils|outrages
rapid: speedy
rapidly: speedily|apace
raping: violating|assaulting|spoiling|plundering
rarely: seldom
rate: range|grade|rank
rated: ranked|ranged|graded
rates: places|orders|grades|ranks
rather: instead|kinda|kind of|sort of
rating: evaluation|ranking|ranging|placing
ratings: evaluations|valuations
ratio: proportion
ratios: proportions
raw: rude|altogether|birthday suit
raws: birthday suits
ray: beam|shaft|irradiation|radiate
rays: beams|shafts|radiates|light beams
reach: range|gain|scope|orbit
reached: gained|attained|arrived at
reaches: gains|ranges|orbits|scopes
reaching: hitting|arrival|stretch|gaining
reaction: chemical reaction
reactions: chemical reactions
reader: subscriber
readers: subscribers
readied: geared up
readies: sets up|gears up
reading: saying
ready: fix|cook|prepare|set up
readying: setting up|gearing up
real: existent|rattling|real number
reales: real numbers
realise: earn|take in|pull in|bring in
realised: cleared|taken in|took in|pulled in
realises: takes in|pulls in|brings in
realising: taking in|pulling in|bringing in
reality: realism|realness
realize: recognize|realise|recognise
realized: completed|understood|recognized|accomplished
realizes: recognizes|recognises|realises
realizing: recognizing|realising|recognising
rear: parent|nurture|backside|rearward
reared: nurtured|risen up|rose up|brought up
rearing: nurturing|rising up|bringing up
rears: nurtures|backsides|back ends|rises up
reason: ground|argue|conclude|reason out
reasonable: sensible
reasoned: reasoned out
reasoning: arguing|concluding|reasoning out
reasons: grounds|argues|concludes|reasons out
recall: retrieve|callback|recollect|call back
recalled: retrieved|recollected|called back|called up
recalling: retrieving|calling back|calling up|harking back
recalls: remembers|retrieves|callbacks|recollects
receive: obtain|incur
received: standard|obtained|gotten|incurred
receives: obtains|haves|incurs
receiving: finding|obtaining|incurring|geting
recent: late
recently: lately|latterly|of late
recipe: formula
recipes: formulae
recognition: identification|acknowledgement|acknowledgment
recognitions: identifications|acknowledgements|acknowledgments
recognize: realise|acknowledge|recognise
recognized: accepted|realized|acknowledged|realised
recognizes: realizes|acknowledges|recognises|realises
recognizing: realizing|acknowledging|realising|recognising
recommend: advocate|urge|commend
recommended: urged|advocated|commended
recommending: urging|advocating|commending
recommends: advocates|urges|commends
record: enter|tape|disc|disk
recorded: entered|taped|putted down
recording: entering|transcription|taping
recordings: transcriptions
records: enters|tapes|discs|disks
recover: regain|retrieve|recuperate
recovered: retrieved|cured|healed|regained
recovering: regaining|retrieving|recuperating|convalescing
recovers: regains|retrieves
recovery: recuperation|convalescence
red: violent|cherry|ruby|scarlet
reduce: trim|cut down|cut back|trim down
reduced: decreased|trimmed|trimmed down|trimmed back
reduces: trims|cuts down|cuts back|trims down
reducing: cutting|reduction|trimming|cutting down
reduction: reducing|decrease|diminution
reductions: decreases
refer: mention|concern|relate|cite
reference: credit|mention|citation|cite
references: credits|mentions|cites|citations
refering: bringing up|coming to|bearing on|touching on
referred: mentioned|concerned|touched|cited
refers: mentions|touches|relates|cites
reflect: muse|speculate|contemplate|ponder
reflected: speculated|contemplated|pondered|mused
reflecting: contemplating|pondering|speculating|meditating
reflects: muses|contemplates|speculates|ponders
reform: reclaim|rectify|regenerate
reformed: reclaimed|rectified|regenerated
reforming: reclaiming|regenerating|rectifying
reforms: regenerates|reclaims
refuse: decline|garbage|reject|scraps
refused: rejected|declined|passed up|turned down
refuses: rejects|declines|food wastes|passes up
refusing: declining|rejecting|passing up|turning down
regard: reckon|heed|attentiveness|paying attention
regarded: viewed|reckoned
regarding: considering|viewing|reckoning
regardless: careless|irrespective|disregarding|no matter
regards: considers|respects|reckons|paying attentions
regime: regimen
regimes: regimens
register: file|registry
registered: filed
registers: registries
registration: enrollment|enrolment
registrations: enrollments|enrolments
regret: sorrow|rue|repent
regrets: sorrows|repents|rues
regretted: repented
regretting: repenting
regular: fixture|veritable
regulation: ordinance
regulations: ordinances
reis: real numbers
rejected: spurned|jilted
relate: refer|associate|connect|pertain
related: associated|concerned|connected|referred
relates: touches|connects|pertains|ties in
relating: concerning|touching|connecting|linking
relation: intercourse|copulation|coitus|sexual intercourse
relations: dealings|congresses|sex acts|sexual congresses
relationship: human relationship
relationships: human relationships
relative: relation|comparative|proportional
relatively: comparatively
relax: unwind|decompress|loosen up|slow down
relaxed: unwound|loosened up|slowed down
relaxes: loosens up|slows down
relaxing: unwinding|unbending|loosening up|slowing down
release: loose|liberation|freeing|liberate
released: freed|liberated|relinquished|loosed
releases: frees|looses|liberates|relinquishes
releasing: freeing|liberating|loosing|relinquishing
reliable: dependable
relied: sworn|swore|banked
relief: ease|alleviation
reliefs: eases
relies: trusts|swears
religion: faith|religious belief|organized religion
religions: faiths|religious beliefs|organized religions
religious: spiritual
rely: swear
relying: trusting|swearing
remain: continue|stay on
remained: stayed|rested|stayed on
remaining: staying|continuing|odd|resting
remains: continues|clay|stays|stiff
remarkable: singular|noteworthy
remember: recall|retrieve|recollect|call back
remembered: recalled|retrieved|recollected|called back
remembering: recalling|retrieving|calling back|calling up
remembers: recalls|retrieves|recollects|calls back
remind: prompt|cue
reminded: prompted|cued
reminding: prompting
reminds: cues|prompts
remote: distant|remote control
remotes: remote controls
remove: withdraw|take away
removed: remote|distant|withdrawn|withdrew
removes: withdraws|takes away
removing: withdrawing|taking away
rent: split|tear|rip|lease
rented: leased
renting: leasing
rents: splits|leases|rips|snags
repair: restore|fixing|compensate|fixture
repaired: compensated|doctored|mended|indemnified
repairing: restoring|compensating|mending|doctoring
repairs: fixtures|fixes|reparations|restores
repeat: duplicate|replicate|repetition|reiterate
repeated: doubled|perennial|reiterated|replicated
repeating: doubling|replicating|retelling|reiterating
repeats: duplicates|repetitions|reiterates|replicates
replace: supersede|supplant
replaced: superseded|supplanted
replacement: replacing|alternate|surrogate
replacements: alternates|surrogates
replaces: supersedes
replacing: superseding|supplanting
replied: answered|responded
replies: responds
reply: respond
report: study|account|describe|written report
reported: described|accounted
reporter: newsman
reporting: coverage|accounting|describing|reportage
reports: studies|accounts|describes|written reports
represent: correspond|symbolize|symbolise|typify
representation: mental representation|internal representation
representations: mental representations|internal representations
representative: spokesperson|interpreter
representatives: voices|interpreters|spokespersons
represented: corresponded|symbolized|typified|delineated
representing: corresponding|symbolizing|symbolising|standing for
represents: corresponds|symbolizes|symbolises|typifies
republic: democracy|commonwealth
republics: democracies|commonwealths
reputation: repute
request: asking|petition|quest|call for
requested: bespoke|called for
requesting: questing|calling for
requests: petitions|quests|calls for
require: expect|demand|involve|necessitate
required: asked|needed|involved|expected
requirement: necessity|requisite
requirements: demands|essentials|necessities|requisites
requires: asks|demands|involves|expects
requiring: expecting|demanding|needing|necessitating
rescue: delivery|saving|deliver|deliverance
research: search|explore|inquiry|enquiry
researches: enquiries
reserve: appropriate|modesty|backlog|stockpile
reserved: appropriated|earmarked
reserves: militia|stockpiles|earmarks|backlogs
reserving: appropriating|setting aside
residence: abode
residences: abodes
resident: occupant|occupier|house physician|resident physician
residents: occupants|occupiers|house physicians|resident physicians
resist: refuse|withstand|defy|hold out
resistance: opposition
resistances: oppositions
resisted: defied|withstood|held out|stood firm
resisting: defying|withstanding|holding out|standing firm
resists: defies|withstands|holds out|stands firm
resolution: resolve|declaration|resolving power
resolutions: declarations|resolves|resolving powers
resort: repair|haunt|hangout|recur
resorted: recurred|fallen back|fell back
resorting: falling back
resorts: haunts|hangouts|recurs|resort hotels
respect: value|honor|prize|honour
respected: observed|honored|valued|honoured
respecting: observing|honoring|valuing|honouring
respectively: severally
respects: regards|prizes|honors|honours
respond: reply|react
responded: answered|replied|reacted
responding: answering|reacting|replying
responds: replies|reacts
response: reaction
responses: reactions
responsibilities: duties|provinces|obligations
responsibility: duty|province|obligation
responsible: responsible for
rest: balance|ease|breathe|remainder
restaurant: eatery|eating house|eating place
restaurants: eateries|eating houses|eating places
rested: breathed
rests: balances|breathes|residues|eases
result: leave|issue|lead|event
resulted: ensued
resulting: ensuing
results: issues|events|effects|leaves
return: render|homecoming|tax return
returned: rendered
returning: rendering|reverting
returns: renders|tax returns
reveal: discover|expose|disclose|uncover
revealed: broken|broke|discovered|exposed
revealing: discovering|exposing|unveiling|disclosing
reveals: breaks|discovers|exposes|unveils
revenge: retaliation|avenge|retaliate
revenue: gross|taxation|receipts|tax income
revenues: grosses|tax incomes|tax revenues
reverse: opposite|contrary|invert|rearward
reversed: inverted|turned back
reverses: opposites|inverts|reverse gears|turns back
reversing: inverting|turning back
review: critique|reassessment|revaluation|reexamine
reviewed: critiqued|reexamined
reviewing: critiquing
reviews: critiques|critical reviews|review articles
reward: honour|wages|reinforce|payoff
rewarded: honored|reinforced|honoured
rewarding: honoring|reinforcing|honouring
rewards: honors|honours|reinforces|payoffs
rich: rich people
riches: rich peoples
rick: twist|wrench|kink|sprain
ricks: wrenches|sprains|haystacks
ride: drive|sit
rides: drives|sits
ridiculous: silly|pathetic|absurd|idiotic
riding: freeing|siting|horseback riding
ridings: horseback ridings
ring: echo|halo|doughnut|peal
ringing: echoing|resounding|reverberating
rings: doughnuts|echos|reverberates|anchor rings
rip: tear|rake|snag|rive
ripped: riven
ripping: rending
rips: splits|bloods|rakes|snags
rise: lift|climb|arise|ascent
risen: lifted|climbed|arose|arisen
rises: lifts|arises|climbs|ascents
rising: rise|climbing|lifting|rebellion
risings: insurrections
risk: chance|danger|adventure|hazard
risked: gambled|chanced|taken chances|took chances
risking: adventuring|chancing|taking chances
risks: chances|adventures|dangers|hazards
road: route
roads: routes
rob: hook|soak|fleece|plume
robbed: hooked|soaked|plucked|overcharged
robin: robin redbreast
robot: golem|automaton
robots: automata|golems
robs: plumes|surcharges|soaks|plucks
rock: stone|shake|sway
rocked: shaken|swayed
rocket: projectile|skyrocket|rocket engine
rocketing: skyrocketing
rockets: projectiles|skyrockets|rocket engines
rocking: swaying
rocks: stones|shakes|sways
role: office|character|function|persona
roles: functions|offices|personae|theatrical roles
roll: wheel|roster|axial rotation|axial motion
rolled: rolling|wheeled|turned over
rolling: roll|rolled|wheeling|peal
rolls: wheels|rosters|axial rotations|axial motions
romance: woo|solicit|romanticism|love affair
romances: solicits|woos|love affairs
romancing: wooing
romantic: amorous
room: board|elbow room
rooms: boards|suite|elbow rooms
root: origin
roots: origins|beginnings
rose: lifted|climbed|arose|arisen
roses: blush wines|pink wines|rose wines
rough: roughly|rough in|rough out
roughed: roughed in|roughed out
roughing: roughing in|roughing out
roughly: approximately|rough|close to|just about
round: cycle|rhythm|circular|rotund
rounded: rounded out|rounded off
rounding: rounding out|rounding off
rounds: cycles|rhythms|one shots|rounds out
route: path|itinerary
routes: paths|itineraries
routine: everyday|mundane|unremarkable|quotidian
row: quarrel|wrangle
rows: quarrels
royal: royal stag
royals: royal stags
rubber: natural rubber|gum elastic|synthetic rubber
rubbers: natural rubbers|gum elastics|synthetic rubbers
rugby: rugby football
ruin: destroy|ruination
ruined: sunk|undone|done for
ruins: destroys
rule: normal|pattern|convention|formula
ruled: governed|decreed
rules: regulations|patterns|conventions|governs
ruling: governing|reigning
run: test|trial|escape|tally
rung: echoed|reverberated|resounded
runing: turning tail|breaking away
running: run|running play|running game
runnings: running plays|running games
runs: tests|trials|escapes|tallies
rush: hurry|rushed|rushing|surge
rushed: raced|sped|hastened|pelted along
rushes: surges|hurries|hastens|pelts along
rushing: speeding|hastening|pelting along|rushing along
sacrifice: forfeit|forfeiture
sacrifices: forfeits
safeties: refuges
safety: refuge
saint: angel|enshrine|holy man|holy person
saints: angels|enshrines|holy men|holy persons
sake: saki|rice beer
sakes: rice beers
salary: wage|earnings|remuneration
sales: gross sales|gross revenue
salt: table salt|common salt
salts: table salts|common salts
sample: taste|sampling|sample distribution|try out
sampled: tasted|tried out
samples: tries|tastes|sample distributions|tries out
sampling: tasting|trying out
sand: sandpaper
sank: dropped down
sat: sat down|sat around
satellite: orbiter|artificial satellite
satellites: planets|orbiters|artificial satellites
satisfied: quenched
save: preserve|relieve|salvage|salve
saved: protected|preserved|relieved|salvaged
saves: preserves|relieves
saving: economy|delivery|rescue|preserving
savings: economies|deliveries|rescues|nest egg
saw: proverb|adage|byword
saying: expression
scale: graduated table|ordered series
scales: graduated tables
scared: frightened
scary: chilling
schedule: agenda|docket
schedules: agendas|dockets
scheme: strategy|dodge|intrigue|dodging
schemes: strategies|intrigues|dodges
scheming: conniving
science: skill|scientific discipline
sciences: scientific disciplines
scope: orbit|compass|ambit
scopes: compasses
score: mark|grade|tally|nock
scored: marked|tallied|racked up
scores: hits|marks|tons|grades
scoring: hitting|marking|grading|tallying
screaming: scream|screeching|screech|shrieking
screen: blind|silver screen|projection screen
screens: blinds|silver screens|projection screens
screw: bang|jazz|eff|hump
screwed: banged|bedded|humped|jazzed
screwing: banging|bedding|humping|effing
screws: fucks|bangs|humps|jailers
script: handwriting
sea: ocean
seal: stamp|sealing wax|seal off
sealed: sealed off
sealing: sealing off
seals: stamps|sealing waxes|seals off
search: seek|hunt|hunting|look for
searched: looked for
searches: seeks|hunts|looks for
searching: seeking|probing|trenchant|looking for
seas: oceans
season: flavor|flavour|harden
seasoned: hardened|flavored|flavoured
seasoning: hardening|flavoring|flavouring
seasons: flavors|flavours|hardens
seat: ass|sit|bottom|rear
seated: sat down
seating: siting|siting down
seats: sits|cans|asses|seating
second: s|bit|moment|minute
secondaries: secondary coils|secondary windings
secondary: petty|lowly|subaltern|secondary coil
seconds: moments|bits|backs|mos
secret: underground|undercover|clandestine|surreptitious
secretaries: secretarial assistants
secretary: secretarial assistant
secrets: arcana
secs: ses
section: segment|subdivision
sectioning: segmenting
sections: segments|subdivisions
secure: fix|procure|fasten|unafraid
secured: procured|fastened
secures: fastens
securing: fixing|procuring|fastening
securities: protections
security: protection
seeing: eyesight|sightedness|beholding|visual perception
seek: look for
seeking: searching|quest|looking for
seeks: searches|looks for
seem: appear
seemed: looked|appeared
seems: looks|appears
segmented: sectioned
segmenting: sectioning
select: prize|pick out
selected: chosen|chose|picked out
selecting: picking out
selection: option
selects: picks out
self: ego
selling: marketing|merchandising
selves: egos
semi: rig|semifinal|trailer truck|tractor trailer
semis: semifinals|rigs|trailer trucks|tractor trailers
send: direct|send out
sending: directing|sending out
sends: directs|sends out
senior: elder
seniors: elders
sense: signified
sensitive: medium|spiritualist
sent: directed|sent out
sentence: conviction|doom|condemn|condemnation
sentenced: condemned|doomed
sentences: convictions|condemns|condemnations|dooms
sentencing: condemning
separate: divide|reprint|freestanding
separated: divided|isolated|detached|parted
separates: divides|reprints
separating: dividing|parting
sept: folk|kinfolk|family line
sequence: succession|chronological sequence|chronological succession
sequences: successions|chronological sequences|chronological successions
serial: consecutive|successive|sequential|serial publication
serials: serial publications
series: serial
seriously: badly|severely|gravely|earnestly
serve: function
served: functioned
server: waiter
servers: waiters
serves: functions
service: serve
services: serves
serving: helping|portion|functioning
servings: helpings
session: school term|academic term|academic session
sessions: school terms|academic terms|academic sessions
set: place|put|position|fit
sets: positions|puts|poses|determines
setting: scene|background|scope|placing
settings: backgrounds|scopes
settle: resolve|adjudicate|settee|settle down
settled: resolved|adjudicated|settled down
settlement: colony|small town
settlements: villages|colonies|small towns
settles: resolves|settles down
settling: deciding|resolving|adjudicating|settling down
seven: vii
several: various|respective
severe: terrible|wicked|knockout
sex: excite|arouse|sexual activity|sexual practice
sexed: turned on|wound up
sexes: excites|arouses|sexual activities|sexual practices
sexing: turning on|winding up
sexy: aphrodisiac
shadow: darkness|shade|shade off
shadowed: shaded off
shadowing: shading off
shadows: shades|darks|shades off
shake: milkshake|shingle|agitate|milk shake
shaken: agitated
shakes: shingles|milkshakes|milk shakes
shaking: agitating
shame: disgrace|dishonor|dishonour|ignominy
shamed: disgraced|dishonored|dishonoured
shaming: disgracing
shape: influence|determine|configuration|regulate
shaped: formed|determined|influenced|regulated
shapes: influences|determines|configurations|regulates
shaping: determining|regulating|influencing|forging
share: portion|percentage
shared: divided|divided up|shared out
shares: portions|percentages
sharp: acute|sharply|crisp|acutely
shat: shopped|crapped|grassed|snitched
shed: threw|thrown|spill|spilt
shedding: spilling|casting off|shaking off|throwing off
sheds: casts|spills|casts off|shakes off
shell: blast
shells: blasts
shield: harbor|harbour|buckler
shielded: harbored|harboured
shielding: harboring|harbouring
shields: screens|harbors|harbours
shift: switch|transformation|displacement|dislodge
shifted: switched|dislodged|repositioned|changed over
shifting: switching|repositioning|dislodging|changing over
shifts: switches|transformations|displacements|changes over
ship: send|transport
shipped: transported
shipping: transport|sending|transportation|transporting
ships: sends|transports
shit: shop|bullshit|crap|grass
shiting: telling on|giving away
shits: grasses|stools|betrays|craps
shitted: snitched|ratted|told on|gave away
shock: outrage|offend|daze|stupor
shocked: offended|outraged|appalled|dismayed
shocking: appalling|offending|flooring|balling over
shocks: offends|outrages|balls over|takes aback
shook: agitated
shoot: pip
shooting: hitting|piping
shoots: pips
shop: store|frequent|workshop|sponsor
shopped: frequented|patronized|patronised|shopped at
shopping: sponsoring|patronizing|patronising|frequenting
shops: stores|sponsors|workshops|frequents
shore: shoring|set ashore
shores: sets ashore
shoring: setting ashore
short: dead|suddenly|abruptly|short circuit
shortly: presently|before long
shorts: short circuits
shot: shooting|pellet|iridescent|changeable
shots: shootings|pellets
shower: lavish|shower bath
showered: lavished
showers: shower baths
showing: display|exhibit|screening|viewing
showings: viewings
shut: closed
sick: cast|cat|ill|chuck
sicking: vomiting up|bing sick|throwing up
sicks: vomits up|bes sick|throws up
sight: spy
sighted: spied
sights: spies
sign: mark|signed|subscribe|ratify
signal: indicate|signaling
signals: indicates
signatures: touches
signed: sign|subscribed|ratified|gestural
significant: substantial
signing: subscribing|ratifying|sign language
signings: sign languages
signs: marks|subscribes|ratifies
silence: quiet|hush|quieten|shut up
silenced: hushed|stilled|hushed up
silences: quiets|shuts up
silencing: shutting up
silent: mum|soundless
silly: goofy|dizzy|wacky|giddy
silver: silvery
similar: alike
similarly: likewise
simple: elementary|uncomplicated|simpleton|unproblematic
simples: simpletons
simply: merely
sin: boob|blunder|trespass|goof
singer: vocalist
singers: vocalists
singing: tattle|vocalizing
single: individual|unity|ace
singles: aces
sink: drop down
sinks: drops down
sinned: goofed|blundered|trespassed|transgressed
sinning: goofing|blundering
sins: boobs|blunders|trespasses|goofs
sister: sis
sit: sit down|sit around
site: situation|locate|land site
sites: places|situations|locates|land sites
siting: siting down|siting around
sits: sits down|sits around
sitting: seated|posing
situation: position
situations: positions
six: vi|sextet|sixer|half dozen
sixes: sixers
skies: pitches|flips|tosses
skill: acquisition|accomplishment|attainment
skills: sciences|accomplishments|acquisitions|attainments
skin: struggle|shin|scrape|scramble
skinned: scrambled|scraped|clambered|sputtered
skinning: sputtering|clambering
skins: struggles|scrapes|shins|scrambles
skip: omission|pass over|skip over
skipped: passed over|skipped over
skipping: passing over|skipping over
skips: omissions|passes over|skips over
sky: pitch|flip|toss
slave: hard worker|buckle down|knuckle down
slaved: buckled down|knuckled down
slavery: bondage|thrall
slaves: hard workers|buckles down|knuckles down
slaving: buckling down
sleep: slumber|kip
sleeping: dormant|dormancy|slumbering
sleeps: slumbers
slid: skidded|slithered
slide: slip|slew|skid|slither
slides: slips|skids|microscope slides
sliding: slipping|skidding|slithering
slight: thin|fragile|flimsy|tenuous
slightly: somewhat
slights: rebuffs
slip: steal|gaffe|faux pas
slipped: stole
slips: steals|gaffes
slow: slowly|slack|retard|decelerate
slowed: retarded|slacked|decelerated|slowed down
slowing: slacking|decelerating|slowing down|slowing up
slowly: slow|lento
slows: retards|slacks|slows down|slows up
small: little|minor|modest
smaller: littler
smart: hurt|chic|ache|smarting
smell: scent|odor|aroma|odour
smells: scents|odors|aromas|odours
smile: smiling|grin|grinning
smiles: grins
smoke: smoking|fume
smoked: fumed
smokes: fumes
smoking: smoke|fuming
smooth: polish|shine|bland|suave
smoothing: polishing
snake: serpent
snakes: serpents
snap: tear|bust|snatch|rupture
snapped: torn|busted|tore|ruptured
snapping: busting|snarling|rupturing
snaps: catches|grabs|busts|snatches
snow: snowfall|bamboozle|play false
snowed: bamboozled|hoodwinked|played false
snowing: playing false
snows: snowfalls|plays false
soccer: association football
social: societal|mixer|sociable
socialist: socialistic
societies: lodges|guilds|social clubs
society: club|lodge|guild|gild
software: package|software program|computer software|software system
softwares: software programs|computer softwares|software systems|software packages
soil: dirty|dirt|grease|stain
soils: stains|grimes|collies|greases
sole: exclusive|lone|solitary|lonesome
solely: exclusively
solid: solid state
solids: solid states
solo: unaccompanied
solution: resolution|solvent
solutions: answers|resolutions|solvents
solve: resolve|lick|work out|figure out
solved: resolved|wrought|licked|wrought out
solves: resolves|licks|works out|figures out
solving: licking|resolving|working out|figuring out
somebody: individual|soul|mortal
somehow: someway
someone: person|individual|soul|somebody
someones: mortals|somebodies
somewhat: slightly|fairly|reasonably|jolly
somewhere: someplace
son: boy
song: vocal
songs: vocals
soon: shortly|presently|before long
sooner: preferably
sorry: sad|pitiful|deplorable|distressing
sort: screen|separate|variety|classify
sorted: screened|classed|assorted|screened out
sorting: separating|classifying|classing|sieving
sorts: kinds|screens|varieties|separates
sought: searched|looked for
soul: individual|somebody|mortal|psyche
souls: persons|someones|mortals|psyches
sound: healthy|intelligent|auditory sensation
sounds: gos|auditory sensations
source: beginning|origin|root
sources: roots|origins|beginnings
southern: southerly
space: infinite
spare: excess|trim|surplus|redundant
spares: spare parts|fifth wheels
speak: mouth|utter|verbalize
speaker: talker|loudspeaker|speaker unit|loudspeaker system
speakers: loudspeakers|talkers|speaker units|loudspeaker systems
speaking: mouthing|uttering|speech production|public speaking
speaks: talks|mouths|utters
special: particular|peculiar
specialist: medical specialist
specialists: medical specialists
specific: particular
specifics: particulars
sped: hastened|quickened|pelted along|rushed along
speech: language|address|speech communication|spoken communication
speeches: addresses|speech communications|spoken communications|spoken languages
speed: race|rush|velocity|accelerate
speeding: rushing|accelerating|quickening|hastening
speeds: rushes|accelerates|velocities|quickens
spell: import|trance|enchantment|spell out
spelling: importing|spelling out
spells: imports|enchantments|spells out
spelt: spelt out
spend: pass|drop|expend
spending: passing|expenditure|outlay|disbursement
spent: passed|dropped|exhausted|fatigued
spider: wanderer
spiders: wanderers
spies: stags|sleuths|snoops|undercover agents
spin: twist|reel|twisting|whirl
spinning: reeling|whirling|gyrating|spinning around
spins: twists|reels|twirls|whirls
spirit: tone|smell|flavor|flavour
spirited: spirited up
spirits: smells|tones|flavors|flavours
spiritual: unearthly
split: separate|divide|disconnected|fragmented
splits: separates|divides|cleaves|rives
splitting: separating|dividing|cleaving|splitting up
spoke: talked|radius|rung|uttered
spoken: talked|uttered|mouthed
spokes: radii|rungs|wheel spokes
sport: feature|athletics|boast|lark
sported: frisked|ran around
sporting: featuring|boasting|rollicking|romping
sports: features|boasts|larks|frolics
spot: recognize|spy|recognise|distinguish
spots: recognizes|spies|recognises|distinguishes
spotted: distinguished|recognised|spied|discerned
spotting: spying|distinguishing|recognising|discerning
sprang: leapt|taken form|took form|taken shape
spread: gap|spreading|distribute|dispersed
spreading: distributing|propagating
spreads: gaps|distributes|propagates
spring: jump|bound|leap|springtime
springing: leaping|bounding|taking form|taking shape
springs: jumps|bounds|leaps|takes form
sprung: bounded|leapt|taken form|took form
spun: reeled|whirled|spun around
spy: snoop|stag|sleuth|espy
spying: staging|spotting|snooping|sleuthing
square: straight|squarely|foursquare|second power
squared: squared up
squares: second powers|squares up
squaring: squaring up
stable: stalls|horse barn
stables: horse barns
stadia: sports stadia
stadium: bowl|arena|sports stadium
stage: present|degree|phase|represent
stages: degrees|represents|presents|phases
staging: arranging
stand: base|pedestal|stand up
standard: measure|criterion|touchstone
standards: measures|criteria|touchstones
standing: standing up
stands: bases|pedestals|stands up
star: leading|champion|genius|ace
stars: champions|wizards|aces|superstars
start: beginning|begin|offset|commence
started: began|gotten|begun|commenced
starting: commencing|begining|geting|geting down
starts: begins|beginnings|firsts|commences
stated: declared
statement: argument
statements: arguments
station: send
stations: posts|sends
status: condition
stay: stop|check|rest|remain
stayed: stuck|remained|rested|stuck around
staying: remaining|sticking|resting|sticking around
stays: stops|checks|sticks|arrests
steadied: becalmed
steady: calm|steadily|sweetheart|brace
steadying: stabilising
steal: slip|bargain
stealing: theft|slipping|stealth|larceny
steals: buys|slips|bargains
steam: steamer
steel: brand|sword|blade|nerve
stem: root|radical|stalk|root word
stems: radicals|stalks|root words
step: measure|pace|tread|stride
stepped: trodden|trod
stepping: treading
steps: measures|stairs|footsteps|strides
stick: deposit|lodge|wedge|stick around
sticking: lodging|depositing|sticking around|staying put
sticks: stays|deposits|lodges|wedges
stock: carry|tired|inventory|commonplace
stocked: stockpiled
stocking: stockpiling
stocks: carries|inventories|stockpiles
stole: slipped
stolen: slipped
stomach: bear|suffer|belly|tolerate
stone: rock|pit
stoned: pitted
stones: rocks|pits
stoning: pitting
stood: stood up
stop: quit|cease|halt|stoppage
stoping: giving up|laying off
stopped: ceased|discontinued|halted|quitted
stopping: fillet
stops: quits|ceases|halts|stoppages
storage: depot|storehouse
storages: storehouses
store: stock|shop|fund|hive away
stored: laid in|putted in|salted away|stacked away
stores: funds|shops|stocks|hives away
stories: tales|narratives|narrations
storing: laying in|salting away|stacking away|stashing away
storm: rage|ramp|tempest|violent storm
stormed: raged|ramped
storming: ramping
storms: ramps|rages|tempests|violent storms
story: narrative|tale|narration
straight: direct|directly|flat|consecutive
straights: heterosexuals|heterosexual persons|straight persons
strange: unknown|unusual
stranger: unknown|alien
strangers: aliens|unknowns
strategic: strategical
strategies: schemes
strategy: scheme
stream: flow|watercourse
streams: flows|currents|watercourses
strength: posture|military capability|military strength|military posture
strengths: postures|military capabilities|military strengths|military postures
stress: tension|emphasis|accent|emphasize
stressed: emphasized|emphasised|punctuated|accented
stresses: tensions|accents|emphasizes|emphasises
stressing: emphasizing|emphasising|accentuating|punctuating
stretch: reaching|extend|stretch along
stretched: stretched along
stretches: extends|stretches along
stretching: extending|stretching along
strict: rigorous
strike: affect|impress|work stoppage
strikes: affects|impresses|work stoppages
striking: outstanding|hitting|dramatic|prominent
string: thread|twine|string up
stringing: threading|stringing up
strings: draws|threads|strings up
strip: slip|peel|deprive|divest
striping: undressing|divesting|striping down
stripped: deprived|peeled|undressed|divested
strips: slips|peels|deprives|strips down
stroke: cam stroke
strokes: cam strokes
strongly: powerfully
struck: affected|impressed|stricken|smitten
structure: construction
structures: constructions
struggle: conflict
struggles: fights|battles|conflicts
strung: threaded|strung up
stuck: stayed|deposited|lodged|wedged
student: scholar|pupil|bookman|scholarly person
students: pupils|scholars|scholarly persons
studied: examined|analyzed|analysed|canvassed
studies: surveys|analyses|examines|analyzes
studio: studio apartment
studios: studio apartments
study: survey|examine|canvas|analyze
studying: examining|analyzing|analysing|canvassing
stuff: material|squeeze|thrust|shove
stuffed: squeezed|shoved
stuffing: squeezing|shoving|thrusting
stuffs: thrusts|squeezes|shoves
stunning: sensational|arresting
stupid: stunned|dazed|dolt|stupefied
stupids: stupid persons|pudding heads|poor fishes
style: title|fashion|mode|manner
styles: titles|modes|manners|fashions
styling: titling
sub: hero|substitute|bomber|submarine
subbed: stood in|filled in
subbing: substituting|standing in|filling in
subject: content|theme|capable|topic
subjects: topics|themes|contents|depicted objects
submit: posit|put forward
submits: posits|puts forward
submitted: subjected|posited|putted forward
submitting: subjecting|positing
subs: bombers|submarines|substitutes|torpedoes
subsequently: afterwards|afterward|later on
substance: sum|essence|kernel|marrow
substances: centres|sums|cores|meats
substantial: substantive
succeed: come through|come after
succeeded: came through|came after
succeeding: wining|coming through|coming after
succeeds: comes through|comes after
suck: sucking|suction
suddenly: abruptly
sue: litigate
sued: processed|litigated
suffer: sustain|endure
suffered: gotten|sustained|endured
suffering: miserable|enduring|agony|sustaining
sufferings: agonies
suffers: endures|haves|sustains
sugar: carbohydrate|refined sugar
sugars: carbohydrates|refined sugars
suggest: advise|hint|propose
suggested: proposed|advised|hinted
suggesting: proposing|advising|hinting
suggestion: proposition|proffer
suggestions: propositions
suggests: hints|proposes|advises
suing: litigating
suit: fit|lawsuit|accommodate|causa
suitable: worthy|suited|desirable
suited: fitted|accommodated
suits: fits|lawsuits|accommodates
sum: tally|summarize|tot|summarise
summary: compact|succinct
summed: summarized|totalled|tallied|summarised
summer: summertime
summing: summarizing|toting|tallying|summarising
summit: crown|tip|height|peak
summits: elevations|crests|pinnacles|superlatives
sums: totals|summarizes|tots|tallies
sun: sunshine|sunlight|sunbathe
sunk: dropped down
sunken: dropped down
super: extremely|passing|crack|ace
supplied: rendered|furnished
supplies: renders|furnishes
supply: render|furnish
supplying: rendering|issuing|furnishing
support: back up
supported: backed up
supporting: encouraging|backing up
supports: backs up
suppose: reckon|opine
supposed: imagined|guessed|reckoned|opined
supposes: opines
supposing: reckoning|opining
supreme: sovereign
sure: certain|certainly|surely|for sure
surely: for sure|for certain|sure enough
surface: rise|coat|come up|rise up
surfaced: coated|came up|risen up|rose up
surfaces: rises|coats|comes up|rises up
surfacing: coming up|rising up
surrounded: encircled
surrounding: encompassing
survey: resume|sketch|appraise
surveyed: appraised
surveying: appraising
surveys: sketches|resumes
survival: selection|endurance|natural selection
survivals: natural selections
survive: endure|live on|hold up|hold out
survived: lasted|endured|lived on|held up
survives: endures|gos|lives on|holds up
surviving: lasting|enduring|living on|holding up
suspect: suspicious|defendant|shady|distrust
suspected: surmised|distrusted|mistrusted
suspecting: distrusting
suspects: defendants|surmises|distrusts
suspension: pause|interruption|intermission
suspensions: pauses|interruptions|intermissions
swam: floated
swear: curse|verify|swan|assert
swearing: asserting|cursing|affirming|verifying
swears: asserts|swans|curses|affirms
sweet: dessert|angelic|sweetly|afters
sweets: desserts
swim: swimming|float
swimming: liquid|swim|floating
swing: sway
swinging: swaying
swings: sways
switch: exchange|replacement|swap|substitution
switched: traded|exchanged|swapped|switched over
switches: trades|exchanges|replacements|swaps
switching: exchanging|swapping|switching over
sword: blade
swords: blades|steels
swore: asserted|affirmed|avowed|cussed
sworn: verified|asserted|affirmed|avowed
swung: swayed
symbol: symbolic representation
symbols: symbolic representations
system: scheme
systems: schemes
table: postpone|defer|remit|shelve
tabled: shelved|tabulated|remitted|held over
tables: shelves|postpones|defers|tabular arrays
tabling: remitting|tabulating|holding over|setting back
tag: ticket|label
tagged: labelled
tagging: labeling
tags: labels
tail: bob|trail|chase|tag
tailed: docked|trailed|dogged|bobbed
tailing: bobbing|dogging|chasing after|giving chase
tails: trails|tags|docks|chases
taken: interpreted
taking: winning|fetching|pickings
tale: narrative|narration|fib
talent: gift|endowment|natural endowment
talented: gifted
talents: endowments|natural endowments
tales: narratives|narrations|fibs
talk: talking|speak|mouth|utter
talked: spoke|spoken|uttered|mouthed
talking: talk|speaking|mouthing|uttering
talks: speaks|dialogue|negotiation|mouths
tank: army tank|storage tank
tanks: army tanks|storage tanks
tap: pat|rap
tape: taping|videotape|tape recording
taped: videotaped
tapes: videotapes|tapings|tape recordings
taping: videotaping
taps: pats|raps
target: mark|direct|aim|prey
targeted: pointed|aimed
targeting: pointing|placing|directing|aiming
targets: marks|aims|directs|quarries
task: labor|undertaking|chore
tasked: taxed
tasks: chores|undertakings|labors
taste: preference|penchant|savor|savour
tasted: savored|savoured
tastes: preferences|predilections|taste sensations|taste perceptions
tasting: savoring|savouring
taught: learnt|instructed
tax: assess|taxation|revenue enhancement
taxes: assesses|revenue enhancements
tea: teatime|afternoon tea
teach: instruct
teacher: instructor
teachers: instructors
teaches: learns|instructs
teaching: learning|instruction|commandment|instructing
teachings: commandments|precepts
team: squad|team up
teamed: teamed up
teaming: teaming up
teams: squads|teams up
tear: rent|rip|snap|bust
tearing: snapping|busting|rupturing
tears: crying|snaps|rents|splits
teas: afternoon teas
tech: technical school
technical: proficient|technical foul
technicals: technical fouls
technique: proficiency
technologies: engineering sciences|applied sciences
technology: engineering|engineering science|applied science
teen: teenage|teenager|adolescent|teenaged
teens: teenagers|adolescents
teeth: dentition
telephone: telephony|telephone set|call up
telephoned: rung|called up
telephones: telephone sets|calls up
telephoning: calling up
television: television system
televisions: television systems
tell: state
telling: relation|stating|revealing|notification
temporary: temp|irregular|impermanent|temporary worker
ten: x|decade|tenner
tend: lean|incline|be given
tended: inclined|leant|am given|are given
tending: bing given
tends: leans|inclines|bes given
tennis: lawn tennis
tensions: stresses
terminal: pole|depot|terminus
terminals: poles|depots|termini
terms: price|damage|footing
terrible: awful|painful|horrific|frightening
territories: districts|dominions|territorial dominions
territory: dominion|territorial dominion
terror: panic|scourge
terrorism: terrorist act
terrors: panics|scourges
terry: terry cloth
test: trial|screen|prove|essay
tested: proven|examined|screened|tried out
testing: screening|proving|examining|trying out
tests: tries|trials|essays|proves
text: textual matter
texts: textual matters
thank: give thanks
thanked: gave thanks|given thanks
thanking: giving thanks
thanks: gives thanks
theater: theatre|dramatics|dramatic art
theaters: theatres|dramatic arts
theatre: theater|dramatics|dramatic art
theatres: dramatic arts
theme: topic|motif
themes: subjects|topics|motifs
theories: possibilities|hypotheses
theory: possibility|hypothesis
therefore: thus|hence|consequently|thence
thick: midst|thickly
thin: lean|thinly
thinking: intelligent|reasoning|thought process
third: tertiary|thirdly|third base
thirds: third bases
thirty: xxx
thought: idea|thinking|thought process
thoughts: ideas|thought processes
thousand: grand|k|yard|thou
thousands: yards|grands|one thousands
thread: ribbon|wander|yarn|weave
threaded: wandered|wove|meandered
threading: meandering
threads: ribbons|wanders|weaves|yarns
threat: menace
threats: menaces
throat: pharynx
thus: therefore|hence|thence|frankincense
ticket: tag
ticketing: fining
tickets: tags|fines
tie: draw|bind|affiliation|necktie
tied: drawn|bound|drew|trussed
ties: draws|associations|binds|affiliations
tight: closely|taut
till: trough|boulder clay|public treasury
tills: troughs|boulder clays|public treasuries
times: multiplication
tiny: petite|midget|diminutive|bantam
tip: gratuity
tips: gratuities
tired: stock|commonplace|banal|trite
tissue: weave|tissue paper
tissues: weaves|tissue papers
title: style|rubric|entitle|statute title
titled: styled
titles: styles|entitles|rubrics|statute titles
titling: entitling
today: nowadays
toilet: bathroom|pot|throne|stool
toilets: johns|cans|thrones|pots
told: stated
tom: tomcat
ton: short ton|net ton|long ton|gross ton
tone: chant|modulate
toned: chanted|modulated|inflected|intoned
tones: chants|modulates
tongue: clapper|lingua|natural language
tongues: clappers|natural languages
tonight: this evening|this night
toning: modulating
tons: scores|loads|dozens|piles
tool: instrument|joyride|tool around
tooled: tooled around
tooling: tooling around
tools: instruments|tools around
topic: theme
topics: subjects|themes
tore: snapped|busted|ruptured
torn: snapped|busted|ruptured
total: amount|add|entire|sum
totaling: numbering|amounting|summing|toting
totalled: tallied|added up|summed up|added together
totally: completely|entirely|altogether|wholly
totals: aggregates|tots|tallies|adds up
touch: touching|skin senses|touch modality|cutaneous senses
touched: stirred
touches: touch modalities
touching: affecting|poignant
tough: hood|punk|rugged|thug
toughs: street fighters
tour: circuit|spell
tourist: tourer
tourists: holidaymakers
tournament: tourney
tournaments: tourneys
tours: spells|circuits
tower: column|hulk|pillar|loom
towered: predominated
towering: looming|hulking
towers: columns|pillars|looms|hulks
town: townspeople|townsfolk
toy: flirt|fiddle|dally|plaything
toyed: flirted|fiddled
toying: fiddling
toys: flirts|playthings|fiddles
track: lead|path|trail
tracking: trailing
tracks: leads|courses|paths|trails
trade: craft|merchandise|trade in
traded: traded in
trades: crafts|trades in
trading: merchandising|trading in
tradition: custom
traditions: customs
trail: chase|tag|tail|drag
trailed: tailed|dogged|got behind|gotten behind
trailer: drone|preview|poke
trailers: drones|previews|pokes
trailing: dragging|tagging|tailing|dogging
trails: tags|tails|drags|chases
train: develop|prepare|string|educate
trained: prepared|educated
training: education|developing|preparing|preparation
trainings: educations
trains: strings|develops|prepares|educates
transaction: dealings
transactions: proceedings|dealings
transfer: transport|transportation|conveyance|reassign
transfering: reassigning
transferred: reassigned
transfers: transports
transformation: transmutation
transit: transportation system|pass through|move through|pass across
transited: passed through|moved through|passed across|passed over
transiting: passing through|moving through|passing across|passing over
transition: passage|conversion|changeover
transitions: passages|conversions
transits: transportation systems|passes through|moves through|passes across
translation: rendering
translations: renderings
transmission: transmitting|transmittal
transport: carry|conveyance
transportation: transfer|transport|transit|conveyance
transportations: transportation systems
trap: snare|entrap|ensnare|pin down
trapped: entrapped|ensnared|snared|pinned down
trapping: pining down
traps: snares|pins down
trash: pan|junk|scrap|rubbish
trashed: scrapped|panned|junked|tore apart
trashes: junks|tears apart
trashing: panning|tearing apart
travel: journey|traveling|travelling
traveling: travelling|journeying
travelled: journeyed
travels: journeys|gos
treasury: exchequer
treat: handle|delicacy|dainty|goody
treated: handled|processed|did by|done by
treaties: accords|pacts
treating: processing|handling|doing by
treatment: handling|intervention
treatments: interventions
treats: handles|goodies|delicacies|dos by
treaty: accord|pact
tree: corner|tree diagram
trees: corners|tree diagrams
trend: curve|sheer|tendency|slew
trended: swerved|veered
trending: curving|swerving|veering
trends: courses|cuts|curves|tendencies
trial: tryout|trial run
trials: tryouts|trial runs
tribute: testimonial
tributes: testimonials
trick: fox|fob|fast one|play tricks
tricked: played tricks
tricking: playing tricks
tricks: foxes|fobs|fast ones|plays tricks
tried: sought|tested|attempted|proven
tries: efforts|tests|attempts|seeks
trigger: spark|activate|actuate|gun trigger
triggered: activated|sparked|tripped|actuated
triggering: tripping|activating|sparking|setting off
triggers: sparks|activates|gun triggers|sets off
trip: stumble|trip up
triple: trio|treble|triad|triplet
tripled: trebled
triples: triplets|triads|trios|trebles
tripped: stumbled|tripped up
tripping: stumbling|tripping up
trips: stumbles|trips up
troops: military personnel
trouble: upset|bother|inconvenience|fuss
troubled: bothered|disturbed|inconvenienced|putted out
troubles: bothers|upsets|disturbs|inconveniences
troubling: bothering|upsetting|inconveniencing
truck: hand truck
trucks: hand trucks
true: admittedly|avowedly|true up
truly: genuinely|rightfully
trump: scoop|outdo|outflank|trump card
trumped: scooped|outdone|bested|outdid
trumping: besting|outdoing
trumps: scoops|bests|trump cards
trust: bank|swear|rely|reliance
trusted: sworn|relied|swore|banked
trusting: relying|swearing
trusts: relies|swears
truth: verity|the true
try: test|effort|attempt|prove
trying: testing|seeking|attempting|proving
tube: tubing|vacuum tube|electron tube
tubes: vacuum tubes|electron tubes
tune: strain|melody|melodic line|melodic phrase
tuned: tuned up
tunes: strains|airs|melodies|melodic lines
tuning: tuning up
tunnel: burrow
tunneling: burrowing
tunnels: burrows
turn: turning|twist|bend|crook
turned: sour|changed state
turning: changing state
turns: twists|bends|crooks|changes state
twelve: dozen|xii
twenty: xx
twice: double|doubly
twin: mate|parallel|matching|duplicate
twining: paralleling
twins: couples|pairs|mates|parallels
twist: bend|worm|flex|wrestle
twisted: bent|deformed|wrestled|flexed
twisting: bending|flexing|writhing|squirming
twists: worms|bends|constructions|wrestles
type: case|character|eccentric|typecast
typed: typewritten
types: cases|characters|eccentrics
typical: distinctive
ugly: surly
ultimately: at last
ultra: radical|extremist
underground: resistance|tube|metro|subway
understand: realize|realise
understanding: seeing|agreement|realizing|savvy
understandings: apprehensions
understands: realizes|realises
understood: realized|silent|realised|tacit
unfortunately: alas|regrettably|unluckily
uniform: consistent
union: brotherhood|labor union|trade union|trades union
unions: brotherhoods|labor unions|trade unions|trades unions
unique: unparalleled|unequalled|unequaled
united: joined
unity: integrity|ace|wholeness
universal: worldwide|cosmopolitan|ecumenical|linguistic universal
universals: linguistic universals|universal propositions
universe: creation|existence|cosmos
universes: existences
unknown: alien|stranger|unidentified|unnamed
unknowns: unknown regions
unlike: dissimilar
unlikely: improbable
unusual: strange
upcoming: approaching|forthcoming
upgrade: climb|ascent
upgrades: rises|raises|climbs|ascents
upper: upper berth
uppers: upper berths
upset: broken|worried|confused|disturbed
upsets: disturbances|perturbations|overthrows
upsetting: disconcerting
usage: custom|utilization|utilisation
usages: employments
useful: utilitarian
users: exploiters
using: exploitation|victimization|victimisation
usually: normally|commonly|ordinarily
utilities: public utilities
utility: substitute|usefulness|public utility
vacation: holiday
vacationing: holidaying
valley: vale
valleys: vales
value: appreciate|prize|treasure
valued: appreciated|prized|treasured
values: prizes|treasures|appreciates
valuing: appreciating
van: vanguard|new wave
vans: new waves
varied: altered|departed|deviated|diverged
varies: departs|alters|deviates|diverges
varieties: mixtures|mixed bags
variety: diversity|mixture|assortment|motley
various: several|respective|assorted
vary: alter|depart|deviate|diverge
varying: altering|departing|diverging|deviating
vast: immense
venture: pretend|speculation|hazard|embark
ventured: pretended|embarked
ventures: hazards|pretends|guesses|speculations
venturing: embarking
venue: locus|locale
venues: locales|loci
version: edition|variation|variant
versions: variations|editions|variants
vessel: vas|watercraft
vessels: vasa
veteran: vet|seasoned|veteran soldier
veterans: vets|veteran soldiers
vice: frailty
vices: frailties
victim: dupe
victims: dupes
victories: triumphs
victory: triumph
video: picture|video recording
videos: pictures|video recordings
view: position|consider|scene|perspective
viewed: regarded|reckoned|looked at
viewers: viewing audience
viewing: reckoning|looking at
views: positions|sees|scenes|aspects
village: settlement|hamlet|small town
villages: settlements|hamlets|small towns
violence: fury|ferocity|wildness|vehemence
virgin: pure|virtuous|vestal|virginal
virtual: practical
virtually: nigh
vision: sight|visual sense|visual modality
visions: sights|visual senses|visual modalities
visit: travel to
visited: travelled to
visiting: traveling to
visits: sees|travels to
visual: optical|optic|ocular
voice: sound|vox|vocalization|vocalize
voiced: vocalized
voices: vocalizations
voicing: vocalizing
volume: mass|bulk
volumes: masses
volunteer: voluntary|unpaid|military volunteer|unpaid worker
volunteers: military volunteers|unpaid workers
vote: voting|ballot|balloting
votes: ballots
voting: ballot|balloting
wage: salary|engage|earnings|remuneration
wages: reward|pays|salaries|engages
wait: hold|waiting|delay|postponement
waited: held off|held back
waiting: wait|holding off|holding back
waits: delays|postponements|time lags|holds off
wake: awake|aftermath|awaken|arouse
wakes: awakens|awakes|arouses|wakes up
waking: awakening|arousing|awaking|waking up
walk: pass|walking
walking: walk
walks: passes
wall: fence|surround|palisade|fence in
walled: fenced|fenced in
walling: fencing in
walls: fences|surrounds|palisades|fences in
wanted: precious|cherished|treasured
wanting: lacking|absent|deficient
war: warfare
warm: warmly|warm up
warmed: warmed up
warming: warming up
warms: warms up
warning: exemplary|cautionary|admonition
warnings: admonitions
warrant: guarantee|justify|stock warrant
warrants: guarantees|justifies|stock warrants
wash: washing|rinse|lave
washed: rinsed
washes: rinses
washing: rinsing
waste: wild|blow|dissipation|squander
wasted: blown|blew|squandered
wastes: waste materials|waste matters|waste products
wasting: blowing|squandering
watch: follow|observe|ticker|watch over
watched: observed|watched over
watches: observes|tickers|watches over
watching: observation|observing|observance|watching over
water: irrigate
watered: irrigated
watering: irrigating
waters: amniotic fluid
wave: flourish|beckon|brandish|moving ridge
waved: flourished|beckoned|brandished
waves: flourishes|beckons|moving ridges
waving: flourishing|brandishing|beckoning
ways: slipway
weak: watery|washy
wealthy: loaded|flush|affluent|moneyed
weapon: arm|artillery|weapon system
weapons: arms|weapon systems
wear: bear|clothing|wearable|have on
wearing: wear|bearing|erosion|exhausting
wears: bears|wearables|haves on
weather: conditions|brave|endure|upwind
weathered: braved|braved out
weathering: braving|braving out
weathers: endures|weather conditions|atmospheric conditions|braves out
web: net|entanglement
webs: entanglements
website: site|web site|internet site
websites: web sites|internet sites
wedding: marriage|nuptials|wedding ceremony|marriage ceremony
weddings: marriages|wedding ceremonies|marriage ceremonies
weed: mourning band
weeds: mourning bands
week: workweek
weekly: every week|each week
weight: angle|burden|slant|free weight
weighted: angled|burdened|slanted|weighted down
weighting: angling|burdening|slanting|weighting down
weights: angles|burdens|slants|free weights
weird: uncanny|unearthly|eldritch
welcome: receive
welfare: social welfare|public assistance
west: westward|due west
western: horse opera|western sandwich
westerns: horse operas|western sandwiches
wests: westwards|due wests
wet: moisture
whatever: whatsoever
wheel: steering wheel|wheel around
wheeled: wheeled around
wheeling: wheeling around
wheels: steering wheels|wheels around
white: whiteness|whiten
whiting: whitening
whole: completely|unit|totally|entirely
wide: broad|extensive|blanket|encompassing
wife: married woman
wild: wilderness|untamed|natural state
wilds: natural states
willing: volition|unforced
win: gain|profits|acquire|winnings
wind: thread|twist|curve|wander
winding: wandering|weaving|twisting|curving
winds: curves|threads|twists|wanders
wine: vino
wing: fly
wings: flies
winner: victor
winners: victors
winning: victorious|fetching
wins: gains|acquires
winter: wintertime
wintering: overwintering
wire: cable|telegraph|conducting wire
wired: telegraphed|cabled
wires: cables|telegraphs|conducting wires
wiring: cabling|telegraphing
wise: heady|judicious
wish: wishing|indirect request
wished: cared
wishes: cares|indirect requests
wishing: caring|liking
within: inside
witness: viewer|spectator|informant|watcher
witnesses: sees|viewers|spectators|watchers
wives: married womans
woke: aroused|awakened|awoke|awoken
woken: aroused|awakened|awoke|awoken
wolf: wolf down
wolfs: wolfs down
woman: adult female
womans: adult females
won: gained|acquired
wonder: marvel|admiration|inquire|enquire
wondered: questioned|inquired|enquired
wonderful: grand|fantastic|tremendous|terrific
wondering: questioning|speculative|inquiring|inquisitive
wonders: marvels|inquires|enquires
wood: forest|woods
woods: forest|forests
word: phrase|articulate|formulate|give voice
worded: formulated|articulated|phrased|gave voice
wording: phrasing|formulating|articulating|giving voice
wore: bore|borne|had on|has on
worker: proletarian
workers: proletarians
working: workings
works: plant|industrial plant|whole shebang|whole kit
worldwide: planetary
worn: drawn|bore|borne|haggard
worried: upset|cared|disturbed|distressed
worries: cares|troubles|headaches
worry: trouble|concern|headache
worrying: caring
worse: worsened
worship: adoration|revere|idolize
worshiping: idolizing
worshipped: revered|idolized
worships: idolizes
worst: whip|pip|mop up|rack up
worsted: pipped|mopped up|racked up
worth: deserving
worthy: suitable|desirable
wound: spite|twisted|curved|offend
wounded: injured|offended|bruised|maimed
wounding: offending|injuring|bruising
wounds: hurts|lesions|bruises|offends
wow: scream|riot|howler|belly laugh
wows: howlers|belly laughs
wrap: wrapper|twine|wrap up
wrapped: wound|rolled|wrapped up
wrapping: winding|twining|wrapping up
wraps: wrappers|wraps up
write: pen|compose
writer: author
writers: authors
writes: pens|composes
writing: composition|composing|authorship|penning
writings: compositions|written materials
written: composed|penned|pent
wrong: damage|incorrect|incorrectly|wrongly
wrongs: legal injuries
wrote: composed|penned|pent
yard: grounds|pace
yards: paces
yeah: yea
yellow: chicken|yellowish
yet: hitherto|heretofore|so far|thus far
young: offspring|immature
youth: young person|spring chicken
youths: youngs|young persons|spring chickens
zero: zip|null|nil|nada
zeroed: zeroed in
zeroes: nils|zips|nothings|ciphers
zeroing: zeroing in
zeros: zeros in
zone: partition|geographical zone
zoned: partitioned
zones: districts|partitions|geographical zones
zoning: partitioning
"""
# --- WORDNET TABLE END

if __name__ == "__main__":
    sys.exit(main())
