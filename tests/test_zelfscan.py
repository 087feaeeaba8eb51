"""The bestuurscultuur zelfscan in Chromium: keyboard use, storage, files, the advice, print, privacy.

The page is built from the fixture project tests/fixtures/zelfscan (a 19-statement test
questionnaire and a small catalog), so that editing the shipped questionnaire or catalog never
breaks these tests. Expected outcomes are worked out by hand from the rule in PRODUCT.md section
6; the small `expected_advice` below re-applies that rule only to check the hand arithmetic, never
the page. The worked examples are checked in full by tests/js/zelfscan-scoring.test.mjs; here a
few of them show that the page is wired to that code.
"""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict
from urllib.parse import quote

import pytest
import yaml
from playwright.sync_api import Dialog, Download, Locator, Page, Request, expect

from tests.conftest import FIXTURES, axe_violations, describe

ZELFSCAN = "catalogus/zelfscan.html"
OPSLAG_SLEUTEL = "bestuurscultuur-zelfscan"
GEEN_ADVIES = "nog geen advies (er zijn nog geen antwoorden)"

# The questionnaire as the rule sees it (checked against the fixture questionnaire below).
SCHAAL = {"altijd": 1, "vaak": 2, "geregeld": 3, "soms": 4, "nooit": 5}
RAAD = [f"raad-{n}" for n in range(1, 12)]
COLLEGE = [f"college-{n}" for n in range(1, 9)]
STELLINGEN = RAAD + COLLEGE
ZWAAR = ("raad-5", "raad-6", "college-5")
GEZOND = "college-8"
GEWONE_RAAD = [s for s in RAAD if s not in ZWAAR]  # 9 statements, norm 1
GEWOON_COLLEGE = [s for s in COLLEGE if s not in ZWAAR and s != GEZOND]  # 6 statements, norm 1
ROLLEN = {"griffier": "Griffier", "wethouder": "Wethouder", "raadslid": "Raadslid"}
FIXTURE = FIXTURES / "zelfscan"


@pytest.fixture(scope="module")
def base_url(zelfscan_url: str) -> str:
    """Every test here runs on the fixture project's site."""
    return zelfscan_url


# ---------------------------------------------------------------------------------------------
# The rule, only to double-check the hand-worked numbers in this file


def concern(stelling: str, antwoord: int) -> int:
    return antwoord - 1 if stelling == GEZOND else 5 - antwoord


def norm(stelling: str) -> int:
    return 0 if stelling in ZWAAR else 1


def expected_advice(groep: list[dict[str, int]]) -> tuple[str, float]:
    """(phase, S) for a group: per statement the median concern of those who answered."""
    totaal = 0.0
    zwaar_signaal = False
    for stelling in STELLINGEN:
        zorgen = [concern(stelling, a[stelling]) for a in groep if stelling in a]
        if not zorgen:
            continue
        mediaan = statistics.median(zorgen)
        totaal += max(0, mediaan - norm(stelling))
        zwaar_signaal = zwaar_signaal or (stelling in ZWAAR and mediaan >= 3)
    fase = "geen" if totaal == 0 else "1" if totaal < 10 else "2" if totaal < 25 else "3"
    if zwaar_signaal and fase in ("geen", "1"):
        fase = "2"
    return fase, totaal


def dutch(getal: float) -> str:
    """How the page writes S: 24 -> "24", 6.5 -> "6,5"."""
    return str(int(getal)) if getal == int(getal) else str(getal).replace(".", ",")


def fase_tekst(fase: str) -> str:
    return "geen signaal" if fase == "geen" else f"fase {fase}"


# ---------------------------------------------------------------------------------------------
# Worked examples (answers 1 altijd .. 5 nooit; concern = 5 - answer, college-8: answer - 1)

def alle(waarde: int, stellingen: list[str]) -> dict[str, int]:
    return dict.fromkeys(stellingen, waarde)


# Healthy: every problem "nooit" (concern 0), college-8 "altijd" (concern 0). S = 0 -> geen.
GEZOND_BESTUUR = alle(5, STELLINGEN) | {GEZOND: 1}

# Troubled: 9 ordinary raad statements "geregeld": concern 2 - norm 1 = 1 each -> 9;
# 6 ordinary college statements "vaak": concern 3 - norm 1 = 2 each -> 12;
# raad-5, raad-6, college-5 "soms": concern 1 - norm 0 = 1 each -> 3 (below 3: no zwaar rule);
# college-8 "vaak": concern 2 - 1 = 1, norm 1 -> 0.  S = 9 + 12 + 3 = 24 -> fase 2.
ONRUSTIG_BESTUUR = (alle(3, GEWONE_RAAD) | alle(2, GEWOON_COLLEGE) | alle(4, list(ZWAAR))
                    | {GEZOND: 2})

