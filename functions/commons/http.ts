import type { APIGatewayProxyResult } from 'aws-lambda';

/** A JSON response in API Gateway's Lambda proxy form. */
export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}) =>
  ({
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  }) satisfies APIGatewayProxyResult;

/** One bad field in a request: where it is (`school.urn`, `days`) and what is wrong. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

type IssuePath = ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>;

/**
 * Turns Standard Schema issues (what the Powertools parser reports) into field-named issues
 * relative to the request body: `['body', 'school', 'urn']` becomes `school.urn`.
 */
export function bodyIssues(
  issues: ReadonlyArray<{ message: string; path?: IssuePath | undefined }>,
): ValidationIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p));
    const withinBody = keys[0] === 'body' ? keys.slice(1) : keys;
    const path = withinBody.length === 0 ? '(body)' : withinBody.map(String).join('.');
    return { path, message: issue.message };
  });
}

/** 400 naming every bad field. */
export const validationError = (issues: ValidationIssue[]) => json(400, { error: 'ValidationError', issues });

/**
 * Like {@link bodyIssues}, and query string and path parameters named by themselves too:
 * `['queryStringParameters', 'from']` becomes `from`, `['pathParameters', 'askId']` `askId`.
 */
export function requestIssues(
  issues: ReadonlyArray<{ message: string; path?: IssuePath | undefined }>,
): ValidationIssue[] {
  return bodyIssues(issues).map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(queryStringParameters|pathParameters)\./, ''),
  }));
}
