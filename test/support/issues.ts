import type { Issue, IssueFields } from '../../core/issues';

/**
 * A new issue with options of the given labels, through the API the screens use
 * (`rows.create` on 'issues', then on 'issueOptions'); answers it as `rows.list` reads it.
 */
export async function addIssueThroughApi(
  api: (name: string, input: unknown) => Promise<unknown>,
  dealId: string,
  fields: Partial<IssueFields> = {},
  optionLabels: readonly string[] = [],
): Promise<Issue> {
  const issue = (await api('rows.create', { table: 'issues', dealId, fields })) as Issue;
  for (const label of optionLabels) {
    await api('rows.create', { table: 'issueOptions', dealId, fields: { issueId: issue.id, label } });
  }
  const issues = (await api('rows.list', { table: 'issues', dealId })) as Issue[];
  const added = issues.find((i) => i.id === issue.id);
  if (!added) throw new Error('The new issue is not in the list');
  return added;
}
