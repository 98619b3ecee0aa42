export { diffDefinitions, isEmptyDiff } from './diff';
export type { AmountChange, BudgetDiff, ChangeSection, CommitteeChange, FieldChange, InitiativeChange, TotalChange } from './types';
export { CHANGE_SECTIONS } from './types';
