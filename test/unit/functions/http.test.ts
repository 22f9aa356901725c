import { describe, expect, it } from 'vitest';
import { bodyIssues, validationError } from '#functions/commons/http';

describe('bodyIssues', () => {
  it('names a field relative to the request body: body.school.urn becomes school.urn', () => {
    // prepare
    const issues = [
      {
        message: 'school URN must be the 6-digit DfE unique reference number',
        path: ['body', 'school', 'urn'],
      },
    ];

    // act
    const named = bodyIssues(issues);

    // assert
    expect(named).toEqual([
      { path: 'school.urn', message: 'school URN must be the 6-digit DfE unique reference number' },
    ]);
  });

  it('reads Standard Schema path segments given as { key } objects', () => {
    // prepare
    const issues = [
      {
        message: 'booker email must be a valid email address',
        path: [{ key: 'body' }, { key: 'booker' }, { key: 'email' }],
      },
    ];

    // act
    const named = bodyIssues(issues);

    // assert
    expect(named).toEqual([{ path: 'booker.email', message: 'booker email must be a valid email address' }]);
  });

  it('joins array indexes into the path', () => {
    // prepare
    const issues = [
      { message: 'amount must be whole pence', path: ['body', 'lines', 0, { key: 'amountPence' }] },
    ];

    // act
    const named = bodyIssues(issues);

    // assert
    expect(named).toEqual([{ path: 'lines.0.amountPence', message: 'amount must be whole pence' }]);
  });

  it('keeps a path that does not start at the body as it is', () => {
    // prepare
    const issues = [{ message: 'days must be more than 0', path: ['days'] }];

    // act
    const named = bodyIssues(issues);

    // assert
    expect(named).toEqual([{ path: 'days', message: 'days must be more than 0' }]);
  });

  it.each([
    { shape: 'an empty path', path: [] },
    { shape: 'the body itself', path: ['body'] },
    { shape: 'no path at all', path: undefined },
  ])('names the whole body as (body) for $shape', ({ path }) => {
    // prepare
    const issues = [{ message: 'body must be a JSON object', path }];

    // act
    const named = bodyIssues(issues);

    // assert
    expect(named).toEqual([{ path: '(body)', message: 'body must be a JSON object' }]);
  });

  it('keeps every issue, in order', () => {
    // prepare
    const issues = [
      { message: 'first', path: ['body', 'termsAccepted'] },
      { message: 'second', path: ['body', 'days'] },
    ];

    // act
    const named = bodyIssues(issues);

    // assert
    expect(named.map((issue) => issue.path)).toEqual(['termsAccepted', 'days']);
  });
});

describe('validationError', () => {
  it('answers 400 with a JSON body naming every bad field', () => {
    // prepare
    const issues = [
      { path: 'school.urn', message: 'school URN must be the 6-digit DfE unique reference number' },
    ];

    // act
    const response = validationError(issues);

    // assert
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({ error: 'ValidationError', issues });
  });
});
