import { bodyIssues, type ValidationIssue } from './http.ts';

/**
 * The bad fields of a request's path or query string, named as the client wrote them:
 * `pathParameters.caseRef` → `caseRef`, `queryStringParameters.year` → `year`.
 */
export const requestIssues = (issues: Parameters<typeof bodyIssues>[0]): ValidationIssue[] =>
  bodyIssues(issues).map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(pathParameters|queryStringParameters)\./, ''),
  }));