# Crisis: all 11 raad statements "altijd": 9 ordinary x (4 - 1) = 27, raad-5 and raad-6
# 2 x (4 - 0) = 8 -> 35; college-1..7 "soms": ordinary 6 x (1 - 1) = 0, college-5 1 - 0 = 1;
# college-8 "geregeld": concern 3 - 1 = 2, minus norm 1 = 1.  S = 35 + 1 + 1 = 37 -> fase 3.
CRISIS_BESTUUR = alle(1, RAAD) | alle(4, COLLEGE[:7]) | {GEZOND: 3}

# Zwaar: only raad-6 "vaak": concern 3 - norm 0 = 3, S = 3 -> fase 1, raised to 2 (concern >= 3).
ZWAAR_SIGNAAL = {"raad-6": 2}

WORKED_EXAMPLES = [  # the same as in tests/js/zelfscan-scoring.test.mjs
    # (label, answers of one respondent, S by hand, phase by hand)
    ("gezond", GEZOND_BESTUUR, 0, "geen"),
    ("onrustig", ONRUSTIG_BESTUUR, 24, "2"),
    ("crisis", CRISIS_BESTUUR, 37, "3"),
    ("zwaar", ZWAAR_SIGNAAL, 3, "2"),
    # raad-6 "geregeld": concern 2 < 3, S = 2 - 0 = 2 -> fase 1, not raised.
    ("zwaar-onder-grens", {"raad-6": 3}, 2, "1"),
    # 9 ordinary raad "geregeld": 9 x 1 = 9 -> fase 1; one more (college-1) makes 10 -> fase 2.
    ("grens-9", alle(3, GEWONE_RAAD), 9, "1"),
    ("grens-10", alle(3, GEWONE_RAAD) | {"college-1": 3}, 10, "2"),
    # the troubled board with college-8 "geregeld" (concern 2, excess 1): 24 + 1 = 25 -> fase 3.
    ("grens-25", ONRUSTIG_BESTUUR | {GEZOND: 3}, 25, "3"),
]


# ---------------------------------------------------------------------------------------------
# Helpers


@dataclass(frozen=True)
class Respondent:
    naam: str
    antwoorden: dict[str, int]
    rol: str = ""
    opmerkingen: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        uit: dict[str, object] = {"naam": self.naam, "antwoorden": self.antwoorden}
        if self.rol:
            uit["rol"] = self.rol
        if self.opmerkingen:
            uit["opmerkingen"] = self.opmerkingen
        return uit


def answer_file(*respondenten: Respondent) -> bytes:
    bestand = {"format": "bestuurscultuur-antwoorden", "versie": 1,
               "respondenten": [r.as_json() for r in respondenten]}
    return json.dumps(bestand, ensure_ascii=False).encode("utf-8")


def open_scan(page: Page, base_url: str) -> None:
    page.goto(base_url + ZELFSCAN)
    expect(page.locator("#zs-naam")).to_be_visible()


def melding(page: Page) -> Locator:
    return page.locator("[data-testid=melding]")


def import_bytes(page: Page, inhoud: bytes, naam: str = "antwoorden.json") -> None:
    page.locator("input[data-testid=import]").set_input_files(
        {"name": naam, "mimeType": "application/json", "buffer": inhoud})


def import_respondents(page: Page, *respondenten: Respondent) -> None:
    import_bytes(page, answer_file(*respondenten))
    aantal = len(respondenten)
    woord = "respondent" if aantal == 1 else "respondenten"
    expect(melding(page)).to_contain_text(f"{aantal} {woord} toegevoegd uit 1 bestand.")


def outcome(page: Page) -> tuple[str | None, str]:
    fase = page.locator("[data-testid=advies-fase]")
    return fase.get_attribute("data-fase"), page.locator("[data-testid=overschrijding]").inner_text()


def expect_outcome(page: Page, fase: str, totaal: float) -> None:
    expect(page.locator("[data-testid=advies-fase]")).to_have_attribute("data-fase", fase)
    expect(page.locator("[data-testid=advies-fase]")).to_have_text(fase_tekst(fase))
    expect(page.locator("[data-testid=overschrijding]")).to_have_text(dutch(totaal))


def respondent_items(page: Page) -> Locator:
    return page.locator("[data-testid=respondenten] > li")


def expect_respondent(page: Page, index: int, tekst: str) -> None:
    """The respondent line as seen on screen (the print-only "Respondent n" is not rendered)."""
    expect(respondent_items(page).nth(index)).to_contain_text(tekst, use_inner_text=True)


def stored_state(page: Page) -> str | None:
    return page.evaluate("key => localStorage.getItem(key)", OPSLAG_SLEUTEL)


def checked_answers(page: Page) -> dict[str, int]:
    """The checked radio per statement in the open form."""
    return page.evaluate("""() => Object.fromEntries(
        [...document.querySelectorAll('form.zs-formulier fieldset[data-vraag]')]
          .map(f => [f.dataset.vraag, f.querySelector('input:checked')])
          .filter(([, radio]) => radio)
          .map(([id, radio]) => [id, Number(radio.value)]))""")


