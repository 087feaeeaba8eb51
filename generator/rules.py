"""Every rule that `check` applies, by id: its level, what it enforces and how to fix it.

This is the one list: every finding names its rule (printed as `[id]`), the Bijdragen page
shows this list, and a record acknowledges a warning it accepts by this id in
`erkende_waarschuwingen`. A test makes sure every id the code can emit is listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.findings import Level

ERROR, WARNING = Level.ERROR, Level.WARNING


@dataclass(frozen=True)
class Rule:
    id: str
    group: str
    level: Level
    what: str  # what the rule enforces, in an editor's words
    fix: str  # what to do when it is broken


FILES, YAML, SCHEMA, LINKS, COHERENCE, SCHEMA_FILES, WEB = (
    "Bestanden", "YAML", "Velden en waarden", "Verwijzingen", "Samenhang", "Schemabestanden",
    "Webadressen (python -m generator links)")

RULES: tuple[Rule, ...] = (
    Rule("bestand-onleesbaar", FILES, ERROR, "Elk bestand en elke map in catalog/ en questionnaire/ "
         "kan worden gelezen.", "Pas de rechten aan, zodat u het bestand kunt openen."),
    Rule("bestand-te-groot", FILES, ERROR, "Een record is hooguit 1 MB groot.",
         "Haal weg wat niet in het record hoort."),
    Rule("bestand-geen-utf8", FILES, ERROR, "Een bestand is opgeslagen als UTF-8.",
         "Sla het bestand op met de codering UTF-8."),
    Rule("bestand-stuurteken", FILES, ERROR, "Een bestand bevat geen onzichtbare stuurtekens (zoals "
         "pagina-einde, verticale tab, NUL of escape), ook niet als code tussen aanhalingstekens.",
         "Haal het teken weg op de gemelde regel en kolom; het komt vaak mee bij plakken uit een pdf of "
         "Word."),
    Rule("bestand-leeg", FILES, ERROR, "Een record is niet leeg.", "Vul minstens 'id' en 'titel' in, "
         "of maak het bestand met python -m generator new."),
    Rule("bestand-geen-mapping", FILES, ERROR, "Een record bestaat uit velden ('veld: waarde'), niet "
         "uit een lijst of losse tekst.", "Begin elke regel op het hoogste niveau met een veldnaam."),
    Rule("bestand-extensie", FILES, ERROR, "In de mappen van de catalogus staan alleen records met de "
         "extensie .yaml of .yml (hoofdletters mogen); een ander bestand wordt gemeld, niet overgeslagen.",
         "Geef het record de extensie .yaml, of haal het bestand uit de map."),
    Rule("bestand-link-kapot", FILES, ERROR, "Een snelkoppeling (symlink) in de catalogus wijst naar "
         "een bestand dat bestaat.", "Haal de snelkoppeling weg of laat haar naar het juiste bestand "
         "wijzen."),
    Rule("bestand-onbekende-map", FILES, ERROR, "Een record staat in een map die de generator kent.",
         "Verplaats het bestand naar de map van zijn soort, bijvoorbeeld catalog/producten/."),
    Rule("yaml-syntax", YAML, ERROR, "Het bestand is geldige YAML: inspringen met spaties, 'veld: "
         "waarde', aanhalingstekens en haakjes gesloten, één document per bestand.",
         "Volg de uitleg in de melding; zet tekst met een dubbele punt, # of aanhalingsteken tussen "
         "aanhalingstekens."),
    Rule("yaml-dubbel-veld", YAML, ERROR, "Elk veld staat één keer in een record (en één keer in elk "
         "onderdeel ervan).", "Houd één van de twee over."),
    Rule("yaml-samenvoegen", YAML, ERROR, "Een record voegt geen velden samen met '<<' (YAML merge "
         "key).", "Schrijf de velden zelf uit."),
    Rule("yaml-alias", YAML, ERROR, "Aliassen (&anker en *alias) herhalen samen hooguit 1000 waarden "
         "en verwijzen niet naar zichzelf.", "Schrijf de waarden uit."),
    Rule("yaml-label", YAML, ERROR, "Een waarde heeft geen YAML-label (zoals !!binary of !!python): een "
         "record bevat alleen tekst, getallen, true/false, lijsten en velden.", "Haal het label weg."),
    Rule("yaml-waarde", YAML, ERROR, "Een waarde in de vorm van een getal of met een label kan zo worden "
         "gelezen.", "Zet de waarde tussen aanhalingstekens als het tekst is."),
    Rule("yaml-sleutel", YAML, ERROR, "Een veldnaam is tekst, geen lijst of mapping.",
         "Schrijf 'veld: waarde'."),
    Rule("schema-verplicht-veld", SCHEMA, ERROR, "Elk verplicht veld is ingevuld; de melding noemt bij "
         "een onderdeel ook zijn verplichte velden.", "Voeg het veld toe."),
    Rule("schema-onbekend-veld", SCHEMA, ERROR, "Een record bevat alleen velden die het schema kent.",
         "Meestal een tikfout: gebruik de voorgestelde naam."),
    Rule("schema-waarde", SCHEMA, ERROR, "Een keuzeveld heeft een waarde uit de vaste lijst (taxonomie).",
         "Kies een waarde uit de lijst in de melding, of voeg er een toe aan "
         "catalog/schema/taxonomie.schema.json."),
    Rule("schema-type", SCHEMA, ERROR, "Een veld heeft de soort waarde die het schema vraagt: tekst, "
         "getal, lijst of velden. Alleen true en false zijn ja/nee-waarden; yes, no, on en off zijn "
         "tekst.", "Schrijf de waarde in de gevraagde vorm."),
    Rule("schema-vorm", SCHEMA, ERROR, "Id's, datums en webadressen hebben hun vaste vorm: id's kleine "
         "letters, cijfers en koppeltekens; datums JJJJ-MM-DD; webadressen beginnen met https://.",
         "Schrijf de waarde zoals de melding voorstelt."),
    Rule("tekst-leeg", SCHEMA, ERROR, "Tekst bevat minstens één zichtbaar teken (niet alleen spaties, "
         "harde spaties of onzichtbare tekens).", "Vul de tekst in of laat het optionele veld weg."),
    Rule("schema-lengte", SCHEMA, ERROR, "Tekst is niet langer dan het schema toestaat.",
         "Kort de tekst in."),
    Rule("schema-aantal", SCHEMA, ERROR, "Een lijst heeft minstens en hooguit zoveel waarden als het "
         "schema vraagt.", "Vul de lijst aan of kort haar in."),
    Rule("schema-dubbele-waarde", SCHEMA, ERROR, "Een lijst bevat elke waarde één keer.",
         "Haal de dubbele waarde weg."),
    Rule("schema-grens", SCHEMA, ERROR, "Een getal ligt binnen de grenzen van het schema.",
         "Corrigeer het getal."),
    Rule("schema-overig", SCHEMA, ERROR, "Een record voldoet aan de overige eisen van zijn schema.",
         "Vergelijk het veld met het schema in catalog/schema/."),
    Rule("datum-bestaat-niet", SCHEMA, ERROR, "Een datum bestaat in de kalender.", "Corrigeer de datum."),
    Rule("datum-toekomst", SCHEMA, ERROR, "Een datum ligt niet in de toekomst.", "Corrigeer de datum."),
    Rule("jaar-bereik", SCHEMA, ERROR, "Een jaar ligt tussen 1990 en volgend jaar.", "Corrigeer het jaar."),
    Rule("id-bestandsnaam", SCHEMA, ERROR, "De id van een record is gelijk aan de bestandsnaam (zonder "
         ".yaml).", "Hernoem het bestand of pas de id aan."),
    Rule("id-dubbel", LINKS, ERROR, "Een id komt in de hele catalogus maar één keer voor, over alle "
         "soorten records heen.", "Kies voor het nieuwe record een andere id."),
    Rule("verwijzing-bestaat-niet", LINKS, ERROR, "Elke id waarnaar een record verwijst, bestaat als "
         "record van de juiste soort.", "Controleer de spelling, of maak het record aan met python -m "
         "generator new."),
    Rule("verwijzing-onleesbaar", LINKS, WARNING, "Een verwijzing naar een bestand dat zelf een fout "
         "bevat, kan niet worden gecontroleerd.", "Los eerst de fout in dat bestand op."),
    Rule("verwijzing-naar-zichzelf", LINKS, ERROR, "Een record verwijst niet naar zichzelf.",
         "Haal de eigen id uit de lijst."),
    Rule("product-zonder-knelpunt", COHERENCE, WARNING, "Een product is aan minstens één knelpunt "
         "gekoppeld, vanuit het product of vanuit het knelpunt.", "Vul 'knelpunten' in."),
    Rule("knelpunt-zonder-ondersteuning", COHERENCE, WARNING, "Aan een knelpunt is een product "
         "gekoppeld, in het rapport of door de redactie.", "Koppel een product, of leg in "
         "'erkende_waarschuwingen' vast waarom er geen is."),
    Rule("instrument-zonder-ondersteuning", COHERENCE, WARNING, "Een instrument heeft ondersteunende "
         "producten, of zegt in 'geen_ondersteuning' waarom niet.", "Koppel een product of schrijf "
         "waarom er geen is."),
    Rule("instrument-ondersteuning-tegenstrijdig", COHERENCE, WARNING, "Een instrument met "
         "ondersteunende producten heeft geen 'geen_ondersteuning'.", "Haal 'geen_ondersteuning' weg."),
    Rule("verdwenen-product-niet-gearchiveerd", COHERENCE, WARNING, "Een product dat bij de laatste "
         "controle niet meer bestond, is gearchiveerd.", "Zet de status op 'gearchiveerd' met een "
         "'archivering'."),
    Rule("planning-ontbreekt", COHERENCE, WARNING, "Een product in ontwikkeling heeft een 'planning'.",
         "Vul 'planning' in zoals de bron die geeft."),
    Rule("maatregel-spoor", COHERENCE, ERROR, "Elke maatregel van een praktijkvoorbeeld hoort bij een "
         "bestaand spoor.", "Gebruik het nummer van een spoor uit 'sporen'."),
    Rule("maatregel-dubbel", COHERENCE, ERROR, "Elke maatregel van een praktijkvoorbeeld heeft een eigen "
         "code.", "Geef de maatregel een andere code."),
    Rule("stelling-dubbel", COHERENCE, ERROR, "Elke stelling van de zelfscan heeft een eigen id.",
         "Geef de stelling een andere id."),
    Rule("vragenlijst-schaal", COHERENCE, ERROR, "De schaal van de zelfscan bevat de waarden 1 tot en met "
         "5, elk één keer.", "Corrigeer de waarden van de schaal."),
    Rule("vragenlijst-fasen", COHERENCE, ERROR, "Fase 3 van de zelfscan begint boven fase 2.",
         "Maak regel.fase_3_vanaf groter dan regel.fase_2_vanaf."),
    Rule("erkenning-overbodig", COHERENCE, WARNING, "Een erkende waarschuwing in "
         "'erkende_waarschuwingen' hoort bij een waarschuwing die het record echt krijgt.",
         "Haal de erkenning weg, of corrigeer de id van de regel."),
    Rule("schema-json", SCHEMA_FILES, ERROR, "Elk schemabestand is geldige JSON.",
         "Volg de uitleg in de melding; een komma na de laatste waarde is de meest voorkomende fout."),
    Rule("schema-ontbreekt", SCHEMA_FILES, ERROR, "Het schema van elke soort record is aanwezig.",
         "Zet het bestand terug."),
    Rule("schema-ongeldig", SCHEMA_FILES, ERROR, "Elk schemabestand is een geldig JSON Schema en elke "
         "$ref wijst naar een bestaande definitie.", "Vergelijk met de andere schemabestanden."),
    Rule("taxonomie-optie", SCHEMA_FILES, ERROR, "Elke optie van een vaste lijst in taxonomie.schema.json "
         "heeft een waarde ('const') en een naam voor de site ('title').", "Vul 'const' en 'title' aan."),
    Rule("webadres-verwijst-door", WEB, WARNING, "Een webadres in de catalogus verwijst niet door naar "
         "een ander adres.", "Neem het nieuwe adres over als het de juiste pagina is."),
    Rule("webadres-werkt-niet", WEB, ERROR, "Een webadres in de catalogus werkt.", "Zoek het juiste adres, "
         "of leg in 'verificaties' vast dat het product niet meer bestaat."),
)
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
GROUPS = (FILES, YAML, SCHEMA, LINKS, COHERENCE, SCHEMA_FILES, WEB)
