/**
 * Comparing and merging copies of a plan. Everything works on snapshots (every row of every user
 * table, by id); applySnapshot writes one back through the change recorder as one undo step.
 */
export { readSnapshot, sameSnapshot, sameValue, type PlanSnapshot, type UserTable } from './snapshot';
export { diffPlans, diffIsEmpty, diffCounts, type PlanDiff, type TableDiff, type ChangedRecord, type FieldChange } from './diff';
export { mergePlans, resolve, type MergeResult, type MergeInputs, type Conflict, type FieldConflict, type DeleteConflict, type AppliedChange, type Choices, type Side, type RecordRef } from './merge';
export { applySnapshot } from './apply';
export { describeDiff, describeConflicts, type DescribedSection, type DescribedChange, type DescribedField, type DescribedConflict, type SideNames } from './describe';