def heading(page: Page, text: str) -> Locator:
    return page.locator("h1, h2, h3").filter(has_text=re.compile(rf"^{re.escape(text)}¶?$"))


class Focus(TypedDict):
    tag: str
    id: str
    name: str
    value: str
    checked: bool
    testid: str
    focusVisible: bool
    indicator: bool


FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
    && !transparent(s.outlineColor);
  return {tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name') || '',
          value: e.value ?? '', checked: !!e.checked, testid: e.dataset.testid || '',
          focusVisible: e.matches(':focus-visible'), indicator: outline || s.boxShadow !== 'none'};
}"""


def focused(page: Page) -> Focus:
    focus = page.evaluate(FOCUSED)
    assert focus is not None, "nothing has keyboard focus"
    return focus


def press_until(page: Page, done: Callable[[Focus], bool], key: str = "Tab", limit: int = 8) -> Focus:
    """Press a key until `done(focus)`; every control passed on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press(key)
        focus = focused(page)
        assert focus["focusVisible"] and focus["indicator"], f"no visible focus on {focus}"
        if done(focus):
            return focus
    raise AssertionError(f"not reached with {limit} x {key}; focus is on {focused(page)}")


def choose_by_keyboard(page: Page, waarde: int) -> None:
    """On the first radio of a group with nothing checked: Space takes "altijd", arrows move on."""
    if waarde == 1:
        page.keyboard.press("Space")
    for _ in range(waarde - 1):
        page.keyboard.press("ArrowRight")
    focus = focused(page)
    assert focus["value"] == str(waarde) and focus["checked"], focus
    assert focus["focusVisible"] and focus["indicator"], f"no visible focus on {focus}"


def fill_by_keyboard(page: Page, respondent_id: str, naam: str, rol: str,
                     antwoorden: dict[str, int]) -> list[str]:
    """With focus in the name field: type name and role, then Tab to each statement and answer it.

    Returns the statements whose radio group was reached with Tab, in order.
    """
    assert focused(page)["id"] == "zs-naam"
    page.keyboard.type(naam)
    press_until(page, lambda f: f["id"] == "zs-rol", limit=1)
    page.keyboard.type(ROLLEN[rol])  # type-ahead in the closed select
    expect(page.locator("#zs-rol")).to_have_value(rol)
    bereikt = []
    for stelling in STELLINGEN:
        groep = f"zs-{respondent_id}-{stelling}"
        focus = press_until(page, lambda f, groep=groep: f["name"] == groep, limit=4)
        assert focus["value"] == "1" and not focus["checked"], focus  # nothing chosen yet
        bereikt.append(stelling)
        choose_by_keyboard(page, antwoorden[stelling])
    return bereikt


# ---------------------------------------------------------------------------------------------
# 0. The rule constants of this file are those of the questionnaire


def test_rule_constants_match_the_questionnaire() -> None:
    vragenlijst = yaml.safe_load((FIXTURE / "questionnaire/vragenlijst.yaml").read_text("utf-8"))
    assert {s["label"]: s["waarde"] for s in vragenlijst["schaal"]} == SCHAAL
    assert [s["id"] for s in vragenlijst["stellingen"]] == STELLINGEN
    assert tuple(s["id"] for s in vragenlijst["stellingen"] if s["zwaar"]) == ZWAAR
    assert [s["id"] for s in vragenlijst["stellingen"] if s["richting"] == "gezond"] == [GEZOND]
    assert vragenlijst["regel"] == {"standaardnorm": 1, "standaardnorm_zwaar": 0, "fase_2_vanaf": 10,
                                    "fase_3_vanaf": 25, "zwaar_zorg_vanaf": 3, "zwaar_minimale_fase": 2}
    for label, antwoorden, totaal, fase in WORKED_EXAMPLES:
        assert expected_advice([antwoorden]) == (fase, totaal), label


# ---------------------------------------------------------------------------------------------
# 1 + 2. Two respondents by keyboard only; everything is back after a reload

# Two respondents; worked out per statement (median of two concerns = their mean):
# raad-1: 3 / 1 -> concern 2 / 4 -> 3, excess 2 (and 2 steps apart: a bespreekpunt)
# raad-6 (zwaar): 5 / 4 -> 0 / 1 -> 0,5, excess 0,5
# raad-7: 2 / 2 -> 3, excess 2
# college-2: 4 / 3 -> 1 / 2 -> 1,5, excess 0,5
# college-7: 3 / 3 -> 2, excess 1
# college-8 (gezond): 2 / 3 -> 1 / 2 -> 1,5, excess 0,5
# all others have a median concern of 1 or less: excess 0.  S = 6,5 -> fase 1.
ANNA = dict(zip(STELLINGEN, [3, 4, 5, 4, 5, 5, 2, 4, 4, 5, 4, 4, 4, 5, 5, 5, 4, 3, 2], strict=True))
BRAM = dict(zip(STELLINGEN, [1, 4, 4, 4, 5, 4, 2, 5, 4, 5, 4, 4, 3, 5, 4, 5, 4, 3, 3], strict=True))


