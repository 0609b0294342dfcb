export { isKeyStakeholder, isLongTermDeal, READINESS_RULES } from './rules';
export { assessReadiness, CRITICAL_CAP, readinessScore, runRule, SEVERITY_PENALTY } from './score';
export * from './types';
