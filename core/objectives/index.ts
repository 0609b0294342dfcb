export {
  type Direction,
  directionOf,
  type MainIssueSource,
  mainIssueSourceOf,
  NO_OBJECTIVES,
  type ObjectiveIssue,
  type Objectives,
  type ObjectivesPatch,
  type OurSideForObjectives,
  objectivesOf,
  routeObjectivesPatch,
} from './accessor';
export {
  type Crossing,
  crossesWalkAway,
  optionCrossesWalkAway,
  optionCrossingText,
  packageCrossings,
  valueCrossingText,
} from './crossing';
export {
  OBJECTIVE_DEFAULTS,
  OPTION_OBJECTIVE_LABELS,
  OPTION_OBJECTIVES,
  type OptionObjective,
  objectiveFields,
  optionObjectiveField,
  PRIORITIES,
  PRIORITY_LABELS,
  type Priority,
} from './fields';
export { issueObjectivesOf, roomInMoney } from './mainIssue';
export { ladderCrossings, type RowCrossing, valueRowCrossings } from './rowsCrossing';
