import type { MessageSection } from './types';

/**
 * Rounds (docs/rounds.md): the change list between two rounds as the change sheet, its CSV,
 * the terminal summary and the pane show it. Amounts arrive already formatted.
 */
export const roundsMessages = {
  roundsSheetName: { da: 'Ændringer', en: 'Changes' },
  roundsTitle: { da: 'Ændringer fra »{old}« til »{new}«', en: 'Changes from “{old}” to “{new}”' },
  roundsSubtitle: {
    da: '{amountsIn} – tallene er virkningen på »I alt, nye midler« pr. år.',
    en: '{amountsIn} – the figures are the effect on “Total, new money” per year.',
  },
  roundsColumnCommittee: { da: 'Udvalg', en: 'Committee' },
  roundsColumnTitle: { da: 'Emne', en: 'Initiative' },
  roundsColumnDetails: { da: 'Ændring', en: 'Change' },
  roundsColumnSection: { da: 'Afsnit', en: 'Section' },
  roundsSection_added: { da: 'Tilføjet', en: 'Added' },
  roundsSection_removed: { da: 'Fjernet', en: 'Removed' },
  roundsSection_chosen: { da: 'Valgt til', en: 'Chosen' },
  roundsSection_dropped: { da: 'Valgt fra', en: 'Dropped' },
  roundsSection_changed: { da: 'Ændret', en: 'Changed' },
  roundsNoChanges: { da: 'Ingen ændringer.', en: 'No changes.' },
  roundsNet: { da: 'Nettoændring, I alt nye midler', en: 'Net change, total new money' },
  roundsByCommittee: { da: 'Ændring pr. udvalg (nye midler)', en: 'Change per committee (new money)' },
  roundsCommitteesTotal: { da: 'I alt, udvalg', en: 'Total, committees' },
  roundsTotals: { da: 'Totaler', en: 'Totals' },
  roundsGrandTotalOld: { da: 'I alt, nye midler, »{name}«', en: 'Total new money, “{name}”' },
  roundsGrandTotalNew: { da: 'I alt, nye midler, »{name}«', en: 'Total new money, “{name}”' },
  roundsGrandTotalDelta: { da: 'Forskel, I alt nye midler', en: 'Difference, total new money' },
  roundsChosenOld: { da: 'Heraf valgt, »{name}«', en: 'Of which chosen, “{name}”' },
  roundsChosenNew: { da: 'Heraf valgt, »{name}«', en: 'Of which chosen, “{name}”' },
  roundsChosenDelta: { da: 'Forskel, heraf valgt', en: 'Difference, of which chosen' },
  // The details of one change.
  roundsFieldTitle: { da: 'titel »{old}« → »{new}«', en: 'title “{old}” → “{new}”' },
  roundsFieldCommittee: { da: 'udvalg {old} → {new}', en: 'committee {old} → {new}' },
  roundsFieldKind: { da: 'type {old} → {new}', en: 'kind {old} → {new}' },
  roundsFieldFunding: { da: 'finansiering {old} → {new}', en: 'funding {old} → {new}' },
  roundsFieldChosen: { da: 'med {old} → {new}', en: 'include {old} → {new}' },
  roundsFieldPool: { da: 'pulje {old} → {new}', en: 'pool {old} → {new}' },
  roundsAmount: { da: '{where}{years}', en: '{where}{years}' },
  roundsFrame: { da: 'ramme{where}{years}', en: 'frame{where}{years}' },
  roundsLineAdded: { da: 'linje tilføjet »{line}«', en: 'line added “{line}”' },
  roundsLineRemoved: { da: 'linje fjernet »{line}«', en: 'line removed “{line}”' },
  roundsNotNewMoney: { da: '{funding}: tæller ikke i I alt', en: '{funding}: not in the total' },
  roundsTotalOf: { da: 'i alt {amounts}', en: 'total {amounts}' },
  // Snapshots (D15–D18).
  snapshotNotFound: {
    da: '{file} har ingen gemt runde ved navn »{name}«. Gemte runder: {names}.',
    en: '{file} has no snapshot named “{name}”. Snapshots: {names}.',
  },
  snapshotNameInvalid: {
    da: 'En runde skal have et navn på 1 til {limit} tegn.',
    en: 'A snapshot needs a name of 1 to {limit} characters.',
  },
  snapshotsFull: {
    da: '{file}: de gemte runder ville fylde {size} tegn; der er plads til {limit} (Office gemmer højst 2 MB indstillinger pr. projektmappe). Runden er ikke gemt; slet en ældre runde først.',
    en: '{file}: the snapshots would take {size} characters; there is room for {limit} (Office keeps at most 2 MB of settings per workbook). The snapshot was not saved; delete an older one first.',
  },
  snapshotsTooMany: {
    da: '{file} har allerede {limit} gemte runder, det højeste antal. Runden er ikke gemt; slet en ældre runde først.',
    en: '{file} already has {limit} snapshots, the most it can keep. The snapshot was not saved; delete an older one first.',
  },
  snapshotsRejected: {
    da: '{file}: de gemte runder ({where}) er beskadigede eller ændret uden for Budgettabeller. Intet er læst eller skrevet.',
    en: '{file}: the stored snapshots ({where}) are damaged or were changed outside Budget Tables. Nothing was read or written.',
  },
  snapshotSheetUnsupported: {
    da: '{file}: runden kan ikke gemmes i denne projektmappe ({detail}). Intet er skrevet.',
    en: '{file}: the snapshot cannot be saved in this workbook ({detail}). Nothing was written.',
  },
  snapshotsNone: { da: '{file} har ingen gemte runder.', en: '{file} has no snapshots.' },
  snapshotsHeading: { da: 'Gemte runder i {file} ({count}):', en: 'Snapshots in {file} ({count}):' },
  snapshotLine: { da: '{name}  gemt {savedAt}, {initiatives} emner', en: '{name}  saved {savedAt}, {initiatives} initiatives' },
  snapshotSaved: { da: 'Gemte runden »{name}« i {file}.', en: 'Saved the snapshot “{name}” in {file}.' },
  snapshotReplaced: { da: 'Erstattede runden »{name}« i {file}.', en: 'Replaced the snapshot “{name}” in {file}.' },
} satisfies MessageSection;
