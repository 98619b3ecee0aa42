export { diffDefinitions, isEmptyDiff } from './diff';
export type { AmountChange, BudgetDiff, ChangeSection, CommitteeChange, FieldChange, InitiativeChange, TotalChange } from './types';
export { CHANGE_SECTIONS } from './types';
export { buildChangeSheetPlan, CHANGES_KEY, NET_CHANGE_NAME, type ChangeSheetOptions } from './changeSheet';
export { exportChangesCsv } from './changeCsv';
export { describeChange, sectionName, shownAmount } from './describe';