def test_two_respondents_by_keyboard_and_back_after_reload(page: Page, base_url: str) -> None:
    assert expected_advice([ANNA, BRAM]) == ("1", 6.5)
    open_scan(page, base_url)
    page.locator("#zs-naam").focus()

    bereikt = fill_by_keyboard(page, "r1", "Anna de Vries", "griffier", ANNA)
    assert bereikt == STELLINGEN
    expect(page.locator("[data-testid=voortgang]")).to_have_text("19 van 19 beantwoord")
    # the respondent list keeps step with the form while answering
    expect_respondent(page, 0, "Anna de Vries (Griffier) — 19 van 19 beantwoord")

    # back up to "Respondent toevoegen" and press it
    press_until(page, lambda f: f["testid"] == "respondent-toevoegen", key="Shift+Tab", limit=80)
    page.keyboard.press("Enter")
    expect(page.locator("form.zs-formulier")).to_have_attribute("data-respondent", "r2")
    expect(page.locator("#zs-naam")).to_be_focused()
    expect(page.locator("#zs-naam")).to_have_value("")

    bereikt = fill_by_keyboard(page, "r2", "Bram Jansen", "wethouder", BRAM)
    assert bereikt == STELLINGEN

    def check_page() -> None:
        expect(respondent_items(page)).to_have_count(2)
        expect_respondent(page, 0, "Anna de Vries (Griffier) — 19 van 19 beantwoord")
        expect_respondent(page, 1, "Bram Jansen (Wethouder) — 19 van 19 beantwoord")
        expect_outcome(page, "1", 6.5)
        punten = page.locator("[data-testid=bespreekpunten] li")
        expect(punten).to_have_count(1)
        expect(punten).to_have_attribute("data-vraag", "raad-1")

    check_page()
    page.reload()
    expect(page.locator("#zs-naam")).to_have_value("Bram Jansen")
    expect(page.locator("#zs-rol")).to_have_value("wethouder")
    check_page()
    assert checked_answers(page) == BRAM
    respondent_items(page).nth(0).get_by_role("button", name="Open vragenlijst van Anna de Vries").click()
    expect(page.locator("#zs-naam")).to_have_value("Anna de Vries")
    expect(page.locator("#zs-rol")).to_have_value("griffier")
    assert checked_answers(page) == ANNA


# ---------------------------------------------------------------------------------------------
# 3. Export, wipe, import: the same advice


GROEP = [
    Respondent("Carla", {"raad-1": 1, "raad-2": 2, "raad-3": 5, GEZOND: 3}, rol="raadslid",
               opmerkingen={"raad-1": "Vooral bij de begroting."}),
    Respondent("Daan", {"raad-1": 3, "raad-2": 3, "raad-3": 1, GEZOND: 3}, rol="raadslid"),
]
# raad-1: 1 / 3 -> concern 4 / 2 -> 3, excess 2 (2 steps apart: bespreekpunt)
# raad-2: 2 / 3 -> concern 3 / 2 -> 2,5, excess 1,5 (1 step apart: no bespreekpunt)
# raad-3: 5 / 1 -> concern 0 / 4 -> 2, excess 1 (4 steps apart: bespreekpunt, listed first)
# college-8: 3 / 3 -> concern 2, excess 1.  S = 5,5 -> fase 1.
GROEP_S = 5.5


def test_group_differences_become_bespreekpunten(page: Page, base_url: str) -> None:
    assert expected_advice([r.antwoorden for r in GROEP]) == ("1", GROEP_S)
    open_scan(page, base_url)
    import_respondents(page, *GROEP)
    expect_outcome(page, "1", GROEP_S)
    punten = page.locator("[data-testid=bespreekpunten] li")
    expect(punten).to_have_count(2)
    assert [li.get_attribute("data-vraag") for li in punten.all()] == ["raad-3", "raad-1"]
    expect(page.locator("[data-testid=bespreekpunten] li[data-vraag=raad-1]")).to_contain_text(
        'van "altijd" tot "geregeld" (2 stappen verschil, 2 antwoorden)')
    expect(page.locator("[data-testid=bespreekpunten] li[data-vraag=raad-2]")).to_have_count(0)
    expect(page.locator(f"[data-testid=bespreekpunten] li[data-vraag={GEZOND}]")).to_have_count(0)


