export {
  type ApprovalNeed,
  type ApprovalStep,
  type AuthorityContext,
  approvalPath,
  approvalsNeeded,
  memberLabel,
} from './authority';
export * from './fields';
export { snapshotApprovals } from './moves';
