"""Messages that never mislead: each case of issues 14 and 16 with its exact file, line and
Dutch message, as `python -m generator check` prints it.

The cases change a copy of the test catalog (tests/fixtures/mini) and run the same check the
CLI runs, in-process; a few run the CLI itself to see what reaches the terminal.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import check_catalog
from generator.findings import Finding
from generator.load import parse_text
from tests.conftest import ROOT

TODAY = dt.date(2026, 12, 1)
# line numbers in the product's messages refer to tests/fixtures/mini/catalog/producten/ (13 lines)
PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"
KNELPUNT = "catalog/knelpunten/functioneren-lokale-driehoek.yaml"
INSTRUMENT = "catalog/instrumenten/driehoeksoverleg-activeren.yaml"


def check(project: Path) -> list[str]:
    """The lines `check` prints for the project."""
    _, findings = check_catalog(project, TODAY)
    return [f.format() for f in findings]


def findings(project: Path) -> list[Finding]:
    return check_catalog(project, TODAY)[1]


def edit(project: Path, path: str, old: str, new: str) -> None:
    file = project / path
    text = file.read_text("utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, 1), "utf-8")


def append(project: Path, path: str, text: str) -> None:
    file = project / path
    file.write_text(file.read_text("utf-8") + text, "utf-8")


def line_with(project: Path, path: str, text: str) -> int:
    """The number of the first line of the file that holds text."""
    lines = (project / path).read_text("utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def generator(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)


# --- issue 16.3: every read, decode, YAML, JSON and schema problem is a finding -----------


@pytest.mark.parametrize(("char", "name"), [
    ("\x0c", "\\x0c (pagina-einde, komt vaak mee bij plakken uit een pdf)"),
    ("\x0b", "\\x0b (verticale tab, komt vaak mee uit Word)"),
    ("\x00", "\\x00 (NUL-teken)"),
    ("\x1b", "\\x1b (escape-teken, stuurt de terminal aan)"),
])
def test_control_character_is_reported_with_line_and_column(project: Path, char: str, name: str) -> None:
    edit(project, PRODUCT, "titel: Een sterke", f"titel: Een{char} sterke")
    assert (f"{PRODUCT}:2: fout: onzichtbaar stuurteken {name} op kolom 11; haal het weg of typ de "
            "tekst opnieuw [bestand-stuurteken]") in check(project)


def test_control_character_written_as_escape_is_refused(project: Path) -> None:
    edit(project, PRODUCT, "titel: Een sterke lokale driehoek voor een sterke lokale democratie",
         'titel: "Een \\e[2J sterke driehoek"')
    assert (f"{PRODUCT}:2: fout: tekst bevat het onzichtbare stuurteken \\x1b (escape-teken, stuurt de "
            "terminal aan); haal het weg [bestand-stuurteken]") in check(project)


def test_no_control_character_reaches_the_terminal(project: Path) -> None:
    edit(project, PRODUCT, "titel: Een sterke", "titel: Een\x1b[2J sterke")
    os.rename(project / "catalog/producten/ontwikkeltraject-goed-samenspel.yaml",
              project / "catalog/producten/ontwikkeltraject\x1b[2J.yaml")
    completed = generator(project, "check")
    assert completed.returncode == 1
    assert "\x1b" not in completed.stdout + completed.stderr
    assert "catalog/producten/ontwikkeltraject\\x1b[2J.yaml:1: fout: id 'ontwikkeltraject-goed-samenspel'" \
        in completed.stdout


def test_unreadable_file_is_one_finding_and_links_to_it_cannot_be_checked(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tests run as root, who may read anything: make reading this one file fail instead
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "training-lokale-driehoek.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    instrument_line = line_with(project, INSTRUMENT, "product: training-lokale-driehoek")
    knelpunt_line = line_with(project, KNELPUNT, "bestaande_ondersteuning: [training-lokale-driehoek]")
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert check(project) == [
        f"{INSTRUMENT}:{instrument_line}: waarschuwing: ondersteuning[1].product: product "
        f"'training-lokale-driehoek' kan niet worden gecontroleerd: {PRODUCT} bevat een fout "
        "[verwijzing-onleesbaar]",
        f"{KNELPUNT}:{knelpunt_line}: waarschuwing: ondersteuningsbehoefte[1].bestaande_ondersteuning[1]: "
        f"product 'training-lokale-driehoek' kan niet worden gecontroleerd: {PRODUCT} bevat een fout "
        "[verwijzing-onleesbaar]",
        f"{PRODUCT}:1: fout: bestand kan niet worden gelezen: u hebt geen leesrechten; pas de rechten van "
        "het bestand aan [bestand-onleesbaar]",
    ]


def test_broken_file_does_not_make_links_to_it_suggest_another_id(project: Path) -> None:
    (project / PRODUCT).write_text("titel: [onaf\n", "utf-8")
    lines = check(project)
    assert lines[-1] == (f"{PRODUCT}:1: fout: een lijst [ of mapping {{ wordt niet gesloten met ] of }} "
                         "[yaml-syntax]")
    assert not any("bestaat niet" in line or "Bedoel je" in line for line in lines), lines


def test_schema_with_a_trailing_comma_points_at_the_comma(project: Path) -> None:
    edit(project, "catalog/schema/taxonomie.schema.json", '"title": "Burgemeesters"\n',
         '"title": "Burgemeesters",\n')
    lines = check(project)
    line = next(i for i, text in enumerate(
        (project / "catalog/schema/taxonomie.schema.json").read_text("utf-8").splitlines(), 1)
        if '"Burgemeesters",' in text)
    assert lines == [f"catalog/schema/taxonomie.schema.json:{line}: fout: JSON-fout: een komma vóór ] of }} "
                     "(na de laatste waarde) is in JSON niet toegestaan; haal haar weg [schema-json]"]


def test_missing_schema_is_a_finding(project: Path) -> None:
    (project / "catalog/schema/product.schema.json").unlink()
    assert check(project) == [
        "catalog/schema/product.schema.json:1: fout: schemabestand ontbreekt; zet het terug (bijvoorbeeld "
        "met git checkout -- catalog/schema/product.schema.json) [schema-ontbreekt]"]


def test_missing_shared_schema_is_one_finding(project: Path) -> None:
    (project / "catalog/schema/common.schema.json").unlink()
    assert check(project) == [
        "catalog/schema/common.schema.json:1: fout: schemabestand ontbreekt; zet het terug (bijvoorbeeld "
        "met git checkout -- catalog/schema/common.schema.json) [schema-ontbreekt]"]


def test_reference_to_a_missing_definition_is_reported(project: Path) -> None:
    edit(project, "catalog/schema/fase.schema.json", "common.schema.json#/$defs/id",
         "common.schema.json#/$defs/ids2")
    lines = check(project)
    assert len(lines) == 1
    assert lines[0].startswith("catalog/schema/fase.schema.json:")
    assert lines[0].endswith(": fout: verwijzing '$ref: common.schema.json#/$defs/ids2' wijst naar niets; "
                             "controleer de bestandsnaam en de naam na #/$defs/ [schema-ongeldig]")


def test_taxonomy_option_without_title_is_reported_not_crashing_the_build(project: Path) -> None:
    edit(project, "catalog/schema/taxonomie.schema.json", ',\n          "title": "Burgemeesters"', "")
    lines = check(project)
    text = (project / "catalog/schema/taxonomie.schema.json").read_text("utf-8").splitlines()
    line = next(i for i, t in enumerate(text, 1) if '"const": "burgemeesters"' in t)
    assert lines == [f"catalog/schema/taxonomie.schema.json:{line}: fout: optie \"burgemeesters\" in lijst "
                     "'doelgroep' mist 'title' (de naam op de site); vul die aan [taxonomie-optie]"]
    assert generator(project, "build").returncode == 1


def test_schema_that_is_not_json_schema_is_reported(project: Path) -> None:
    edit(project, "catalog/schema/fase.schema.json", '"type": "object"', '"type": "objekt"')
    lines = check(project)
    assert len(lines) == 1
    assert lines[0].startswith("catalog/schema/fase.schema.json:")
    assert "het schema is ongeldig bij 'type': \"objekt\" is daar geen geldige JSON Schema-waarde" in lines[0]


# --- issue 16.5: alias expansion is bounded -------------------------------------------------

BILLION_LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9) if previous else ', '.join(['x'] * 9)}]\n"
    for previous, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True))


def test_alias_bomb_is_refused(project: Path) -> None:
    (project / PRODUCT).write_text(BILLION_LAUGHS, "utf-8")
    assert f"{PRODUCT}:4: fout: aliassen (*naam) herhalen in dit bestand meer dan 1000 waarden; schrijf " \
        "de waarden uit in plaats van ze met & en * te herhalen [yaml-alias]" in check(project)


def test_alias_to_itself_is_refused() -> None:
    document, problems = parse_text("a: &x [1, *x]\n", "f.yaml")
    assert document is None
    assert [p.format() for p in problems] == [
        "f.yaml:1: fout: een alias (*naam) verwijst naar de waarde waar ze zelf in staat; schrijf de "
        "waarde uit [yaml-alias]"]


def test_small_aliases_still_work() -> None:
    document, problems = parse_text("a: &x [1, 2]\nb: *x\n", "f.yaml")
    assert problems == []
    assert document is not None and document.data == {"a": [1, 2], "b": [1, 2]}


# --- issue 16.8: nothing skipped in silence ------------------------------------------------


def test_upper_case_extension_is_read(project: Path) -> None:
    (project / PRODUCT).rename(project / "catalog/producten/training-lokale-driehoek.YAML")
    assert check(project) == []
    (project / "catalog/producten/kapot.YAML").write_text("titel: [onaf\n", "utf-8")
    assert "catalog/producten/kapot.YAML:1: fout: een lijst [ of mapping { wordt niet gesloten met ] of } " \
        "[yaml-syntax]" in check(project)


def test_other_files_in_catalog_folders_are_reported(project: Path) -> None:
    (project / "catalog/producten/notities.txt").write_text("nog doen\n", "utf-8")
    (project / "catalog/producten/oud.yaml.bak").write_text("id: oud\n", "utf-8")
    assert check(project) == [
        "catalog/producten/notities.txt:1: fout: alleen .yaml- en .yml-bestanden worden gelezen; geef een "
        "record de extensie .yaml of haal dit bestand uit deze map [bestand-extensie]",
        "catalog/producten/oud.yaml.bak:1: fout: alleen .yaml- en .yml-bestanden worden gelezen; geef een "
        "record de extensie .yaml of haal dit bestand uit deze map [bestand-extensie]",
    ]


def test_dangling_symlink_is_reported(project: Path) -> None:
    (project / "catalog/producten/verwijzing.yaml").symlink_to("bestaat-niet.yaml")
    assert check(project) == [
        "catalog/producten/verwijzing.yaml:1: fout: dit is een snelkoppeling (symlink) naar een bestand dat "
        "niet bestaat; haal haar weg of laat haar naar het juiste bestand wijzen [bestand-link-kapot]"]


@pytest.mark.parametrize(("title", "shown"), [
    ('" "', "' '"),
    ('"\\u00a0"', "'\\u00a0'"),
    ('"\\u200b"', "'\\u200b'"),
    ('" \\u00a0\\u200b "', "' \\u00a0\\u200b '"),
])
def test_blank_title_is_refused(project: Path, title: str, shown: str) -> None:
    edit(project, PRODUCT, "titel: Een sterke lokale driehoek voor een sterke lokale democratie",
         f"titel: {title}")
    assert check(project) == [
        f"{PRODUCT}:2: fout: titel bevat geen zichtbare tekens (alleen {shown}); vul tekst in of laat het "
        "veld weg [tekst-leeg]"]


def test_ids_are_unique_across_kinds(project: Path) -> None:
    copy = (project / PRODUCT).read_text("utf-8").replace(
        "id: training-lokale-driehoek", "id: functioneren-lokale-driehoek")
    (project / "catalog/producten/functioneren-lokale-driehoek.yaml").write_text(copy, "utf-8")
    assert ("catalog/producten/functioneren-lokale-driehoek.yaml:1: fout: id 'functioneren-lokale-driehoek' "
            f"wordt ook gebruikt door {KNELPUNT}; elke id mag in de hele catalogus maar één keer "
            "voorkomen [id-dubbel]") in check(project)


def test_record_linking_to_itself_is_refused(project: Path) -> None:
    append(project, KNELPUNT, "gerelateerd: [functioneren-lokale-driehoek]\n")
    line = len((project / KNELPUNT).read_text("utf-8").splitlines())
    assert check(project) == [
        f"{KNELPUNT}:{line}: fout: gerelateerd[1]: een record kan niet naar zichzelf verwijzen; haal "
        "'functioneren-lokale-driehoek' hier weg [verwijzing-naar-zichzelf]"]


# --- issue 16.9: ids that look alike are told apart -----------------------------------------


@pytest.mark.parametrize(("written", "shown"), [
    ("functioneren-lokale\\u200b-driehoek", "functioneren-lokale\\u200b-driehoek"),
    ("functioneren-lokale-driehoek\\u202e", "functioneren-lokale-driehoek\\u202e"),
])
def test_invisible_characters_in_an_id_are_shown(project: Path, written: str, shown: str) -> None:
    edit(project, PRODUCT, "knelpunten: [functioneren-lokale-driehoek]", f'knelpunten: ["{written}"]')
    assert (f"{PRODUCT}:10: fout: knelpunten[1]: '{shown}' is geen geldige id; gebruik alleen kleine "
            "letters, cijfers en koppeltekens (bijvoorbeeld handreiking-lokale-rekenkamer) "
            "[schema-vorm]") in check(project)


# --- issue 16.11 and 14: YAML syntax in Dutch, on the right line ---------------------------

ENGLISH = ("found", "expected", "while", "scalar", "mapping values", "could not", "token", "stream")


@pytest.mark.parametrize(("text", "line"), [
    ("titel: Handreiking: rol en positie\n", 1),
    ("titel: @vng\n", 1),
    ("titel:\n  - a\n - b\n", 3),
    ("a:\n  b: c\n d: e\n", 3),
    ("titel: \"a\\qb\"\n", 1),
    ("titel: *onbekend\n", 1),
    ("---\nid: a\n---\nid: b\n", 3),
    ("titel: >x\n  tekst\n", 1),
    ("- a\nb: c\n", 2),
    ("titel: !!binary aGVsbG8=\n", 1),
    ("titel: !!int abc\n", 1),
    ("? [a, b]\n: c\n", 1),
])
def test_yaml_syntax_messages_are_dutch(text: str, line: int) -> None:
    _, problems = parse_text(text, "f.yaml")
    assert len(problems) == 1
    assert problems[0].line == line, problems[0]
    assert not any(word in problems[0].message.lower() for word in ENGLISH), problems[0].message


def test_unclosed_quote_in_a_new_record_is_found_on_its_own_line(project: Path) -> None:
    assert generator(project, "new", "product", "--titel", "Zelfscan kaderstelling").returncode == 0
    path = "catalog/producten/zelfscan-kaderstelling.yaml"
    text = (project / path).read_text("utf-8")
    line = text.splitlines().index('titel: "Zelfscan kaderstelling"') + 1
    (project / path).write_text(text.replace('titel: "Zelfscan kaderstelling"', 'titel: "Zelfscan'), "utf-8")
    assert check(project) == [
        f"{path}:{line}: fout: aanhalingsteken wordt niet gesloten; zet aan het eind van de tekst hetzelfde "
        "teken [yaml-syntax]"]


# --- issue 14: duplicate keys, merge keys, YAML 1.1 booleans -------------------------------


def test_every_duplicate_key_is_reported_and_the_file_still_checked(project: Path) -> None:
    append(project, PRODUCT, "titel: Nog een titel\nstatus: bestaat\njaar: 2020\n")
    assert check(project) == [
        f"{PRODUCT}:14: fout: veld 'titel' staat twee keer in dit bestand (eerder op regel 2); houd er één "
        "over [yaml-dubbel-veld]",
        f"{PRODUCT}:15: fout: veld 'status' staat twee keer in dit bestand (eerder op regel 4); houd er één "
        "over [yaml-dubbel-veld]",
        f"{PRODUCT}:16: fout: veld 'jaar' staat twee keer in dit bestand (eerder op regel 9); houd er één "
        "over [yaml-dubbel-veld]",
    ]
    edit(project, PRODUCT, "status: bestaand", "status: bestaat")
    assert f"{PRODUCT}:4: fout: status: waarde 'bestaat' is niet toegestaan; kies uit: bestaand, " \
        "in-ontwikkeling, voorgesteld, gearchiveerd. Bedoel je 'bestaand'? [schema-waarde]" in check(project)


def test_merge_key_is_refused(project: Path) -> None:
    append(project, PRODUCT, "standaard: &s\n  jaar: 2020\n<<: *s\n")
    assert f"{PRODUCT}:16: fout: samenvoegen met '<<' (YAML merge key) wordt niet ondersteund; schrijf de " \
        "velden zelf uit [yaml-samenvoegen]" in check(project)


def test_yaml_1_1_booleans_stay_text() -> None:
    document, problems = parse_text("on: yes\nno: off\ny: N\nwaar: true\nONWAAR: FALSE\n", "f.yaml")
    assert problems == []
    assert document is not None
    assert document.data == {"on": "yes", "no": "off", "y": "N", "waar": True, "ONWAAR": False}


def test_on_as_a_key_or_value_is_reported_as_written(project: Path) -> None:
    edit(project, PRODUCT, "status: bestaand", "status: on")
    append(project, PRODUCT, "on: yes\n")
    assert check(project) == [
        f"{PRODUCT}:4: fout: status: waarde 'on' is niet toegestaan; kies uit: bestaand, in-ontwikkeling, "
        "voorgesteld, gearchiveerd. [schema-waarde]",
        f"{PRODUCT}:14: fout: onbekend veld 'on' in het bestand. Toegestane velden: aanbieders, archivering, "
        "beheer, bijlage2, bron, categorie, doelgroepen, erkende_waarschuwingen, id, instrumenten, jaar, "
        "knelpunten, lijnen, looptijd, omschrijving, planning, status, themas, titel, typen, url, "
        "verificaties, verwacht_voor. [schema-onbekend-veld]",
    ]


# --- issue 14: suggestions only when close -------------------------------------------------


def test_no_suggestion_for_an_unrelated_provider(project: Path) -> None:
    (project / "catalog/aanbieders/statenlid-nu.yaml").write_text(
        "id: statenlid-nu\nnaam: StatenlidNu\nvolledige_naam: StatenlidNu\nsoort: programma\n", "utf-8")
    edit(project, PRODUCT, "aanbieders: [ngb, vvg, vgs]", "aanbieders: [raadslid-nu]")
    assert check(project) == [
        f"{PRODUCT}:7: fout: aanbieders[1]: aanbieder 'raadslid-nu' bestaat niet. Is het een nieuwe "
        "aanbieder? Maak het record aan met: python -m generator new aanbieder [verwijzing-bestaat-niet]"]


def test_no_suggestion_for_an_unrelated_knelpunt(project: Path) -> None:
    knelpunt = (project / KNELPUNT).read_text("utf-8")
    (project / "catalog/knelpunten/mogelijkheden-participatie.yaml").write_text(knelpunt.replace(
        "id: functioneren-lokale-driehoek", "id: mogelijkheden-participatie"), "utf-8")
    edit(project, PRODUCT, "knelpunten: [functioneren-lokale-driehoek]",
         "knelpunten: [functioneren-lokale-driehoek, agressie-en-intimidatie]")
    assert [line for line in check(project) if "agressie" in line] == [
        f"{PRODUCT}:10: fout: knelpunten[2]: knelpunt 'agressie-en-intimidatie' bestaat niet. Is het een "
        "nieuw knelpunt? Maak het record aan met: python -m generator new knelpunt [verwijzing-bestaat-niet]"]


def test_suggestion_for_a_typo_and_for_the_words_of_a_title(project: Path) -> None:
    edit(project, PRODUCT, "knelpunten: [functioneren-lokale-driehoek]",
         "knelpunten: [functioneren-lokale-drie-hoek, lokale-driehoek]")
    assert check(project) == [
        f"{PRODUCT}:10: fout: knelpunten[1]: knelpunt 'functioneren-lokale-drie-hoek' bestaat niet. Bedoel "
        "je 'functioneren-lokale-driehoek'? [verwijzing-bestaat-niet]",
        f"{PRODUCT}:10: fout: knelpunten[2]: knelpunt 'lokale-driehoek' bestaat niet. Bedoel je "
        "'functioneren-lokale-driehoek'? [verwijzing-bestaat-niet]",
    ]


def test_missing_source_suggests_the_next_step(project: Path) -> None:
    edit(project, PRODUCT, "  - document: berenschot-2020", "  - document: weerbaarbestuur-nl")
    assert check(project) == [
        f"{PRODUCT}:12: fout: bron[1].document: bron 'weerbaarbestuur-nl' bestaat niet. Is het een nieuwe "
        "bron? Maak het record aan met: python -m generator new bron [verwijzing-bestaat-niet]"]


# --- issue 14: dates and nested fields -----------------------------------------------------


def test_day_month_year_date_gets_one_message_with_its_iso_form(project: Path) -> None:
    append(project, PRODUCT, "verificaties:\n  - datum: 01-12-2026\n    door: redactie\n"
           "    methode: website\n    uitkomst: bestaat-nog\n")
    assert check(project) == [
        f"{PRODUCT}:15: fout: verificaties[1].datum: '01-12-2026' is geen datum in de vorm JJJJ-MM-DD; "
        "schrijf 2026-12-01 [schema-vorm]"]


def test_missing_archivering_lists_its_fields(project: Path) -> None:
    edit(project, PRODUCT, "status: bestaand", "status: gearchiveerd")
    assert check(project) == [
        f"{PRODUCT}:1: fout: verplicht veld 'archivering' ontbreekt (Alleen bij status 'gearchiveerd': "
        "waarom en wanneer.); met de verplichte velden 'reden', 'datum' [schema-verplicht-veld]"]


def test_verification_without_method_lists_what_it_needs(project: Path) -> None:
    append(project, PRODUCT, "verificaties:\n  - datum: 2026-11-01\n    door: redactie\n"
           "    uitkomst: bestaat-nog\n")
    assert check(project) == [
        f"{PRODUCT}:15: fout: verificaties[1]: verplicht veld 'methode' ontbreekt (Hoe een controle is "
        "gedaan.); kies uit: website, navraag-aanbieder, document; in verificaties[1] zijn verplicht: "
        "'datum', 'door', 'methode', 'uitkomst' [schema-verplicht-veld]"]


def test_each_missing_field_is_reported_once(project: Path) -> None:
    (project / PRODUCT).write_text("id: training-lokale-driehoek\ntitel: Training\n", "utf-8")
    missing = [f.message.split("'")[1] for f in findings(project) if f.rule == "schema-verplicht-veld"]
    assert sorted(missing) == ["bron", "omschrijving", "status", "themas", "typen"]


# --- acknowledged warnings -----------------------------------------------------------------


def test_acknowledging_an_unknown_rule_suggests_the_right_id(project: Path) -> None:
    append(project, PRODUCT, "erkende_waarschuwingen:\n  - regel: planning-ontbreek\n"
           "    reden: Nog onbekend.\n")
    assert check(project) == [
        f"{PRODUCT}:15: waarschuwing: erkende waarschuwing 'planning-ontbreek' bestaat niet als regel; "
        "gebruik de id die check tussen [ ] meldt. Bedoel je 'planning-ontbreekt'? [erkenning-overbodig]"]


def test_a_flood_of_one_problem_is_summed_up() -> None:
    _, problems = parse_text("a: 1\n" * 50, "f.yaml")
    assert len(problems) == 11
    assert problems[-1].format() == "f.yaml:12: fout: en nog 39 meldingen zoals de vorige [yaml-dubbel-veld]"
    _, problems = parse_text("x\x0c\n" * 50, "f.yaml")
    assert [p.line for p in problems] == [*range(1, 11), 11]
    assert problems[-1].message == "en nog 40 meldingen zoals de vorige"


def test_invalid_regular_expression_in_a_schema_is_reported(project: Path) -> None:
    edit(project, "catalog/schema/common.schema.json", '"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"',
         '"pattern": "[0-9"')
    text = (project / "catalog/schema/common.schema.json").read_text("utf-8").splitlines()
    line = text.index('      "pattern": "[0-9",') + 1
    assert check(project) == [
        f"catalog/schema/common.schema.json:{line}: fout: het schema is ongeldig bij '$defs/datum/pattern': "
        "\"[0-9\" is daar geen geldige JSON Schema-waarde [schema-ongeldig]"]
