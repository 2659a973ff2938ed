"""Decisions with context: the headline anchor and the terminators (cleaner/decide.py)."""

from __future__ import annotations

import cleaner

BODY = [
    "The city council voted on Tuesday to extend the bus line to the northern districts, a plan debated for years.",
    "Officials said the work would begin in the spring and take about eighteen months to finish.",
    "Residents who spoke at the meeting welcomed the decision but asked for more frequent evening service.",
    "The extension is expected to cost less than the original estimate because the city will reuse an old depot.",
]
TEASERS = [
    "Storm Knocks Out Power To Thousands Across The Region Crews worked through the night to restore power to homes.",
    "Local Bakery Wins National Award For Its Sourdough The owners said they were surprised by the recognition.",
    "School Board Delays Vote On New Calendar Parents asked for more time to review the proposed changes.",
]


def test_teasers_above_the_repeated_headline_go() -> None:
    title = "Council Extends Bus Line To Northern Districts"
    page = [f"{title} - The Daily Example", "Menu", "News", *TEASERS, "Weather", title, "March 3, 2020", *BODY, "Comments"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(t not in kept for t in TEASERS)
    assert all(b in kept for b in BODY)
    assert title in kept
    rules = {r.rule for r in res.removed for line in r.text.splitlines() if line in TEASERS}
    assert rules == {"scorer.above-headline"}


def test_a_short_section_heading_is_not_the_headline() -> None:
    # "Bus Line" is in the title but covers too little of it to be the article's heading
    title = "Council Extends The Bus Line To Northern Districts After Years Of Debate"
    page = [title, *BODY[:2], "The Bus Line", *BODY[2:]]
    res = cleaner.clean("\n".join(page) + "\n")
    assert all(b in res.text.splitlines() for b in BODY)


def test_clean_article_with_its_title_is_unchanged() -> None:
    text = "\n".join(["Council Extends Bus Line To Northern Districts", *BODY]) + "\n"
    assert cleaner.clean(text).text == text


def test_body_between_headline_and_related_heading_wins_over_the_posts_below() -> None:
    title = "Council Extends Bus Line To Northern Districts"
    posts = []
    for k in range(6):
        posts += [f"Another story number {k} about something else entirely, with a long summary of its own events "
                  f"that runs for a while and reads like prose from a different article altogether.", "Share Tweet Email"]
    page = [f"{title} | The Daily Example", "Menu", title, *BODY[:2], "You may also like", *posts]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert BODY[0] in kept and BODY[1] in kept
    assert not any(p in kept for p in posts)


def test_a_comment_thread_does_not_resume_the_article() -> None:
    comment = ("I read the whole report and I am not sure the numbers add up; the depot was sold years ago, "
               "so the savings cannot come from reusing it, and the council should explain this.")
    page = ["Council Extends Bus Line", *BODY, "Comments", "Jane Doe on March 4, 2020 at 9:12 am said:",
            comment, comment.replace("depot", "garage"), comment.replace("council", "mayor"),
            "John on March 5, 2020 at 10:01 am said:", "Thanks for the update!"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY)
    assert comment not in kept and "Thanks for the update!" not in kept


def test_a_numbered_list_below_the_body_stays() -> None:
    items = []
    for k, name in enumerate(["Garden hose reel", "Folding ladder", "Cordless drill", "Work gloves"], 1):
        items += [f"{k}) {name}", f"https://shop.example/item{k}"]
    page = ["Weekend Deals For Your Home Projects", *BODY, "Here are the offers we picked:", *items,
            "Related Posts", "Ten ways to paint a fence", "Why ladders fall over"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(i in kept for i in items)
    assert "Why ladders fall over" not in kept


def test_unnumbered_menu_below_the_body_still_goes() -> None:
    menu = ["Home", "World", "Business", "Sports", "Opinion", "Contact"]
    page = ["Council Extends Bus Line", *BODY, *menu]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert not any(m in kept for m in menu)


def test_a_text_that_repeats_itself_keeps_both_copies() -> None:
    # the first line is a sentence, not a page title: its repeat is no headline to cut above
    text = "\n".join([*BODY, "Officials will present the timetable next week.", *BODY]) + "\n"
    assert cleaner.clean(text).text == text


def test_list_signature_is_the_shape_of_an_item_opening() -> None:
    from cleaner.lists import list_signature

    assert list_signature("June 9 - Maple Hall, Springfield") == list_signature("Sept. 12 - Harbor Arena, Riverton")
    assert list_signature("Group A: Oakdale, Riverton") == list_signature("Group D: Fairview, Milltown") == "w:"
    assert list_signature("• first item") == list_signature("• second, longer item") == "•"
    assert list_signature("Mayor fired by the council") is None  # a headline has no separator


def test_a_schedule_that_continues_the_body_is_kept() -> None:
    dates = [f"{m} {d} - {venue} Arena, {city}" for m, d, venue, city in [
        ("June", 9, "Maple", "Springfield"), ("June", 14, "Harbor", "Riverton"), ("July", 2, "Summit", "Lakeside"),
        ("July", 19, "Granite", "Milltown"), ("Aug.", 4, "Pioneer", "Fairview"), ("Sept.", 12, "Forum", "Oakdale")]]
    page = ["Band Announces Anniversary Tour", "Menu", "Music", *BODY, "The tour dates:", *dates,
            "Related Articles", "Singer Releases New Album", "Festival Lineup Revealed", "© 2020 Example Media"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(d in kept for d in dates) and all(b in kept for b in BODY)
    assert "Singer Releases New Album" not in kept and "Menu" not in kept


def test_headlines_below_the_body_are_not_a_list() -> None:
    heads = ["Storm Knocks Out Power Across The Region", "Local Bakery Wins National Award",
             "School Board Delays Vote On Calendar", "Mayor Opens New Public Library"]
    page = ["Council Extends Bus Line", "Menu", *BODY, *heads]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(b in kept for b in BODY)
    assert not any(h in kept for h in heads)


def test_without_any_furniture_the_model_alone_removes_nothing() -> None:
    # a last section whose lines the model finds unlike the body (a heading, a line of names
    # and scores, a short closing sentence): on a page where no rule finds furniture, it stays
    from cleaner.decide import decide
    from cleaner.rules import Rule
    from cleaner.scorers import Doc

    tail = ["SOUTH LINE AHEAD", "Ann Lee 6-4, 6-4 over Bo Chan; Cy Diaz 6-4, 6-3 over Di Eng.",
            "East Ward had lost on Monday."]
    lines = [*BODY, *BODY, *tail]
    doc = Doc.build(lines, "en", frozenset({"the", "to", "on", "a", "and", "for", "but", "in", "of", "at", "had"}))
    p = [0.95] * (2 * len(BODY)) + [0.1, 0.3, 0.2]
    params = {"threshold": 0.4, "keep_outside": 0.9, "keep_inside": 0.05}
    verdicts, info = decide(doc, p, [None] * len(lines), params)
    assert all(v.keep for v in verdicts) and info["no_furniture"]
    # the same lines under a menu word: the page has furniture, and the model's removals apply
    menu = Rule("nav.menu-word", "navigation", "menu", "test", cues=("menu",))
    verdicts2, _ = decide(Doc.build(["Menu", *lines], "en", doc.stop), [0.0, *p], [menu] + [None] * len(lines), params)
    assert not all(v.keep for v in verdicts2[-3:])
    # and a clean article with sub-headings comes out unchanged through the whole pipeline
    text = "\n\n".join([*BODY, "NORTH LINE DELAYED", BODY[0], *tail]) + "\n"
    assert cleaner.clean(text).text == text


def test_a_table_below_its_caption_stays_with_the_body() -> None:
    rows = [f"{k} {name} {pts} {wins} {poles}" for k, (name, pts, wins, poles) in enumerate([
        ("Ann Lee", 4100, 5, 1), ("Bo Chan", 4080, 7, 0), ("Cy Diaz", 4075, 4, 6), ("Di Eng", 4060, 6, 3)], 1)]
    page = ["Final Standings", *BODY, "Final standings after 36 races:", "Pos. Driver Points Wins Poles", *rows,
            "Share on Facebook", "Most Popular", "Storm Knocks Out Power Across The Region"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(r in kept for r in rows) and all(b in kept for b in BODY)
    assert "Storm Knocks Out Power Across The Region" not in kept


def test_the_article_resumes_after_a_one_line_read_also_box() -> None:
    more = ["The council said the extension of the bus line would also bring new stops near the northern schools.",
            "Residents of the northern districts said the bus line extension was long overdue, the council heard."]
    page = ["Council Extends Bus Line", "Menu", *BODY, "Related", "Storm Knocks Out Power Across The Region", *more,
            "Share on Facebook", "© 2020 Example Media"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(b in kept for b in BODY + more)
    assert "Related" not in kept


def test_headings_with_a_byline_below_the_body_are_other_stories() -> None:
    others = ["Storm Knocks Out Power Across The Region", "Local Bakery Wins National Award"]
    page = ["Council Extends Bus Line", "By Jane Roe", "March 3, 2020", *BODY,
            others[0], "By John Doe", "March 2, 2020", others[1], "By Jane Roe", "March 1, 2020"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY) and not any(o in kept for o in others)
    assert {r.rule for r in res.removed if r.text.strip() == others[0]} == {"scorer.teaser-headline"}


def test_a_caption_above_an_image_credit_inside_the_body_goes() -> None:
    caption = "The old depot on the northern edge of the city."
    page = ["Council Extends Bus Line", *BODY[:2], caption, "Photo: Jane Roe/Example Agency", *BODY[2:],
            "Source: news agencies"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert caption not in kept and all(b in kept for b in BODY)
    assert {r.rule for r in res.removed if r.text.strip() == caption} == {"scorer.credited-caption"}
    # a question to the reader above a book cover's credit is the article's, not a caption
    question = "So, have you found your own favourite route yet?"
    page2 = ["Council Extends Bus Line", *BODY[:2], question, "© Example Books", *BODY[2:], "Source: news agencies"]
    assert question in cleaner.clean("\n".join(page2) + "\n").text.splitlines()


def test_a_results_list_with_sub_lines_between_items_is_kept() -> None:
    games = []
    for home, away in [("Oakdale", "Riverton"), ("Fairview", "Milltown"), ("Lakeside", "Hillcrest")]:
        games += [f"{home} d. {away} 70-44", f"{home} (1-0): Lee 25 points. Diaz 17 points.",
                  f"{away} (0-1): Chan 15 points. Roe 6 points."]
    page = ["High School Roundup", "Menu", *BODY, *games, "Share on Facebook", "© 2020 Example Media"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(g in kept for g in games if "(" in g) and all(b in kept for b in BODY)


def test_label_lines_above_the_body_are_not_a_list() -> None:
    page = ["Council Extends Bus Line", "Posted: Mon 9:10 AM, Mar 1, 2021", "Updated: Tue 7:05 PM, Mar 2, 2021",
            "Summary: the council voted to extend the bus line.", *BODY]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(b in kept for b in BODY)
    assert "Posted: Mon 9:10 AM, Mar 1, 2021" not in kept


def test_a_most_popular_box_right_above_the_body_goes() -> None:
    heads = ["Storm Knocks Out Power Across The Region", "Local Bakery Wins National Award"]
    page = ["Council Extends Bus Line", "Menu", "Most Popular", *heads, *BODY, "© 2020 Example Media"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY) and not any(h in kept for h in heads)


def test_a_lead_in_under_a_related_heading_above_the_body_stays() -> None:
    page = ["Council Extends Bus Line", "More in City News", "Here are the highlights:", *BODY]
    res = cleaner.clean("\n".join(page) + "\n")
    assert all(b in res.text.splitlines() for b in BODY)
    assert "scorer.box-above" not in {r.rule for r in res.removed}  # the lead-in is not a box item


def test_comments_with_name_and_date_lines_do_not_resume_the_article() -> None:
    comments = [
        "Sam Lee", "May 3, 2021 at 9:15 am",
        "The council voted for the bus line extension and I think the northern districts deserve it after years of debate.",
        "I hope the work on the bus line begins in the spring as the officials said, because the depot is ready.",
        "The extension will cost less than the estimate, which is good news for everyone in the city.",
        "Kim Doe", "May 4, 2021 at 6:40 pm",
        "Residents of the northern districts have waited for the bus line extension for a long time now.",
    ]
    page = ["Council Extends Bus Line", *BODY, "3 thoughts on “Council Extends Bus Line To The Northern Districts”",
            *comments]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(b in kept for b in BODY)
    assert not any(c in kept for c in comments)


def test_a_paragraph_cut_off_without_a_final_stop_stays_with_the_body() -> None:
    cut = "The extension of the bus line will also need new drivers and the council said it would start to hire them in"
    page = ["Council Extends Bus Line", "Menu", *BODY, cut, "To Read the Full Story", "Subscribe Sign In",
            "Most Popular", "Storm Knocks Out Power Across The Region"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert cut in kept and all(b in kept for b in BODY)


def test_the_body_does_not_grow_above_the_headline() -> None:
    title = "Council Extends Bus Line To Northern Districts"
    teaser = "Police said the man who was charged in the death of his friend had known him for years and was sorry"
    page = [f"{title} | The Daily Example", "Menu", teaser, title, *BODY]
    res = cleaner.clean("\n".join(page) + "\n")
    assert teaser not in res.text.splitlines() and all(b in res.text.splitlines() for b in BODY)


def test_a_recipe_card_below_the_post_is_kept() -> None:
    ingredients = ["6 tart apples, peeled and sliced", "1 cup rolled oats, or about 100 g", "2 tbsp brown sugar",
                   "½ tsp ground nutmeg"]
    steps = ["Heat the oven and butter a deep dish, then spread the sliced apples over the bottom of it.",
             "Rub the oats, sugar and butter together, scatter the crumble over the apples and bake it for forty minutes."]
    page = ["Apple Crumble", "Menu", *BODY, "Apple Crumble", "Print", "Ingredients", *ingredients,
            "Instructions", *steps, "You may also like:", "Storm Knocks Out Power Across The Region"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(x in kept for x in BODY + ingredients + steps)
    assert "Storm Knocks Out Power Across The Region" not in kept


def test_listicle_headlines_are_not_quantities() -> None:
    from cleaner.lists import list_signature

    assert list_signature("2 cups flour") == list_signature("1 tsp salt") == "qty"
    assert list_signature("10 Best Hiking Trails In The Hills") is None


def test_a_slightly_reworded_headline_is_the_anchor() -> None:
    title = "Budget hearing: What the mayor and the treasurer told the council about the depot - The Daily Example"
    headline = "What the mayor and the treasurer told the budget hearing about the council depot"
    teasers = ["What the mayor and the treasurer told the council", "Storm Knocks Out Power Across The Region"]
    page = [title, "Menu", headline, "By Jane Roe", *BODY[:2], *teasers, *BODY[2:]]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert BODY[0] in kept and BODY[1] in kept  # the body under the real headline is not cut as teasers


def test_a_credit_followed_by_its_caption_does_not_take_the_paragraph_above() -> None:
    page = ["Council Extends Bus Line", *BODY[:2], "Image copyright Example Agency",
            "Image caption The old depot on the northern edge of the city", *BODY[2:]]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY)
    assert "Image caption The old depot on the northern edge of the city" not in kept


PAGES = __import__("pathlib").Path(__file__).parent / "pages"


def test_a_short_docs_page_keeps_its_whole_body_and_loses_its_navigation() -> None:
    text = (PAGES / "docs_page.txt").read_text(encoding="utf-8")
    res = cleaner.clean(text)
    kept = res.text.splitlines()
    lines = text.splitlines()
    body = lines[lines.index("ExampleLib supports Python 3.9 and later. The easiest way to install it is with pip, "
                             "which fetches the latest release from the package index."):lines.index("Previous")]
    assert kept == body  # code lines, the list and sub-headings stay; sidebar, pager and footer go


def test_a_long_code_block_between_paragraphs_stays_with_the_docs_page() -> None:
    text = (PAGES / "docs_code_page.txt").read_text(encoding="utf-8")
    kept = cleaner.clean(text).text.splitlines()
    lines = text.splitlines()
    body = lines[lines.index("from examplelib import read_table") - 2:lines.index("Previous")]
    assert kept == body  # nine lines of code between two paragraphs and the option list stay; navigation goes


def test_a_question_page_keeps_the_question_and_its_answers() -> None:
    text = (PAGES / "qa_page.txt").read_text(encoding="utf-8")
    kept = cleaner.clean(text).text.splitlines()
    lines = text.splitlines()
    answers = [ln for ln in lines[lines.index("5 Answers"):lines.index("Your Answer")] if len(ln.split()) > 12]
    assert len(answers) == 4 and all(a in kept for a in answers)
    assert "z = x | y" in kept and "z = {**x, **y}" in kept  # code in an answer
    assert not any(x in kept for x in ["Improve this answer", "98.7k 12 130 170", "Viewed 3m times", "Your Answer",
                                       "Why does my bread collapse in the oven?"])


def test_an_encyclopedia_article_keeps_its_lead_above_the_table_of_contents() -> None:
    text = (PAGES / "encyclopedia_page.txt").read_text(encoding="utf-8")
    kept = cleaner.clean(text).text.splitlines()
    paragraphs = [ln for ln in text.splitlines() if len(ln.split()) > 20 and "License" not in ln]
    assert len(paragraphs) == 5 and all(p in kept for p in paragraphs)
    assert not any(x in kept for x in ["Jump to search", "Random article", "Privacy policy"])


def test_a_forum_thread_keeps_its_posts() -> None:
    text = (PAGES / "forum_thread.txt").read_text(encoding="utf-8")
    kept = cleaner.clean(text).text.splitlines()
    posts = [ln for ln in text.splitlines() if len(ln.split()) > 25]
    assert len(posts) == 3 and all(p in kept for p in posts)
    assert not any(x in kept for x in ["Search forums", "Similar threads", "Terms and rules"])


def test_a_last_paragraph_after_a_read_also_line_in_extracted_text_stays() -> None:
    last = "The council said the bus line extension to the northern districts would be reviewed again next year."
    text = "\n".join([*BODY, "Related", last]) + "\n"
    res = cleaner.default_cleaner().clean(text, extracted=True)
    assert last in res.text.splitlines() and "Related" not in res.text.splitlines()


def test_a_caption_repeated_for_every_picture_goes_but_repeated_questions_stay() -> None:
    caption = "Spring Festival Parade 2021 [Riverside Street Band] at the Old Harbour Square"
    question = "What inspired you to start cooking for other people?"
    answers = ["My grandmother ran a small kitchen near the port and I learned everything from watching her.",
               "I was a nurse for ten years, and cooking for the night shift became the part I enjoyed most.",
               "Honestly, a friend dared me to open a stall at the market, and the queue never went away."]
    page = ["Harbour Festival Opens - The Example Post", "Harbour Festival Opens",
            BODY[0], caption, BODY[1], caption, BODY[2], caption, BODY[3],
            question, answers[0], question, answers[1], question, answers[2]]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert caption not in kept
    assert kept.count(question) == 3
    assert all(b in kept for b in BODY + answers)
    assert {r.rule for r in res.removed if caption in r.text} == {"scorer.repeated-caption"}


def test_lines_of_invisible_characters_are_blank_lines() -> None:
    # a zero-width space between paragraphs (a blog editor's empty block) does not end the body
    zw = "\u200b"
    page = ["Council Extends Bus Line - The Daily Example", "Council Extends Bus Line", BODY[0], zw, BODY[1], zw,
            "Great news for the north!", zw, BODY[2], BODY[3]]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY)
    assert "Great news for the north!" in kept


def test_a_schedule_below_the_headline_is_the_article_not_the_sidebar_prose() -> None:
    title = "Valley Choir Tour Dates 2021"
    stops = ["Riverton Hall", "Old Mill Theatre", "Northgate Arena", "St Anne's Church", "Harbour Pavilion",
             "Lakeside Bandstand", "City Library Hall", "Westbrook Chapel"]
    items = [f"Stop {k + 1}: {d} March – {place}" for k, (d, place) in enumerate(zip(range(3, 30, 3), stops))]
    sidebar = [
        "» Weekly column",
        "Click the photo to read every column our editor has written about music, theatre and the city's arts.",
        "» Podcast episode 12",
        "A long chat about everything that has happened this season, from new halls to the best concerts so far.",
    ]
    page = [f"{title} | Example Arts | News | Events | Reviews", "Home", "News", "Events", "Reviews", "Contact",
            title, "quarta-feira, 4 de março de 2020 às 9:30", "Share this on WhatsApp", "Tour schedule", *items,
            "Share this on WhatsApp", *sidebar, "Privacy Policy", "Copyright © 2021 Example Arts."]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(x in kept for x in items)
    assert "Tour schedule" in kept
    assert not any(x in kept for x in sidebar)
    assert "Home" not in kept



def test_a_results_roundup_with_long_items_and_headings_between_them_continues_the_body() -> None:
    from cleaner.lists import extend_shaped_list
    from cleaner.scorers import Doc

    def team(name: str, rec: str) -> str:  # a team line: 40 words of player stats
        players = ["A. Moss", "B. Reed", "C. Lund", "D. Park", "E. Vance", "F. Holt", "G. Ibsen", "H. Ames", "J. Cole"]
        return f"{name} ({rec}): " + ". ".join(f"{p} {k} points" for k, p in enumerate(players, start=3)) + "."

    lines = [team("Northfield", "1-0"), team("Eastlake", "0-1"),  # the body so far
             "Marshall d. Westfield 4-2", "BOYS TENNIS", "Lakeview d. Hillcrest 3-0",  # three lines between items
             team("Lakeview", "2-0"), team("Hillcrest", "0-2"), "GIRLS VOLLEYBALL", "Pine Ridge d. Oak Hill 3-1",
             team("Pine Ridge", "4-1"), team("Oak Hill", "1-4"), "Terms of Service"]
    doc = Doc.build(lines, "en", frozenset({"of", "the", "a"}))
    mask = [i < 2 for i in range(len(lines))]
    listed: set[int] = set()
    start, end = extend_shaped_list(doc, [None] * len(lines), mask, 0, 2, listed)
    assert (start, end) == (0, 11)
    assert lines[-1] not in [lines[i] for i in listed]


def test_a_lead_paragraph_above_a_short_list_stays_with_the_body() -> None:
    lead = ("The council's bus plan is finally settled after years of debate, and riders in the northern "
            "districts will see the first new stops next spring, along with a few other changes to the network.")
    lead2 = "Here is what the extension brings to the northern districts and their riders:"
    items = ["Four new stops", "Later evening buses", "A rebuilt depot"]
    page = ["Council Extends Bus Line - The Daily Example", "Home", "News", "Sport", "Council Extends Bus Line",
            "March 3, 2020", lead, lead2, *items, *BODY, "Comments"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert lead in kept and lead2 in kept
    assert all(x in kept for x in items + BODY)
    assert "Sport" not in kept


def test_a_two_word_headline_repeating_a_many_part_title_anchors_a_table() -> None:
    names = ["Ann Vale", "Bo Stark", "Cy Hale", "Di Moor", "Ed Lark", "Flo Wren", "Gus Penn", "Hal Ross", "Ida Quill",
             "Jo Marsh"]
    rows = [f"{k} {name} {5100 - 37 * k} {k % 5} {k % 3}" for k, name in enumerate(names, start=1)]
    sidebar = ["» Weekly column",
               "Click the photo to read every column our editor has written for the site since it was launched.",
               "» Podcast episode 12",
               "A long chat about everything that has happened lately, and what our listeners sent us this month."]
    page = ["Series Standings | Example Racing | F1 | Indy | Rally", "Follow @exampleracing", "Home", "News",
            "Standings", "Contact", "Series Standings", "Friday, 22 October 2021", "Share this on WhatsApp",
            "Final standings after 36 races:", "Pos. Driver Points Wins Poles", *rows, "Share this on WhatsApp",
            "Tags", "racing, standings, drivers, season", "Read the rules before you comment", *sidebar,
            "Privacy Policy"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(r in kept for r in rows)
    assert "Final standings after 36 races:" in kept
    assert not any(x in kept for x in sidebar)


def test_a_post_embedded_at_the_end_of_the_article_stays() -> None:
    tweet = "Proud of the crews who worked all night to get the buses running again. pic.twitter.com/abc123XYZ"
    attribution = "— Jane Roe (@janeroe_example) March 3, 2020"
    page = ["Council Extends Bus Line - The Daily Example", "Council Extends Bus Line", *BODY,
            "The mayor thanked the crews on social media:", tweet, attribution, "Tags bus council transport",
            "Most Read", "Storm knocks out power to thousands", "Local bakery wins national award"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert tweet in kept and attribution in kept
    assert "Storm knocks out power to thousands" not in kept


def test_a_long_paragraph_on_the_subject_after_a_one_link_box_is_the_article_again() -> None:
    last = ("The council said the extension of the bus line to the northern districts would be reviewed after its "
            "first year, and that the old depot reused for the bus line could also serve the planned tram to the "
            "northern districts if the city council approves it.")
    page = ["Council Extends Bus Line - The Daily Example", "Council Extends Bus Line", *BODY, "Related Links",
            "City transport department website", last, "Most Read", "Storm knocks out power to thousands",
            "Local bakery wins national award"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert last in kept
    assert "Storm knocks out power to thousands" not in kept


def test_two_bulleted_notes_right_below_the_body_stay() -> None:
    from cleaner.lists import extend_shaped_list
    from cleaner.scorers import Doc

    lines = [BODY[0], BODY[1], "* Dates may change at short notice, the organisers said.",
             "* The list above was published in January.", "Share this", "Tags"]
    doc = Doc.build(lines, "en", frozenset({"the", "at", "in", "was"}))
    mask = [i < 2 for i in range(len(lines))]
    listed: set[int] = set()
    assert extend_shaped_list(doc, [None] * len(lines), mask, 0, 2, listed) == (0, 4)
    # after a lead-in line, two bullets are not enough: that is a box of its own
    lines2 = [BODY[0], BODY[1], "More from the council", "* Mayor opens new library", "* Park to close for works"]
    doc2 = Doc.build(lines2, "en", frozenset({"the", "at", "in", "was"}))
    mask2 = [i < 2 for i in range(len(lines2))]
    assert extend_shaped_list(doc2, [None] * len(lines2), mask2, 0, 2, set()) == (0, 2)


def test_key_points_below_the_headline_do_not_replace_a_longer_article_below_them() -> None:
    points = ["• The line will reach the northern districts", "• Work starts in the spring",
              "• Four new stops are planned", "• The old depot will be reused", "• Costs are below the estimate"]
    page = ["Council Extends Bus Line - The Daily Example", "Home", "News", "Council Extends Bus Line",
            "March 3, 2020", *points, "Photo: Example Agency", *BODY, BODY[0].replace("Tuesday", "Monday"),
            "Comments", "Storm knocks out power to thousands"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY)
    assert all(x in kept for x in points)
    assert "Storm knocks out power to thousands" not in kept


def test_a_list_announced_by_a_colon_at_the_end_of_the_body_stays() -> None:
    # a blog post ends with "... these five habits:" and five short imperative lines
    habits = ["Sleep at regular hours", "Walk after dinner", "Read something every day", "Call an old friend",
              "Keep a small garden"]
    page = ["Five habits for a calmer week | Example Blog", "Home", "About", "Five habits for a calmer week",
            *BODY, "The author of the guide sums up her advice in these five habits:", *habits,
            "Tags: habits, calm", "Leave a comment", "Privacy policy"]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(b in kept for b in BODY)
    assert all(h in kept for h in habits)
    assert "Privacy policy" not in kept and "Tags: habits, calm" not in kept
    # a short "Read more:" line announces other stories, not a list of the article
    page2 = ["Five habits for a calmer week", *BODY, "Read more:", "Storm knocks out power to thousands",
             "Local bakery wins award", "Privacy policy"]
    kept2 = cleaner.clean("\n".join(page2) + "\n").text.splitlines()
    assert "Storm knocks out power to thousands" not in kept2
    # a link line may come between the body and the announcement; a title-case heading
    # ending with a colon announces other stories
    times = ["Warm-up 11:00", "Contest 12:00", "Awards 18:30"]
    page3 = ["Lake contest returns", *BODY, "Event page on the social network", "The provisional timetable looks like this:",
             *times, "Privacy policy"]
    kept3 = cleaner.clean("\n".join(page3) + "\n").text.splitlines()
    assert all(t in kept3 for t in times) and "Privacy policy" not in kept3
    page4 = ["Lake contest returns", *BODY, "More Coverage From The Example Money Desk:",
             "How To Save For A House", "How To Pick A Savings Account", "Privacy policy"]
    kept4 = cleaner.clean("\n".join(page4) + "\n").text.splitlines()
    assert "How To Save For A House" not in kept4


def test_a_sentence_mentioning_the_title_is_not_a_copy_of_it() -> None:
    from cleaner.decide import _title_candidates
    from cleaner.scorers import Doc

    title = "Bread and Patience"
    lead = "Today it is about bread and patience. If you want to learn it, see the notes below."
    lines = [title, lead, "Bread and Patience | Example Kitchen", *BODY]
    doc = Doc.build(lines, "en", frozenset({"it", "is", "and", "the", "to", "if", "you"}))
    # even with the body run found further down, the lead is not a repeat of the title
    assert _title_candidates(doc, [None] * len(lines), len(lines)) == [0, 2]
    page = [title, lead, *BODY]
    assert lead in cleaner.clean("\n".join(page) + "\n").text.splitlines()


def test_a_table_of_rates_after_a_paragraph_is_not_a_breadcrumb() -> None:
    rows = ["small_file 2.1 GB/s 0.090 GB/s", "large_file 2.4 GB/s 0.088 GB/s", "mixed_file 2.2 GB/s 0.091 GB/s"]
    page = ["Parser speeds", BODY[0], BODY[1], "file fast slow", *rows,
            "Thus the fast parser reads a document about twenty times quicker than the slow one, as the table shows.",
            BODY[2], "Privacy policy"]
    res = cleaner.clean("\n".join(page) + "\n")
    assert all(r.rule != "nav.breadcrumb" for r in res.removed)
    assert all(x in res.text.splitlines() for x in rows)


def test_the_site_name_part_of_the_title_is_not_the_headline() -> None:
    from cleaner.decide import _headline_anchor
    from cleaner.scorers import Doc

    title = "Spring Notes 2012 | Example Reading Circle (North Chapter)"
    lines = [title, "Example Reading Circle (North Chapter)", "Search", "Main menu", "Spring Notes 2012",
             *BODY]
    doc = Doc.build(lines, "en", frozenset({"the", "to", "on", "a", "and", "for", "but", "in", "of", "at"}))
    hits = [None] * len(lines)
    prose = [i >= 5 for i in range(len(lines))]
    assert _headline_anchor(doc, hits, prose, 5, len(lines)) == 4


def test_a_recipe_below_a_one_word_headline_is_the_body() -> None:
    # a blog recipe: a one-word headline repeating the title's first part, ingredients
    # with capitalised nouns (German), then short steps; the blog's footer text below
    ingredients = ["250 g Mehl", "1 TL Backpulver", "100 g Haselnüsse", "150 g Butter", "1 Prise Salz", "1 Ei",
                   "2 EL Milch"]
    steps = ["Alle Zutaten in eine Schüssel geben und zu einem glatten Teig verkneten.",
             "Den Teig ausrollen und Sterne ausstechen.", "Ein Blech mit Backpapier auslegen.",
             "Die Sterne im Ofen zwölf Minuten backen, bis sie hell sind."]
    page = ["Nussplätzchen | Beispielküche", "Beispielküche – Rezepte aus dem Alltag", "Über diesen Blog",
            "Nussplätzchen", "Zubereitungszeit: 30 Minuten", "Zutaten:", *ingredients, "Zubereitung:", *steps,
            "Gefällt mir:", "Ähnliche Beiträge", "Lizenz",
            "Die Bilder in diesem Blog stehen unter einer freien Lizenz, die Texte dürfen mit Nennung der Quelle "
            "weiterverwendet werden, solange sie nicht verändert und nicht kommerziell genutzt werden.",
            "Haftungshinweis",
            "Trotz sorgfältiger Kontrolle übernehme ich keine Haftung für die Inhalte externer Links, für deren "
            "Inhalt allein deren Betreiber verantwortlich sind und die sich jederzeit ändern können."]
    res = cleaner.clean("\n".join(page) + "\n")
    kept = res.text.splitlines()
    assert all(x in kept for x in ingredients), [x for x in ingredients if x not in kept]
    assert all(x in kept for x in steps), [x for x in steps if x not in kept]
    assert "Über diesen Blog" not in kept and "Haftungshinweis" not in kept


def test_a_sign_off_below_the_post_stays() -> None:
    page = ["A weekend by the lake | Example Blog", "Home", "About", "A weekend by the lake", *BODY,
            "Love, Anna Roe", "Share this article", "Related Posts", "Storm Knocks Out Power Across The Region"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert "Love, Anna Roe" in kept and all(b in kept for b in BODY)
    assert "Storm Knocks Out Power Across The Region" not in kept


def test_a_recipe_card_keeps_its_ingredients_and_steps() -> None:
    text = (PAGES / "recipe_card_page.txt").read_text(encoding="utf-8")
    kept = cleaner.clean(text).text.splitlines()
    lines = text.splitlines()
    ingredients = lines[lines.index("Ingredients"):lines.index("Instructions") + 1]
    steps = lines[lines.index("Instructions") + 1:lines.index("Leave a Reply") - 1]
    assert len(ingredients) == 9 and all(x in kept for x in ingredients), [x for x in ingredients if x not in kept]
    assert len(steps) == 4 and all(x in kept for x in steps)
    assert not any(x in kept for x in ["Skip to content", "Leave a Reply", "Simple Sourdough Loaf", "Privacy Policy"])


def test_a_short_headline_that_also_names_a_menu_entry_anchors_at_its_last_copy() -> None:
    from cleaner.decide import _headline_anchor
    from cleaner.scorers import Doc

    lines = ["Release notes — Example Docs", "Installation", "Release notes", "API reference", "Release notes",
             *BODY]
    doc = Doc.build(lines, "en", frozenset({"the", "to", "on", "a", "and", "for", "but", "in", "of", "at"}))
    prose = [i >= 5 for i in range(len(lines))]
    assert _headline_anchor(doc, [None] * len(lines), prose, 5, len(lines)) == 4


def test_one_long_unrecognised_caption_between_paragraphs_does_not_end_the_body() -> None:
    from cleaner.decide import _extend_edges
    from cleaner.scorers import Doc

    cap = "Council members and residents of the northern districts look at the plans for the new depot"
    after = ["The northern districts have waited for the bus line for a decade, council members said on Tuesday.",
             "Work on the bus line extension will close two streets in the northern districts during the spring."]
    lines = [BODY[0], BODY[1], cap, *after, "Storm Knocks Out Power Across The Region Crews worked through the night"]
    doc = Doc.build(lines, "en", frozenset({"the", "to", "on", "a", "and", "for", "in", "of", "at", "will", "have"}))
    p = [0.9, 0.9, 0.2, 0.3, 0.3, 0.05]
    prose = [True, True, False, True, True, False]
    mask = [True, True, False, False, False, False]
    # the paragraphs below share the body's words: the body runs on over the caption to them
    assert _extend_edges(doc, p, prose, [None] * 6, mask, 0, 2, 0.05) == (0, 5)
    # a paragraph on another subject below such a line is not pulled in
    other = "The bakery on the corner sold out of sourdough loaves before nine, its owners said with a smile."
    doc2 = Doc.build([*lines[:3], other], "en", doc.stop)
    assert _extend_edges(doc2, p[:4], prose[:4], [None] * 4, [True, True, False, False], 0, 2, 0.05) == (0, 2)


def test_a_how_to_page_keeps_its_lead_tool_list_and_every_step() -> None:
    text = (PAGES / "howto_page.txt").read_text(encoding="utf-8")
    kept = cleaner.clean(text).text.splitlines()
    lines = text.splitlines()
    body = lines[lines.index("You will need:") - 1:lines.index("Was this guide helpful?")]
    assert len(body) == 16 and kept[-len(body):] == body, [x for x in body if x not in kept]
    assert not any(x in kept for x in ["Was this guide helpful?", "Yes No", "How to Fix a Flat Tyre", "Subscribe"])


_REVIEW_BODY = [
    "I tested the new espresso grinder for three weeks, grinding beans for espresso and filter coffee every morning.",
    "The grinder holds its setting well, and the burrs produced an even grind for espresso even at the finest steps.",
    "Cleaning the grinder takes a few minutes: the upper burr lifts out and the chute can be brushed without tools.",
]


def test_short_sections_that_talk_about_the_article_end_it_not_the_body() -> None:
    tail = ["Pros", "Even grind at fine espresso settings", "Burrs lift out for cleaning", "Cons",
            "Loud when grinding light beans",
            "If you make espresso every day, this grinder is worth the price; for filter coffee a cheaper one will do."]
    text = "\n".join(["Menu", "Home", "Reviews", *_REVIEW_BODY, *tail, "Share this", "Facebook", "Twitter",
                      "Privacy Policy"]) + "\n"
    kept = cleaner.clean(text).text.splitlines()
    assert all(line in kept for line in [*_REVIEW_BODY, *tail])
    assert "Facebook" not in kept and "Privacy Policy" not in kept


def test_other_stories_headlines_below_the_article_are_not_a_closing_section() -> None:
    heads = ["The Best Espresso Machines Under $500", "Why Your Coffee Tastes Bitter And How To Fix It",
             "Ten Coffee Grinders We Tested This Year", "Our Favourite Milk Frothers For Home Baristas"]
    text = "\n".join(["Menu", "Home", "Reviews", *_REVIEW_BODY, *heads, "Share this", "Facebook", "Twitter",
                      "Privacy Policy"]) + "\n"
    kept = cleaner.clean(text).text.splitlines()
    assert all(line in kept for line in _REVIEW_BODY)
    assert not any(h in kept for h in heads)  # title-cased headlines: other stories, though on the same topic


def test_a_markdown_readme_keeps_its_headings_fences_and_licence_line() -> None:
    # "## Features" is a section label on a news site and "```python" a code block's language
    # label on a docs page; in a Markdown source they are the text's own
    readme = "\n".join([
        "# tidepool", "", "Small tide-table calculations for harbour apps and embedded devices.", "",
        "## Features", "", "- Harmonic prediction", "- Output in local time or UTC", "",
        "## Installation", "", "```", "pip install tidepool", "```", "", "Output:", "",
        "```python", "from tidepool import Station", "print(Station.load('harwick'))", "```", "",
        "## License", "", "Released under the MIT License. Copyright (c) 2021 The tidepool authors.", ""])
    assert cleaner.clean(readme).text == readme


def test_one_rule_alone_does_not_make_a_book_a_web_page() -> None:
    # a table of contents under "Contents" (a docs page's furniture word) above a preface
    book = "\n".join([
        "The Water Houses", "A Short History of Public Wash-Houses", "", "Contents", "",
        "Preface .......... 9", "1. Shared water .......... 17", "2. Soap and ash .......... 58",
        "3. The wash-house as a square .......... 84", "",
        "Preface", "", *BODY, ""])
    assert cleaner.clean(book).text == book


def test_a_story_about_clicking_accept_all_cookies_is_kept() -> None:
    story = "\n".join([
        BODY[0],
        "I clicked Accept all cookies and the whole page switched to Finnish, prices, descriptions and all.",
        BODY[1],
        "In short: we accepted cookies, the page turned Finnish, and the bus still came on time.", ""])
    assert cleaner.clean(story).text == story


DOCS_PAGE = [
    "Set up automatic backups | Example Manual", "Skip to main content", "Product", "Pricing", "Manual", "Sign in",
    "Manual › Data › Automatic backups", "Set up automatic backups",
    "Example can back up all the data of a workspace at regular intervals and keep older copies for a while.",
    "Create a backup plan",
    "Open Settings › Data › Backups in the left navigation.",
    "Click New backup plan.",
    "Choose the interval: daily, weekly or monthly.",
    "Confirm with Save.",
    "Storage target", "Available from plan", "Example Cloud", "Basic", "SFTP server", "Professional",
    "Retention",
    "By default Example keeps the last thirty daily backups and deletes older ones automatically every night, "
    "so that the storage used stays predictable.",
    "If a backup fails, every administrator of the workspace receives an email with the reason and a link to the log.",
    "Response", "{", '"id": "bk_01",', '"status": "done"', "}",
    "Was this page helpful?", "Yes", "No", "Previous", "Next", "On this page", "© 2025 Example Ltd",
]


def test_a_docs_page_keeps_its_short_steps_between_headline_and_body() -> None:
    res = cleaner.clean("\n".join(DOCS_PAGE) + "\n")
    kept = res.text.splitlines()
    steps = DOCS_PAGE[DOCS_PAGE.index("Create a backup plan"):DOCS_PAGE.index("Response")]
    assert all(s in kept for s in steps), [s for s in steps if s not in kept]
    assert all(s in kept for s in ('"id": "bk_01",', '"status": "done"'))  # the code under "Response"
    assert not any(s in kept for s in ("Was this page helpful?", "Previous", "On this page", "Skip to main content"))


def test_a_contact_heading_over_an_address_does_not_make_a_notice_a_web_page() -> None:
    # a footer's link word that heads a section of the text is no footer; "Privacy policy" as
    # the last line of a page (test above) still is
    notice = "\n".join([*BODY, "", "Contact", "12 Linden Street, Example Town", "Phone: 555 0123", ""])
    assert cleaner.clean(notice).text == notice


def test_a_booklets_copyright_line_stays_with_its_poems() -> None:
    poems = "\n".join(["Blue House Hours", "", "I. Morning", "", "The kettle wakes before I do.",
                       "The cat reads the window.", "", "II. Noon", "", "Bread, and the long light on the table.",
                       "", "© 2023 the author", ""])
    assert cleaner.clean(poems).text == poems


def test_a_live_blogs_entries_under_time_stamps_and_share_buttons_stay() -> None:
    texts = ["The river gauge at the bridge has just recorded 4.71 metres, beating the record set in 2019 by four "
             "centimetres, and the water is still rising slowly this afternoon.",
             "Shop owners on Quay Street are stacking sandbags in their doorways again, and several say they have "
             "moved their stock upstairs for the second time in five years.",
             "At least fourteen schools in the valley have told parents to collect their children early because "
             "buses may not be able to use the lower roads after three o'clock.",
             "Police have closed the coastal road after part of the sea wall gave way, and drivers are being sent "
             "inland on a diversion that adds about twenty minutes to the journey."]
    heads = ["River passes its 2019 record", "Shops on Quay Street sandbag doors", "Schools closing early",
             "Coastal road closed"]
    page = ["Storm live: coastal road closed | The Example Ledger", "Menu", "News", "Sport", "Sign in",
            "Storm live: coastal road closed", "Updated 2 min ago", "What we know so far", *BODY, "Share"]
    for stamp, head, text in zip(["14:32", "14:10", "13:48", "13:25"], heads, texts):
        page += [stamp, head, text, "Share"]
    page += ["Most read", "Bakery wins sourdough prize", "Council confirms bypass date", "© 2024 The Example Ledger"]
    kept = cleaner.clean("\n".join(page) + "\n").text.splitlines()
    assert all(b in kept for b in BODY)
    assert all(h in kept for h in heads) and all(t in kept for t in texts), kept
    assert "Share" not in kept and "Bakery wins sourdough prize" not in kept and "14:32" not in kept


def test_an_extracted_article_keeps_its_by_line() -> None:
    article = "\n".join(["Council extends the bus line", "By Jane Example", "", *BODY, ""])
    assert cleaner.clean(article).text == article


def test_one_see_also_heading_ends_an_encyclopedia_text_but_its_title_stays() -> None:
    text = "\n".join(["Lake Example", "", *BODY, "", "See also", "", "List of lakes", "Example River", ""])
    kept = cleaner.clean(text).text.splitlines()
    assert "Lake Example" in kept and all(b in kept for b in BODY)
    assert "See also" not in kept and "List of lakes" not in kept
