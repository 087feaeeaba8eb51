// The reducer of the one store: state = { sessie, ui }. The sessie is stored and exported
// (session.mjs); ui is this page's view state (messages, what is unfolded, a pending question)
// and is never stored. Any action may carry `melding: { plek, melding }` to set a message too.

import * as plan from "./actieplan.mjs";
import * as s from "./session.mjs";

/** A message for a place on the page: { soort: "ok" | "fout", regels }. */
export const melding = (soort, ...regels) => ({ soort, regels });

export function initialUi() {
  return { meldingen: {}, open: {}, vraag: null, code: null, codeInvoer: "", print: null };
}

export function initialState(sessie, meldingen = {}) {
  return { sessie, ui: { ...initialUi(), meldingen } };
}

const withPlan = (change) => (sessie, a) => s.setActieplan(sessie, change(sessie.actieplan, a));

const SESSIE_ACTIONS = {
  "sessie/replace": (_, a) => a.sessie,
  "antwoord/set": (sessie, a) => s.setAntwoord(sessie, a.respondent, a.stelling, a.waarde),
  "opmerking/set": (sessie, a) => s.setOpmerking(sessie, a.respondent, a.stelling, a.tekst),
  "naam/set": (sessie, a) => s.setNaam(sessie, a.respondent, a.naam),
  "rol/set": (sessie, a) => s.setRol(sessie, a.respondent, a.rol),
  "respondent/add": (sessie) => s.addRespondent(sessie),
  "respondent/open": (sessie, a) => s.openRespondent(sessie, a.respondent),
  "respondent/remove": (sessie, a) => s.removeRespondent(sessie, a.respondent),
  "norm/set": (sessie, a, data) =>
    s.setNorm(sessie, data.stellingen.find((st) => st.id === a.stelling), a.norm, data.regel),
  "normen/reset": (sessie) => s.resetNormen(sessie),
  "normen/accept": (sessie, a) => s.acceptNormen(sessie, a.vastgesteld),
  "rondgang/set": (sessie, a) => s.setRondgang(sessie, a.aan),
  "persoon/next": (sessie) => s.nextPerson(sessie),
  "uitkomst/show": (sessie) => s.showUitkomst(sessie),
  "namen/set": (sessie, a) => s.setNamenInRapport(sessie, a.aan),
  "meting/set": (sessie, a) => s.setVorigeMeting(sessie, a.vorigeMeting),
  "maatregel/add": withPlan((p, a) => plan.addMaatregel(p, a.maatregel)),
  "maatregel/set": withPlan((p, a) => plan.setMaatregel(p, a.id, a.veld, a.waarde)),
  "maatregel/remove": withPlan((p, a) => plan.removeMaatregel(p, a.id)),
  "spoor/add": withPlan((p) => plan.addSpoor(p)),
  "spoor/set": withPlan((p, a) => plan.setSpoorTitel(p, a.id, a.titel)),
  "spoor/remove": withPlan((p, a) => plan.removeSpoor(p, a.id)),
  "actieplan/copy": withPlan((p, a) => plan.copyOpenMaatregelen(p, a.vorig)),
};

const UI_ACTIONS = {
  "open/set": (ui, a) => ({ ...ui, open: { ...ui.open, [a.sleutel]: a.open } }),
  "vraag/set": (ui, a) => ({ ...ui, vraag: a.vraag }),
  "code/set": (ui, a) => ({ ...ui, code: a.code }),
  "codeInvoer/set": (ui, a) => ({ ...ui, codeInvoer: a.tekst }),
  "print/set": (ui, a) => ({ ...ui, print: a.print }),
  "ui/reset": () => initialUi(),
  "melding/set": (ui) => ui,
};

function setMelding(ui, { plek, melding }) {
  return { ...ui, meldingen: { ...ui.meldingen, [plek]: melding } };
}

/** The next state for an action; `data` is the questionnaire. */
export function reduce(state, action, data) {
  let next = state;
  if (action.type in SESSIE_ACTIONS) {
    const sessie = SESSIE_ACTIONS[action.type](state.sessie, action, data);
    next = sessie === state.sessie ? state : { ...state, sessie };
  } else if (action.type in UI_ACTIONS) {
    next = { ...state, ui: UI_ACTIONS[action.type](state.ui, action) };
  } else {
    throw new Error(`unknown action ${action.type}`);
  }
  return action.melding ? { ...next, ui: setMelding(next.ui, action.melding) } : next;
}
