// Tests for the pure product-filter logic. Run: node --test tests/js/
// Expected values are written out by hand.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import {
  gekozenTekst,
  leesStaat,
  legeStaat,
  maakRij,
  normaliseer,
  rijPast,
  schrijfStaat,
  schrijfUrl,
  telPassend,
  tellingTekst,
  zoekwoorden,
} from "../../docs/assets/js/filter-core.mjs";

const FACETTEN = [
  {
    id: "doelgroep",
    label: "Doelgroep",
    waarden: [
      { id: "raadsleden", label: "Raadsleden", aantal: 31 },
      { id: "griffiers", label: "Griffiers", aantal: 20 },
      { id: "burgemeesters", label: "Burgemeesters", aantal: 12 },
    ],
  },
  {
    id: "type",
    label: "Type",
    waarden: [
      { id: "handreiking", label: "Handreiking", aantal: 10 },
      { id: "training", label: "Training", aantal: 8 },
    ],
  },
  {
    id: "status",
    label: "Status",
    waarden: [
      { id: "bestaand", label: "Bestaand", aantal: 50 },
      { id: "voorstel", label: "Voorstel", aantal: 17 },
    ],
  },
  {
    id: "jaar",
    label: "Jaar",
    waarden: [
      { id: "2019", label: "2019", aantal: 12 },
      { id: "doorlopend", label: "Doorlopend", aantal: 9 },
      { id: "onbekend", label: "Onbekend", aantal: 30 },
    ],
  },
];
const FACET_IDS = ["doelgroep", "type", "status", "jaar"];

function staat(facetten = {}, q = "") {
  return { facetten, q };
}

describe("normaliseer en zoekwoorden", () => {
  it("maakt kleine letters zonder accenten", () => {
    assert.equal(normaliseer("Café Één Ĳssel"), "cafe een ijssel");
  });

  it("splitst op witruimte en laat lege woorden weg", () => {
    assert.deepEqual(zoekwoorden("  Lokale\tREKENKAMER  één "), ["lokale", "rekenkamer", "een"]);
    assert.deepEqual(zoekwoorden("   "), []);
  });
});

describe("leesStaat", () => {
  it("leest komma-gescheiden en herhaalde ids", () => {
    const gelezen = leesStaat(
      "?doelgroep=griffiers,raadsleden&status=bestaand&doelgroep=burgemeesters&q=rekenkamer",
      FACETTEN,
    );
    assert.deepEqual(gelezen, {
      facetten: {
        doelgroep: ["raadsleden", "griffiers", "burgemeesters"],
        status: ["bestaand"],
      },
      q: "rekenkamer",
    });
  });

  it("laat onbekende ids en onbekende parameters weg", () => {
    const gelezen = leesStaat("?doelgroep=raadsleden,wethouders&type=podcast&utm=x", FACETTEN);
    assert.deepEqual(gelezen, { facetten: { doelgroep: ["raadsleden"] }, q: "" });
  });

  it("decodeert spaties (%20 en +) en accenten", () => {
    assert.equal(leesStaat("?q=lokale%20rekenkamer", FACETTEN).q, "lokale rekenkamer");
    assert.equal(leesStaat("?q=lokale+rekenkamer", FACETTEN).q, "lokale rekenkamer");
    assert.equal(leesStaat("?q=co%C3%B6rdinatie", FACETTEN).q, "coördinatie");
  });

  it("overleeft een kapotte codering", () => {
    assert.equal(leesStaat("?q=100%", FACETTEN).q, "100%");
  });

  it("geeft een lege staat voor een lege zoekstring", () => {
    assert.deepEqual(leesStaat("", FACETTEN), legeStaat());
    assert.deepEqual(leesStaat("?", FACETTEN), { facetten: {}, q: "" });
  });

  it("accepteert jaartallen en doorlopend als ids", () => {
    assert.deepEqual(leesStaat("?jaar=2019,doorlopend,2031", FACETTEN).facetten, {
      jaar: ["2019", "doorlopend"],
    });
  });
});

describe("schrijfStaat", () => {
  it("schrijft facetten in vaste volgorde, komma-gescheiden, daarna q", () => {
    const geschreven = schrijfStaat(
      "",
      staat({ status: ["bestaand"], doelgroep: ["griffiers", "raadsleden"] }, "rekenkamer"),
      FACETTEN,
    );
    assert.equal(geschreven, "?doelgroep=raadsleden,griffiers&status=bestaand&q=rekenkamer");
  });

  it("codeert spaties en accenten in q", () => {
    assert.equal(
      schrijfStaat("", staat({}, "lokale coördinatie"), FACETTEN),
      "?q=lokale%20co%C3%B6rdinatie",
    );
  });

  it("laat andere parameters letterlijk staan en vervangt de eigen", () => {
    const geschreven = schrijfStaat(
      "?taal=nl&doelgroep=raadsleden&x=a+b%2Cc&q=oud",
      staat({ type: ["training"] }, "nieuw"),
      FACETTEN,
    );
    assert.equal(geschreven, "?taal=nl&x=a+b%2Cc&type=training&q=nieuw");
  });

  it("geeft een lege string als er niets over is", () => {
    assert.equal(schrijfStaat("?doelgroep=raadsleden&q=x", legeStaat(), FACETTEN), "");
    assert.equal(schrijfStaat("", staat({ doelgroep: [] }, "   "), FACETTEN), "");
  });

  it("laat onbekende ids weg", () => {
    assert.equal(
      schrijfStaat("", staat({ doelgroep: ["wethouders", "griffiers"] }), FACETTEN),
      "?doelgroep=griffiers",
    );
  });

  it("round trip: lezen van het geschrevene geeft dezelfde staat", () => {
    const origineel = staat(
      { doelgroep: ["raadsleden", "burgemeesters"], jaar: ["onbekend"] },
      "één  rekenkamer & raad",
    );
    const geschreven = schrijfStaat("?andere=1", origineel, FACETTEN);
    assert.equal(
      geschreven,
      "?andere=1&doelgroep=raadsleden,burgemeesters&jaar=onbekend" +
        "&q=%C3%A9%C3%A9n%20%20rekenkamer%20%26%20raad",
    );
    assert.deepEqual(leesStaat(geschreven, FACETTEN), origineel);
  });
});