def test_export_wipe_and_import_give_the_same_advice(page: Page, base_url: str, tmp_path: Path) -> None:
    open_scan(page, base_url)
    import_respondents(page, *GROEP)
    # a norm of the group's own and an answer changed by hand, so the file carries both
    page.locator("#zs-norm-raad-2").select_option("2")  # raad-2: excess 2,5 - 2 = 0,5
    page.locator("fieldset[data-vraag=college-7] label", has_text="vaak").click()  # Carla
    # college-7: only Carla, "vaak" -> concern 3 - 1 = 2.  S = 2 + 0,5 + 1 + 1 + 2 = 6,5 -> fase 1.
    expect_outcome(page, "1", 6.5)
    voor = outcome(page)
    punten_voor = page.locator("[data-testid=bespreekpunten] li").evaluate_all(
        "lis => lis.map(li => li.dataset.vraag)")

    with page.expect_download() as info:
        page.get_by_test_id("export-json").click()
    download: Download = info.value
    assert re.fullmatch(r"zelfscan-bestuurscultuur-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    bestand = tmp_path / download.suggested_filename
    download.save_as(bestand)
    inhoud = json.loads(bestand.read_text("utf-8"))
    # version 2 of the format (issue 13: it carries the result as reported and the actieplan)
    assert inhoud["format"] == "bestuurscultuur-antwoorden" and inhoud["versie"] == 2
    assert inhoud["normen"]["raad-2"] == 2 and inhoud["normen"]["raad-5"] == 0
    assert [(r["naam"], r["rol"]) for r in inhoud["respondenten"]] == [("Carla", "raadslid"),
                                                                       ("Daan", "raadslid")]
    assert inhoud["respondenten"][0]["antwoorden"] == GROEP[0].antwoorden | {"college-7": 2}
    assert inhoud["respondenten"][0]["opmerkingen"] == {"raad-1": "Vooral bij de begroting."}

    # cancelling the confirm changes nothing
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_test_id("wis-alles").click()
    assert outcome(page) == voor
    expect(respondent_items(page)).to_have_count(2)

    dialogen: list[str] = []

    def accept(dialog: Dialog) -> None:
        dialogen.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    page.get_by_test_id("wis-alles").click()
    expect(page.get_by_text("Alle antwoorden zijn gewist uit deze browser.")).to_be_visible()
    assert "wissen" in dialogen[0]
    expect(respondent_items(page)).to_have_count(1)
    expect_respondent(page, 0, "Respondent 1 — 0 van 19 beantwoord")
    expect(page.locator("[data-testid=advies-fase]")).to_have_text(GEEN_ADVIES)
    expect(page.locator("#zs-norm-raad-2")).to_have_value("1")
    assert stored_state(page) is None
    page.reload()
    expect(page.locator("[data-testid=advies-fase]")).to_have_text(GEEN_ADVIES)

    page.locator("input[data-testid=import]").set_input_files(bestand)
    expect(melding(page)).to_contain_text("2 respondenten toegevoegd uit 1 bestand.")
    expect(melding(page)).to_contain_text("Normen uit het bestand overgenomen voor stelling raad-2.")
    expect_outcome(page, "1", 6.5)
    assert outcome(page) == voor
    assert page.locator("[data-testid=bespreekpunten] li").evaluate_all(
        "lis => lis.map(li => li.dataset.vraag)") == punten_voor
    expect(page.locator("#zs-norm-raad-2")).to_have_value("2")
    expect(respondent_items(page)).to_have_count(2)


# ---------------------------------------------------------------------------------------------
# 4. A corrupt file is refused with a Dutch message; the answers on the page stay as they were


CORRUPT_FILES = [
    pytest.param("kapot.json", b'{"format": "bestuurscultuur-antwoorden", "versie": 1, respondenten',
                 "Het bestand is geen geldige JSON", id="geen-json"),
    pytest.param("lijst.json", b"[1, 2, 3]", "Het bestand bevat geen object met antwoorden maar [1,2,3].",
                 id="geen-object"),
    pytest.param("ander.json",
                 json.dumps({"format": "enquete", "versie": 1, "respondenten": []}).encode(),
                 'Onbekend formaat "enquete": dit is geen antwoordenbestand van de zelfscan bestuurscultuur',
                 id="ander-formaat"),
    pytest.param("onbekend.json", answer_file(Respondent("Eva", {"raad-1": 2, "raad-99": 3})),
                 'Onbekende stelling "raad-99" in "antwoorden" bij respondent 1 ("Eva").',
                 id="onbekende-stelling"),
    pytest.param("zeven.json", answer_file(Respondent("Eva", {"raad-1": 7})),
                 'Het antwoord op "raad-1" bij respondent 1 ("Eva") is 7; een antwoord is een geheel getal '
                 "van 1 tot en met 5.", id="antwoord-7"),
]


@pytest.mark.parametrize(("naam", "inhoud", "fout"), CORRUPT_FILES)
def test_corrupt_file_is_refused_and_changes_nothing(page: Page, base_url: str, naam: str,
                                                     inhoud: bytes, fout: str) -> None:
    open_scan(page, base_url)
    import_respondents(page, Respondent("Anna", ONRUSTIG_BESTUUR))
    expect_outcome(page, "2", 24)
    opgeslagen = stored_state(page)
    antwoorden = checked_answers(page)
    assert antwoorden == ONRUSTIG_BESTUUR

    import_bytes(page, inhoud, naam)
    bericht = melding(page)
    expect(bericht).to_contain_text("Er is niets geïmporteerd; de huidige antwoorden zijn niet veranderd.")
    expect(bericht).to_contain_text(f"{naam}: {fout}")
    expect(bericht).to_have_class(re.compile(r"\bzs-melding--fout\b"))
    assert bericht.get_attribute("role") == "status"
    expect_outcome(page, "2", 24)
    expect(respondent_items(page)).to_have_count(1)
    assert checked_answers(page) == antwoorden
    assert stored_state(page) == opgeslagen


# ---------------------------------------------------------------------------------------------
# 5. The advised phase for the worked examples


@pytest.mark.parametrize(("label", "antwoorden", "totaal", "fase"),
                         [pytest.param(*voorbeeld, id=voorbeeld[0]) for voorbeeld in WORKED_EXAMPLES
                          if voorbeeld[0] in ("gezond", "zwaar", "crisis")])
def test_worked_example_gives_the_phase(page: Page, base_url: str, label: str, antwoorden: dict[str, int],
                                        totaal: int, fase: str) -> None:
    open_scan(page, base_url)
    import_respondents(page, Respondent(label, antwoorden))
    expect_outcome(page, fase, totaal)
    uitleg = page.locator("[data-testid=zwaar-uitleg]")
    if label == "zwaar":
        expect(uitleg).to_contain_text("De regel voor zware stellingen is toegepast")
        expect(uitleg).to_contain_text("Daarom is het advies fase 2 in plaats van fase 1.")
    else:
        expect(uitleg).not_to_contain_text("is toegepast")
    groepen = page.locator("[data-fase-instrumenten]")
    if fase == "geen":
        expect(page.locator(".zs-geen-signaal")).to_contain_text("Er is geen signaal")
        expect(groepen).to_have_count(0)
    else:
        hoogste = int(fase)
        assert groepen.evaluate_all("gs => gs.map(g => g.dataset.faseInstrumenten)") == [
            str(stap) for stap in range(hoogste, 0, -1)]
    boven = page.locator("#zs-boven-norm tbody tr").evaluate_all("rs => rs.map(r => r.dataset.vraag)")
    assert boven == [s for s in STELLINGEN if s in antwoorden
                     and concern(s, antwoorden[s]) > norm(s)]


# ---------------------------------------------------------------------------------------------
# 6. From the advice to an instrument and on to a product, all on this site


def ladder_from_catalog() -> dict[str, set[str]]:
    fasen: dict[str, set[str]] = {}
    for pad in (FIXTURE / "catalog/instrumenten").glob("*.yaml"):
        record = yaml.safe_load(pad.read_text("utf-8"))
        for fase in record["fasen"]:
            fasen.setdefault(str(fase), set()).add(record["id"])
    return fasen


def test_advice_links_to_instruments_and_products(page: Page, base_url: str) -> None:
    ladder = ladder_from_catalog()
    open_scan(page, base_url)
    import_respondents(page, Respondent("Anna", ONRUSTIG_BESTUUR))
    expect_outcome(page, "2", 24)
    page.get_by_test_id("instrumenten-open").click()
    gevonden: dict[str, list[str]] = {}
    for groep in ("2", "1"):
        links = page.locator(f"[data-fase-instrumenten='{groep}'] li[data-instrument] > a")
        ids = page.locator(f"[data-fase-instrumenten='{groep}'] li[data-instrument]").evaluate_all(
            "lis => lis.map(li => li.dataset.instrument)")
        assert links.evaluate_all("as => as.map(a => a.getAttribute('href'))") == [
            f"instrumenten/{i}.html" for i in ids]
        gevonden[groep] = ids
    assert set(gevonden["2"]) == ladder["2"]
    assert set(gevonden["1"]) == ladder["1"] - ladder["2"]  # shown once, under the higher phase
    expect(page.locator("[data-fase-instrumenten='3']")).to_have_count(0)

    # an advised phase-2 instrument that has a product
    item = page.locator("[data-fase-instrumenten='2'] li[data-instrument]:has(ul.zs-producten a)").first
    instrument = item.get_attribute("data-instrument")
    titel = item.locator("> a").inner_text()
    item.locator("> a").click()
    expect(page).to_have_url(f"{base_url}catalogus/instrumenten/{instrument}.html")
    expect(page.locator("h1")).to_have_text(re.compile(rf"^{re.escape(titel)}¶?$"))
    expect(heading(page, "Ondersteuning hierbij")).to_be_visible()

    product = page.locator("xpath=//h2[@id='ondersteuning-hierbij']/following-sibling::*[1]"
                           "//a[starts-with(@href, '../producten/')]").first
    product_titel = product.inner_text()
    product.click()
    expect(page).to_have_url(re.compile(r"/catalogus/producten/[a-z0-9-]+\.html$"))
    expect(page.locator("h1")).to_have_text(re.compile(rf"^{re.escape(product_titel)}¶?$"))
    expect(heading(page, "Helpt bij deze instrumenten van de escalatieladder")).to_be_visible()
    terug = page.locator("xpath=//h2[@id='helpt-bij-deze-instrumenten-van-de-escalatieladder']"
                         f"/following-sibling::ul[1]//a[@href='../instrumenten/{instrument}.html']")
    expect(terug).to_have_text(titel)


# ---------------------------------------------------------------------------------------------
# 7. Print: a report with advice and bespreekpunten, without forms and navigation


def test_print_shows_the_report_without_forms(page: Page, base_url: str) -> None:
    open_scan(page, base_url)
    import_respondents(page, *GROEP)
    page.emulate_media(media="print")
    expect(page.locator(".zs-rapportkop h2")).to_have_text("Rapport zelfscan bestuurscultuur")
    expect(page.locator(".zs-rapportkop")).to_contain_text("Respondenten (2):")
    expect(page.locator("[data-testid=advies-fase]")).to_be_visible()
    expect(page.locator("[data-testid=overschrijding]")).to_be_visible()
    expect(page.locator("[data-testid=bespreekpunten] li[data-vraag=raad-3]")).to_be_visible()
    expect(page.locator("[data-fase-instrumenten='1']")).to_be_visible()
    for verborgen in ("form.zs-formulier", "#zs-naam", "input[type=radio]", "[data-testid=respondenten]",
                      "input[data-testid=import]", "[data-testid=export-json]", "[data-testid=wis-alles]",
                      "#zs-norm-raad-1"):
        expect(page.locator(verborgen).first).to_be_hidden()
    # the norms are printed as words instead of the selects
    expect(page.locator("#zs-normrij-raad-1 .zs-normwoord")).to_have_text("soms")
    for material in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert page.locator(material).first.evaluate("e => getComputedStyle(e).display") == "none"
    # names only when asked for: "Respondent 1" instead of "Carla"
    kop = page.locator(".zs-rapportkop li").first
    expect(kop).to_have_text("Respondent 1 (Raadslid)", use_inner_text=True)
    page.emulate_media(media="screen")
    page.get_by_test_id("namen-in-rapport").check()
    page.emulate_media(media="print")
    expect(kop).to_have_text("Carla (Raadslid)", use_inner_text=True)


# ---------------------------------------------------------------------------------------------
# 8. axe with answers filled in and during a hand round


def test_axe_with_outcome_shown(page: Page, base_url: str) -> None:
    open_scan(page, base_url)
    import_respondents(page, *GROEP, Respondent("Eva", ONRUSTIG_BESTUUR, rol="griffier"))
    page.get_by_test_id("details-open").click()
    page.get_by_test_id("onderbouwing-open").click()
    page.get_by_test_id("opmerkingen-open").click()
    expect(page.locator("#zs-boven-norm")).to_be_visible()
    expect(page.locator("#zs-rollen")).to_be_visible()
    expect(page.locator("[data-testid=opmerkingen]")).to_be_visible()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_axe_in_hand_round_mode(page: Page, base_url: str) -> None:
    open_scan(page, base_url)
    page.get_by_test_id("rondgang").check()
    page.locator("fieldset[data-vraag=raad-1] label", has_text="altijd").click()
    page.get_by_test_id("klaar-volgende").click()
    expect(page.locator(".zs-rondgang-stand")).to_contain_text("1 persoon is klaar")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


# ---------------------------------------------------------------------------------------------
# 9. Privacy: nothing is sent, no cookies


def test_answers_are_never_sent(page: Page, base_url: str) -> None:
    verzoeken: list[Request] = []
    page.on("request", lambda verzoek: verzoeken.append(verzoek))
    open_scan(page, base_url)
    page.wait_for_load_state("networkidle")
    na_laden = len(verzoeken)

    geheim = ["Xanthippe Quaadvliegh", "Zebulon Ypma-Kwast", "Alleen-hier-opmerking-7731"]
    page.locator("#zs-naam").fill(geheim[0])
    page.locator("#zs-rol").select_option("burgemeester")
    for stelling, waarde in list(CRISIS_BESTUUR.items())[:10]:
        page.locator(f"#zs-r1-{stelling}-{waarde}").check()
    page.locator("fieldset[data-vraag=raad-1] summary").click()
    page.locator("#zs-opmerking-raad-1").fill(geheim[2])
    page.get_by_test_id("respondent-toevoegen").click()
    page.locator("#zs-naam").fill(geheim[1])
    page.locator("#zs-r2-raad-6-2").check()
    expect(page.locator("[data-testid=advies-fase]")).to_have_attribute("data-fase", "3")
    bestanden: list[str] = []
    for knop in ("export-json", "export-csv"):
        with page.expect_download() as info:
            page.get_by_test_id(knop).click()
        assert info.value.url.startswith("blob:"), info.value.url
        bestanden.append(Path(info.value.path()).read_text("utf-8-sig"))
    assert geheim[0] in bestanden[0] and geheim[1] in bestanden[1]  # the files do hold the answers
    # while filling in and exporting, nothing went over the network (a download is a local blob)
    tijdens = [v.url for v in verzoeken[na_laden:] if not v.url.startswith(("blob:", "data:"))]
    assert tijdens == [], tijdens
    page.reload()
    expect(page.locator("#zs-naam")).to_have_value(geheim[1])
    page.wait_for_load_state("networkidle")

    verboden = [*geheim, *(quote(g) for g in geheim), "bestuurscultuur-antwoorden", '"antwoorden"',
                "antwoorden%22", '"raad-1":1', "raad-1%22%3A1"]
    for verzoek in verzoeken:
        inhoud = verzoek.post_data or ""
        for tekst in verboden:
            assert tekst not in verzoek.url and tekst not in inhoud, (verzoek.method, verzoek.url)
    assert all(v.method == "GET" for v in verzoeken), [(v.method, v.url) for v in verzoeken]
    assert page.context.cookies() == []
    assert geheim[0] in (stored_state(page) or "")  # the answers live in this browser only


# ---------------------------------------------------------------------------------------------
# 10. Hand round on one device: earlier answers and the outcome stay hidden until asked for


def test_hand_round_hides_answers_until_the_outcome_is_asked(page: Page, base_url: str) -> None:
    eerste = {"raad-1": 1, "raad-2": 2, "raad-6": 2}
    tweede = {"raad-1": 4, "raad-2": 2, "raad-6": 5}
    # raad-1: concern 4 / 1 -> 2,5, excess 1,5 (3 steps apart: bespreekpunt)
    # raad-2: concern 3 / 3 -> 3, excess 2
    # raad-6 (zwaar): concern 3 / 0 -> 1,5, excess 1,5 (3 steps apart: bespreekpunt); the median
    # is below 3, so no zwaar rule.  S = 5 -> fase 1.
    assert expected_advice([eerste, tweede]) == ("1", 5)
    open_scan(page, base_url)
    page.get_by_test_id("rondgang").check()
    expect(page.get_by_test_id("toon-uitkomst")).to_be_visible()
    app = page.locator("#zelfscan-app")

    page.locator("#zs-naam").fill("Ingrid Geheim")
    for stelling, waarde in eerste.items():
        page.locator(f"fieldset[data-vraag={stelling}] input[value='{waarde}']").check()
    expect(page.locator("[data-testid=advies-fase]")).to_have_count(0)
    page.get_by_test_id("klaar-volgende").click()

    def first_is_hidden() -> None:
        expect(page.locator("form.zs-formulier")).to_have_attribute("data-respondent", "r2")
        expect(page.locator("#zs-naam")).to_have_value("")
        expect(page.locator("form.zs-formulier input[type=radio]:checked")).to_have_count(0)
        expect(page.locator("[data-testid=voortgang]")).to_have_text("0 van 19 beantwoord")
        expect(app).not_to_contain_text("Ingrid Geheim")
        expect(page.locator(".zs-rondgang-stand")).to_have_text(
            "Rondgang bezig: 1 persoon is klaar. Hun antwoorden blijven verborgen.")
        for uitkomst in ("[data-testid=advies-fase]", "[data-testid=overschrijding]",
                         "[data-testid=bespreekpunten]", "#zs-tellingen", "#zs-verdeling"):
            expect(page.locator(uitkomst)).to_have_count(0)
        expect(page.locator(".zs-verborgen-uitkomst")).to_have_count(2)

    first_is_hidden()
    page.reload()  # a reload does not give the round away either
    first_is_hidden()

    for stelling, waarde in tweede.items():
        page.locator(f"fieldset[data-vraag={stelling}] input[value='{waarde}']").check()
    expect(page.locator("[data-testid=advies-fase]")).to_have_count(0)
    page.get_by_test_id("klaar-volgende").click()
    expect(page.locator(".zs-rondgang-stand")).to_contain_text("2 personen zijn klaar")
    expect(page.locator("[data-testid=advies-fase]")).to_have_count(0)

    page.get_by_test_id("toon-uitkomst").click()
    expect_outcome(page, "1", 5)
    expect(page.locator("#zs-kop-vergelijken")).to_be_focused()
    expect(respondent_items(page)).to_have_count(2)  # the empty third form is dropped
    expect_respondent(page, 0, "Ingrid Geheim — 3 van 19 beantwoord")
    punten = page.locator("[data-testid=bespreekpunten] li")
    expect(punten).to_have_count(2)  # equal spread: handbook order
    assert punten.evaluate_all("lis => lis.map(li => li.dataset.vraag)") == ["raad-1", "raad-6"]