describe("schrijfUrl", () => {
  it("houdt pad en hash en andere parameters", () => {
    const url = schrijfUrl(
      "https://example.org/producten/?taal=nl&q=oud#tabel",
      staat({ status: ["voorstel"] }),
      FACETTEN,
    );
    assert.equal(url, "/producten/?taal=nl&status=voorstel#tabel");
  });

  it("laat het vraagteken weg zonder parameters", () => {
    const url = schrijfUrl("https://example.org/producten/?q=oud#tabel", legeStaat(), FACETTEN);
    assert.equal(url, "/producten/#tabel");
  });
});

describe("rijPast", () => {
  const rij = maakRij(
    {
      doelgroep: "raadsleden  griffiers",
      type: "handreiking",
      status: "bestaand",
      jaar: "2019",
      tekst: "Handreiking lokale rekenkamer; coördinatie met de VNG",
    },
    FACET_IDS,
  );

  it("maakt van attributen lijsten en genormaliseerde tekst", () => {
    assert.deepEqual(rij, {
      waarden: {
        doelgroep: ["raadsleden", "griffiers"],
        type: ["handreiking"],
        status: ["bestaand"],
        jaar: ["2019"],
      },
      tekst: "handreiking lokale rekenkamer; coordinatie met de vng",
    });
  });

  it("past zonder filter", () => {
    assert.equal(rijPast(rij, legeStaat()), true);
    assert.equal(rijPast(rij, staat({ doelgroep: [] }, "  ")), true);
  });

  it("OF binnen een facet", () => {
    assert.equal(rijPast(rij, staat({ doelgroep: ["burgemeesters", "griffiers"] })), true);
    assert.equal(rijPast(rij, staat({ doelgroep: ["burgemeesters"] })), false);
  });

  it("EN tussen facetten", () => {
    assert.equal(rijPast(rij, staat({ doelgroep: ["raadsleden"], status: ["bestaand"] })), true);
    assert.equal(rijPast(rij, staat({ doelgroep: ["raadsleden"], status: ["voorstel"] })), false);
  });

  it("een rij zonder waarde voor een gekozen facet past niet", () => {
    const zonderJaar = maakRij({ doelgroep: "raadsleden", tekst: "x" }, FACET_IDS);
    assert.deepEqual(zonderJaar.waarden.jaar, []);
    assert.equal(rijPast(zonderJaar, staat({ jaar: ["onbekend"] })), false);
  });

  it("vrije tekst: elk woord moet voorkomen, in willekeurige volgorde", () => {
    assert.equal(rijPast(rij, staat({}, "rekenkamer lokale")), true);
    assert.equal(rijPast(rij, staat({}, "rekenkamer provincie")), false);
    assert.equal(rijPast(rij, staat({}, "REKEN")), true);
  });

  it("vrije tekst is ongevoelig voor accenten, in beide richtingen", () => {
    assert.equal(rijPast(rij, staat({}, "coordinatie")), true);
    assert.equal(rijPast(rij, staat({}, "coördinatie")), true);
    const metAccent = maakRij({ tekst: "Café-overleg" }, FACET_IDS);
    assert.equal(rijPast(metAccent, staat({}, "cafe")), true);
  });

  it("facet en tekst samen", () => {
    assert.equal(rijPast(rij, staat({ type: ["handreiking"] }, "vng")), true);
    assert.equal(rijPast(rij, staat({ type: ["training"] }, "vng")), false);
  });
});

describe("telPassend", () => {
  const rijen = [
    maakRij({ doelgroep: "raadsleden", status: "bestaand", tekst: "a" }, FACET_IDS),
    maakRij({ doelgroep: "griffiers", status: "bestaand", tekst: "b" }, FACET_IDS),
    maakRij({ doelgroep: "raadsleden griffiers", status: "voorstel", tekst: "a b" }, FACET_IDS),
  ];

  it("telt passende rijen", () => {
    assert.equal(telPassend(rijen, legeStaat()), 3);
    assert.equal(telPassend(rijen, staat({ doelgroep: ["griffiers"] })), 2);
    assert.equal(telPassend(rijen, staat({ doelgroep: ["griffiers"], status: ["bestaand"] })), 1);
    assert.equal(telPassend(rijen, staat({}, "c")), 0);
  });
});

describe("tellingTekst en gekozenTekst", () => {
  it("alles zichtbaar", () => {
    assert.equal(tellingTekst(67, 67), "67 producten");
    assert.equal(tellingTekst(1, 1), "1 product");
  });

  it("deel zichtbaar", () => {
    assert.equal(tellingTekst(12, 67), "12 van 67 producten");
    assert.equal(tellingTekst(1, 67), "1 van 67 producten");
    assert.equal(tellingTekst(0, 67), "0 van 67 producten");
    assert.equal(tellingTekst(0, 1), "0 van 1 product");
  });

  it("leeg overzicht", () => {
    assert.equal(tellingTekst(0, 0), "0 producten");
  });

  it("aantal gekozen waarden", () => {
    assert.equal(gekozenTekst(0), "");
    assert.equal(gekozenTekst(1), "(1 gekozen)");
    assert.equal(gekozenTekst(3), "(3 gekozen)");
  });
});
