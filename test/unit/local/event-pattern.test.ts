import { describe, expect, it } from 'vitest';
import {
  assertValidEventPattern,
  type EventPattern,
  InvalidEventPatternError,
  matchesEventPattern,
} from '#local/event-pattern';

/*
 * Rows are AWS's documented examples. Section names refer to the Amazon EventBridge User Guide:
 * - "Event patterns": eb-event-patterns (the EC2 termination event and pattern)
 * - "Pattern syntax": eb-create-pattern (matching event values, multiple values)
 * - "Arrays": eb-event-patterns-arrays
 * - "Null values": eb-event-patterns-null-values
 * - "Operators": eb-create-pattern-operators / eb-event-patterns-content-based-filtering (the summary
 *   table and its per-operator sections: prefix, suffix, equals-ignore-case, anything-but, numeric,
 *   IP address, exists, wildcard, $or, complex example)
 * - "Content filtering (2020)": the earlier content-filtering-with-event-patterns page's worked examples
 * - "event-ruler": the README of aws/event-ruler, the engine EventBridge runs; its sample EC2 event is
 *   the one the User Guide's operator examples (c-count, d-count, x-limit, source-ip) are written for.
 * Rows whose expectation the docs imply but do not show (the non-matching counterparts) say "(negative)".
 */

type Event = Record<string, unknown>;

interface Row {
  name: string;
  pattern: EventPattern;
  event: Event;
  expected: boolean;
}

/** event-ruler README sample event: the one the operator examples are written against. */
const rulerEvent: Event = {
  version: '0',
  id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '012345679012',
  time: '2017-10-02T16:24:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
  detail: {
    'c-count': 5,
    'd-count': 3,
    'x-limit': 301.8,
    'source-ip': '10.0.0.33',
    'instance-id': 'i-000000aaaaaa00000',
    state: 'running',
  },
};

/** "Event patterns" page sample event. */
const ec2TerminatedEvent: Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

/** "Null values" page sample event. */
const autoscalingEvent: Event = {
  version: '0',
  id: '3e3c153a-8339-4e30-8c35-687ebef853fe',
  'detail-type': 'EC2 Instance Launch Successful',
  source: 'aws.autoscaling',
  account: '123456789012',
  time: '2015-11-11T21:31:47Z',
  region: 'us-east-1',
  resources: [],
  detail: { eventVersion: '', responseElements: null },
};

/** "Operators" exists-matching sample event. */
const existsEvent: Event = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
};

/** The ruler sample event with its `detail` replaced, and optionally some top-level fields. */
function withDetail(detail: Record<string, unknown>, topLevel: Event = {}): Event {
  return { ...rulerEvent, ...topLevel, detail };
}

/** The ruler sample event with some fields of `detail` overridden. */
function withDetailFields(fields: Record<string, unknown>): Event {
  return withDetail({ ...(rulerEvent.detail as Record<string, unknown>), ...fields });
}

const complexPattern: EventPattern = {
  time: [{ prefix: '2017-10-02' }],
  detail: {
    state: [{ 'anything-but': 'initializing' }],
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ 'anything-but': [100, 200, 300] }],
  },
};

const numericPattern: EventPattern = {
  detail: {
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ numeric: ['=', 3.018e2] }],
  },
};

const orNumericPattern: EventPattern = {
  detail: {
    $or: [
      { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
      { 'd-count': [{ numeric: ['<', 10] }] },
      { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
    ],
  },
};

const cloudWatchOrPattern: EventPattern = {
  source: ['aws.cloudwatch'],
  $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
};

const nestedOrPattern: EventPattern = {
  source: ['aws.cloudwatch'],
  $or: [
    { metricName: ['CPUUtilization', 'ReadLatency'] },
    {
      metricType: ['MetricType'],
      namespace: ['AWS/EC2', 'AWS/ES'],
      $or: [{ metricId: [1234] }, { spaceId: [1000] }],
    },
    { scope: ['Service'] },
  ],
};

const employeesEvent: Event = {
  employees: [
    { firstName: 'John', lastName: 'Doe' },
    { firstName: 'Anna', lastName: 'Smith' },
    { firstName: 'Peter', lastName: 'Jones' },
  ],
};

const rows: Row[] = [
  // --- Event patterns / pattern syntax -------------------------------------------------------------
  {
    name: 'source, detail-type and a nested detail field must all match (Event patterns)',
    pattern: {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    },
    event: ec2TerminatedEvent,
    expected: true,
  },
  {
    name: 'one non-matching field fails the whole pattern (Event patterns, negative)',
    pattern: {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    },
    event: { ...ec2TerminatedEvent, detail: { 'instance-id': 'i-1234567890abcdef0', state: 'running' } },
    expected: false,
  },
  {
    name: 'a leaf array lists alternatives, any of which may match (Pattern syntax: matching event values)',
    pattern: { source: ['aws.ec2', 'aws.fargate'] },
    event: ec2TerminatedEvent,
    expected: true,
  },
  {
    name: 'the event must contain every field the pattern names (Pattern syntax, negative)',
    pattern: { source: ['aws.ec2'], detail: { 'instance-type': ['t2.micro'] } },
    event: ec2TerminatedEvent,
    expected: false,
  },
  {
    name: 'fields must appear with the same nesting as in the pattern (Pattern syntax, negative)',
    pattern: { state: ['terminated'] },
    event: ec2TerminatedEvent,
    expected: false,
  },
  {
    name: 'literal values match the event and other event fields are ignored (event-ruler: simple matching)',
    pattern: {
      'detail-type': ['EC2 Instance State-change Notification'],
      resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
      detail: { state: ['initializing', 'running'] },
    },
    event: rulerEvent,
    expected: true,
  },
  // --- Arrays ----------------------------------------------------------------------------------------
  {
    name: 'an event array matches when it intersects the pattern array (Arrays)',
    pattern: {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
      ],
    },
    event: {
      ...rulerEvent,
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    },
    expected: true,
  },
  {
    name: 'an event array that shares no value with the pattern does not match (Arrays, negative)',
    pattern: { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] },
    event: rulerEvent,
    expected: false,
  },
  {
    name: 'a nested pattern matches an object element of an event array (event-ruler: JSON array matching)',
    pattern: { employees: { firstName: ['Anna'] } },
    event: employeesEvent,
    expected: true,
  },
  {
    name: 'fields from different elements of one array are not combined (event-ruler: JSON array matching)',
    pattern: { employees: { firstName: ['Anna'], lastName: ['Jones'] } },
    event: employeesEvent,
    expected: false,
  },
  // --- Null values and empty strings -----------------------------------------------------------------
  {
    name: 'an empty-string literal matches an empty string (Null values)',
    pattern: { detail: { eventVersion: [''] } },
    event: autoscalingEvent,
    expected: true,
  },
  {
    name: 'a null literal matches a null value (Null values)',
    pattern: { detail: { responseElements: [null] } },
    event: autoscalingEvent,
    expected: true,
  },
  {
    name: 'an empty-string literal does not match null (Null values: not interchangeable)',
    pattern: { detail: { responseElements: [''] } },
    event: autoscalingEvent,
    expected: false,
  },
  {
    name: 'a null literal does not match an empty string (Null values: not interchangeable)',
    pattern: { detail: { eventVersion: [null] } },
    event: autoscalingEvent,
    expected: false,
  },
  {
    name: 'a null literal does not match a missing field (Null values, negative)',
    pattern: { detail: { requestParameters: [null] } },
    event: autoscalingEvent,
    expected: false,
  },
  {
    name: 'a null literal does not match an empty event array (Arrays + Null values, negative)',
    pattern: { resources: [null] },
    event: autoscalingEvent,
    expected: false,
  },
  // --- Equals / empty / equals-ignore-case -----------------------------------------------------------
  {
    name: 'a string literal matches an equal string (Operators: Equals)',
    pattern: { detail: { Name: ['Alice'] } },
    event: withDetail({ Name: 'Alice' }),
    expected: true,
  },
  {
    name: 'string literals are case-sensitive (Operators: Equals, negative)',
    pattern: { detail: { Name: ['Alice'] } },
    event: withDetail({ Name: 'alice' }),
    expected: false,
  },
  {
    name: 'an empty-string literal matches an empty value (Operators: Empty)',
    pattern: { detail: { LastName: [''] } },
    event: withDetail({ LastName: '' }),
    expected: true,
  },
  {
    name: 'equals-ignore-case matches a string that differs only in case (Operators: Equals ignore case)',
    pattern: { detail: { Name: [{ 'equals-ignore-case': 'alice' }] } },
    event: withDetail({ Name: 'Alice' }),
    expected: true,
  },
  {
    name: 'equals-ignore-case matches a top-level field such as detail-type (Operators: Equals ignore case)',
    pattern: { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'equals-ignore-case still needs the whole string to match (Operators: Equals ignore case, negative)',
    pattern: { detail: { Name: [{ 'equals-ignore-case': 'alice' }] } },
    event: withDetail({ Name: 'Alicia' }),
    expected: false,
  },
  // --- Prefix / suffix -------------------------------------------------------------------------------
  {
    name: 'prefix matches the start of a string value (Operators: Prefix matching)',
    pattern: { time: [{ prefix: '2017-10-02' }] },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'prefix does not match a string that starts differently (Operators: Prefix matching, negative)',
    pattern: { time: [{ prefix: '2017-10-02' }] },
    event: ec2TerminatedEvent,
    expected: false,
  },
  {
    name: 'prefix only works on string values (Operators: Prefix matching, negative)',
    pattern: { detail: { 'c-count': [{ prefix: '5' }] } },
    event: rulerEvent,
    expected: false,
  },
  {
    name: 'prefix with equals-ignore-case ignores the case of the start (Operators: Prefix ignoring case)',
    pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    event: withDetail({ service: 'EVENTBRIDGE' }),
    expected: true,
  },
  {
    name: 'prefix with equals-ignore-case still anchors at the start (Operators: Prefix ignoring case, negative)',
    pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    event: withDetail({ service: 'Amazon EventBridge' }),
    expected: false,
  },
  {
    name: 'prefix selects auto scaling events from European regions (Content filtering (2020): prefix example)',
    pattern: { source: ['aws.autoscaling'], region: [{ prefix: 'eu-' }] },
    event: { ...autoscalingEvent, region: 'eu-west-1' },
    expected: true,
  },
  {
    name: 'suffix matches the end of a string value (Operators: Suffix matching)',
    pattern: { detail: { FileName: [{ suffix: '.png' }] } },
    event: withDetail({ FileName: 'image.png' }),
    expected: true,
  },
  {
    name: 'suffix is case-sensitive (Operators: Suffix matching, negative)',
    pattern: { detail: { FileName: [{ suffix: '.png' }] } },
    event: withDetail({ FileName: 'image.PNG' }),
    expected: false,
  },
  {
    name: 'suffix with equals-ignore-case ignores the case of the end (Operators: Suffix ignoring case)',
    pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    event: withDetail({ FileName: 'IMAGE.PNG' }),
    expected: true,
  },
  {
    name: 'suffix with equals-ignore-case matches "tBridge" at the end in any case (Operators: Ends with ignore case)',
    pattern: { detail: { service: [{ suffix: { 'equals-ignore-case': 'tBridge' } }] } },
    event: withDetail({ service: 'EVENTBRIDGE' }),
    expected: true,
  },
  // --- Anything-but ----------------------------------------------------------------------------------
  {
    name: 'anything-but a string matches any other string (Operators: Anything-but matching)',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but a string does not match that string (Operators: Anything-but matching, negative)',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: withDetailFields({ state: 'initializing' }),
    expected: false,
  },
  {
    name: 'anything-but does not match a missing field (Operators: Anything-but matching, negative)',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: withDetail({ 'instance-id': 'i-000000aaaaaa00000' }),
    expected: false,
  },
  {
    name: 'anything-but a number matches any other number (Operators: Anything-but matching)',
    pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but a number does not match that number (Operators: Anything-but matching, negative)',
    pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    event: withDetailFields({ 'x-limit': 123 }),
    expected: false,
  },
  {
    name: 'anything-but a list of strings matches a string outside it (Operators: Anything-but matching)',
    pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but a list of strings rejects every listed string (Operators: Anything-but matching, negative)',
    pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    event: withDetailFields({ state: 'overloaded' }),
    expected: false,
  },
  {
    name: 'anything-but a list of numbers matches a number outside it (Operators: Anything-but matching)',
    pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but a list of numbers rejects every listed number (Operators: Anything-but matching, negative)',
    pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    event: withDetailFields({ 'x-limit': 200 }),
    expected: false,
  },
  {
    name: 'anything-but a list excludes "Raining" from the weather (Operators: Not)',
    pattern: { detail: { Weather: [{ 'anything-but': ['Raining'] }] } },
    event: withDetail({ Weather: 'Sunny' }),
    expected: true,
  },
  {
    name: 'anything-but a value filters out CloudTrail API-call events (Content filtering (2020): anything-but example)',
    pattern: { 'detail-type': [{ 'anything-but': 'AWS API Call via CloudTrail' }] },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but a list excludes events from EC2 and S3 (Content filtering (2020): anything-but example)',
    pattern: { source: [{ 'anything-but': ['aws.ec2', 'aws.s3'] }] },
    event: rulerEvent,
    expected: false,
  },
  {
    name: 'anything-but prefix matches a value without that prefix (Operators: Anything-but prefix)',
    pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but prefix does not match a value with that prefix (Operators: Anything-but prefix, negative)',
    pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    event: withDetailFields({ state: 'initializing' }),
    expected: false,
  },
  {
    name: 'anything-but prefix "aws." skips AWS service events (Content filtering (2020): anything-but example)',
    pattern: { source: [{ 'anything-but': { prefix: 'aws.' } }] },
    event: rulerEvent,
    expected: false,
  },
  {
    name: 'anything-but prefix "us-" matches a region outside the US (Operators: Anything-but begins with)',
    pattern: { region: [{ 'anything-but': { prefix: 'us-' } }] },
    event: { ...rulerEvent, region: 'eu-west-1' },
    expected: true,
  },
  {
    name: 'anything-but suffix matches a value with another ending (Operators: Anything-but suffix)',
    pattern: { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    event: withDetail({ FileName: 'notes.txt' }),
    expected: true,
  },
  {
    name: 'anything-but suffix does not match a value with that ending (Operators: Anything-but suffix, negative)',
    pattern: { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    event: withDetail({ FileName: 'image.png' }),
    expected: false,
  },
  {
    name: 'anything-but equals-ignore-case rejects any casing of the value (Operators: Anything-but ignore case)',
    pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } },
    event: withDetailFields({ state: 'INITIALIZING' }),
    expected: false,
  },
  {
    name: 'anything-but equals-ignore-case matches another value (Operators: Anything-but ignore case)',
    pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'anything-but equals-ignore-case accepts a list (Operators: Anything-but ignore case, negative)',
    pattern: {
      detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] },
    },
    event: withDetailFields({ state: 'Stopped' }),
    expected: false,
  },
  {
    name: 'anything-but wildcard rejects a path inside /lib/ (Operators: Anything-but using a wildcard, negative)',
    pattern: { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    event: withDetail({ FilePath: '/usr/lib/libc.so' }),
    expected: false,
  },
  {
    name: 'anything-but wildcard matches a path outside /lib/ (Operators: Anything-but using a wildcard)',
    pattern: { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    event: withDetail({ FilePath: '/usr/bin/ls' }),
    expected: true,
  },
  // --- Numeric ---------------------------------------------------------------------------------------
  {
    name: 'numeric ranges and equality must all hold (Operators: Numeric matching)',
    pattern: numericPattern,
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'numeric ">" excludes its bound (Operators: Numeric matching, negative)',
    pattern: numericPattern,
    event: withDetailFields({ 'c-count': 0 }),
    expected: false,
  },
  {
    name: 'numeric only matches JSON numbers, not numeric strings (Operators: Numeric matching, negative)',
    pattern: numericPattern,
    event: withDetailFields({ 'c-count': '5' }),
    expected: false,
  },
  {
    name: 'numeric "=" matches an equal number (Operators: Numeric equals)',
    pattern: { detail: { Price: [{ numeric: ['=', 100] }] } },
    event: withDetail({ Price: 100 }),
    expected: true,
  },
  {
    name: 'numeric range includes a "<=" bound (Operators: Numeric range)',
    pattern: { detail: { Price: [{ numeric: ['>', 10, '<=', 20] }] } },
    event: withDetail({ Price: 20 }),
    expected: true,
  },
  {
    name: 'numeric range excludes a ">" bound (Operators: Numeric range, negative)',
    pattern: { detail: { Price: [{ numeric: ['>', 10, '<=', 20] }] } },
    event: withDetail({ Price: 10 }),
    expected: false,
  },
  // --- IP address ------------------------------------------------------------------------------------
  {
    name: 'cidr matches an IPv4 address inside the block (Operators: IP address matching)',
    pattern: { detail: { 'source-ip': [{ cidr: '10.0.0.0/24' }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'cidr matches the last address of the block (Operators: IP address matching, 0 to 255)',
    pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    event: withDetail({ sourceIPAddress: '10.0.0.255' }),
    expected: true,
  },
  {
    name: 'cidr does not match an address outside the block (Operators: IP address matching, negative)',
    pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    event: withDetail({ sourceIPAddress: '10.0.1.33' }),
    expected: false,
  },
  {
    name: 'cidr matches an IPv6 address inside the block (Operators: IP address matching, IPv6)',
    pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    event: withDetail({ sourceIPAddress: '2001:0db8:1234:1a00:0000:0000:0000:0001' }),
    expected: true,
  },
  {
    name: 'cidr does not match an IPv6 address outside the block (Operators: IP address matching, IPv6, negative)',
    pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    event: withDetail({ sourceIPAddress: '2001:db8:1234:1b00::1' }),
    expected: false,
  },
  // --- Exists ----------------------------------------------------------------------------------------
  {
    name: 'exists true matches an event that has the field (Operators: Exists matching)',
    pattern: { detail: { state: [{ exists: true }] } },
    event: existsEvent,
    expected: true,
  },
  {
    name: 'exists true does not match an event without the field (Operators: Exists matching, negative)',
    pattern: { detail: { state: [{ exists: true }] } },
    event: { ...existsEvent, detail: { 'c-count': { c1: 100 } } },
    expected: false,
  },
  {
    name: 'exists false matches an event without the field (Operators: Exists matching)',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: withDetail({ state: ['initializing', 'running'] }),
    expected: true,
  },
  {
    name: 'exists false matches when the field is an object, not a leaf (Operators: Exists matching)',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: withDetail({ state: ['initializing', 'running'], 'c-count': { c1: 100 } }),
    expected: true,
  },
  {
    name: 'exists false does not match an event with the field (Operators: Exists matching, negative)',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: rulerEvent,
    expected: false,
  },
  // --- Wildcard --------------------------------------------------------------------------------------
  {
    name: 'wildcard "*" matches any run of characters (Operators: Wildcard matching)',
    pattern: { detail: { FileName: [{ wildcard: 'dir/*.png' }] } },
    event: withDetail({ FileName: 'dir/screenshots/image.png' }),
    expected: true,
  },
  {
    name: 'wildcard literal parts must still match (Operators: Wildcard matching, negative)',
    pattern: { detail: { FileName: [{ wildcard: 'dir/*.png' }] } },
    event: withDetail({ FileName: 'other/image.png' }),
    expected: false,
  },
  {
    name: 'wildcard matches event bus ARNs in any account (Operators: Wildcard matching)',
    pattern: { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
    event: { ...rulerEvent, EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' },
    expected: true,
  },
  {
    name: 'wildcard in the middle matches zero or more characters (event-ruler: wildcard matching)',
    pattern: { source: [{ wildcard: 'Simple*Service' }] },
    event: { ...rulerEvent, source: 'SimpleService' },
    expected: true,
  },
  {
    name: 'an escaped asterisk in a wildcard matches only a literal asterisk (event-ruler: wildcard, negative)',
    pattern: { detail: { FileName: [{ wildcard: 'file\\*.txt' }] } },
    event: withDetail({ FileName: 'file1.txt' }),
    expected: false,
  },
  // --- $or -------------------------------------------------------------------------------------------
  {
    name: 'a leaf with several values matches either payment type (Operators: Or)',
    pattern: { detail: { PaymentType: ['Credit', 'Debit'] } },
    event: withDetail({ PaymentType: 'Debit' }),
    expected: true,
  },
  {
    name: '$or matches when any one of its sub-patterns matches (Operators: Or, multiple fields)',
    pattern: { detail: { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] } },
    event: withDetail({ Location: 'Boston', Day: 'Monday' }),
    expected: true,
  },
  {
    name: '$or fails when none of its sub-patterns matches (Operators: Or, multiple fields, negative)',
    pattern: { detail: { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] } },
    event: withDetail({ Location: 'Boston', Day: 'Tuesday' }),
    expected: false,
  },
  {
    name: '$or over numeric conditions matches when one holds (Operators: $or complex example)',
    pattern: orNumericPattern,
    event: withDetail({ 'c-count': 0, 'd-count': 0, 'x-limit': 9.018e2 }),
    expected: true,
  },
  {
    name: '$or over numeric conditions fails when none holds (Operators: $or complex example, negative)',
    pattern: orNumericPattern,
    event: withDetail({ 'c-count': 0, 'd-count': 10, 'x-limit': 9.018e2 }),
    expected: false,
  },
  {
    name: '$or combines with sibling fields by AND (event-ruler: normal "Or")',
    pattern: cloudWatchOrPattern,
    event: { ...rulerEvent, source: 'aws.cloudwatch', namespace: 'AWS/EC2' },
    expected: true,
  },
  {
    name: '$or cannot rescue a failing sibling field (event-ruler: normal "Or", negative)',
    pattern: cloudWatchOrPattern,
    event: { ...rulerEvent, source: 'aws.ec2', namespace: 'AWS/EC2' },
    expected: false,
  },
  {
    name: 'a nested $or applies inside an $or branch (event-ruler: nested "Or" and "And")',
    pattern: nestedOrPattern,
    event: { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/ES', spaceId: 1000 },
    expected: true,
  },
  {
    name: 'a nested $or branch needs all its fields (event-ruler: nested "Or" and "And", negative)',
    pattern: nestedOrPattern,
    event: { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/ES', spaceId: 1001 },
    expected: false,
  },
  // --- Complex ---------------------------------------------------------------------------------------
  {
    name: 'prefix, anything-but and numeric combine in one pattern (Operators: Complex example)',
    pattern: complexPattern,
    event: rulerEvent,
    expected: true,
  },
  {
    name: 'one failing operator fails the complex pattern (Operators: Complex example, negative)',
    pattern: complexPattern,
    event: withDetailFields({ 'x-limit': 300 }),
    expected: false,
  },
];

describe('matchesEventPattern', () => {
  it.each(rows)('$name', ({ pattern, event, expected }) => {
    expect(matchesEventPattern(pattern, event)).toBe(expected);
  });

  it.each(rows)('accepts the documented pattern as valid: $name', ({ pattern }) => {
    expect(() => assertValidEventPattern(pattern)).not.toThrow();
  });
});

describe('matchesEventPattern on cases the docs leave open', () => {
  const cases: Row[] = [
    {
      name: 'an empty event array behaves as a missing field for exists false',
      pattern: { resources: [{ exists: false }] },
      event: autoscalingEvent,
      expected: true,
    },
    {
      name: 'an empty event array behaves as a missing field for exists true',
      pattern: { resources: [{ exists: true }] },
      event: autoscalingEvent,
      expected: false,
    },
    {
      name: 'an empty event array is not matched by anything-but',
      pattern: { resources: [{ 'anything-but': 'x' }] },
      event: autoscalingEvent,
      expected: false,
    },
    {
      name: 'anything-but matches a null value',
      pattern: { detail: { responseElements: [{ 'anything-but': 'initializing' }] } },
      event: autoscalingEvent,
      expected: true,
    },
    {
      name: 'anything-but prefix matches a number, which has no prefix',
      pattern: { detail: { 'c-count': [{ 'anything-but': { prefix: 'init' } }] } },
      event: rulerEvent,
      expected: true,
    },
    {
      name: 'numeric does not match null',
      pattern: { detail: { responseElements: [{ numeric: ['>', 0] }] } },
      event: autoscalingEvent,
      expected: false,
    },
    {
      name: 'cidr does not match a number',
      pattern: { detail: { 'c-count': [{ cidr: '10.0.0.0/24' }] } },
      event: rulerEvent,
      expected: false,
    },
    {
      name: 'an escaped asterisk matches a literal asterisk',
      pattern: { detail: { FileName: [{ wildcard: 'file\\*.txt' }] } },
      event: withDetail({ FileName: 'file*.txt' }),
      expected: true,
    },
    {
      name: 'exists false on a path inside an array holds only if no element has the field',
      pattern: { employees: { middleName: [{ exists: false }] } },
      event: { employees: [{ firstName: 'Anna' }, { firstName: 'Peter', middleName: 'J' }] },
      expected: false,
    },
    {
      name: 'numbers compare numerically, so 3.018e2 equals 301.8',
      pattern: { detail: { 'x-limit': [301.8] } },
      event: withDetailFields({ 'x-limit': 3.018e2 }),
      expected: true,
    },
    {
      name: 'a number literal does not match the same digits as a string',
      pattern: { detail: { 'x-limit': [301.8] } },
      event: withDetailFields({ 'x-limit': '301.8' }),
      expected: false,
    },
    {
      name: 'cidr matches an IPv4-mapped IPv6 address only against an IPv6 block',
      pattern: { detail: { 'source-ip': [{ cidr: '::ffff:10.0.0.0/120' }] } },
      event: withDetailFields({ 'source-ip': '::ffff:10.0.0.33' }),
      expected: true,
    },
  ];

  it.each(cases)('$name', ({ pattern, event, expected }) => {
    expect(matchesEventPattern(pattern, event)).toBe(expected);
  });
});

describe('assertValidEventPattern', () => {
  const invalid: Array<{ name: string; pattern: unknown; message: string }> = [
    {
      name: 'rejects a pattern that is not an object',
      pattern: ['not', 'a', 'dict'],
      message: '<root>: an event pattern must be an object',
    },
    {
      name: 'rejects a leaf that is not an array',
      pattern: { detail: { state: 'running' } },
      message: 'detail.state: a pattern leaf must be an array',
    },
    {
      name: 'rejects a number where a leaf array belongs',
      pattern: { int: 42 },
      message: 'int: a pattern leaf must be an array',
    },
    {
      name: 'rejects an empty leaf array',
      pattern: { resources: [] },
      message: 'resources: a pattern leaf must not be empty',
    },
    {
      name: 'rejects an empty object',
      pattern: { detail: {} },
      message: 'detail: an object must not be empty',
    },
    {
      name: 'rejects a nested array as a leaf value',
      pattern: { detail: { state: [['running']] } },
      message:
        'detail.state: a pattern leaf may hold only strings, numbers, booleans, null and operator objects',
    },
    {
      name: 'rejects an unknown operator, since operator names are case-sensitive',
      pattern: { detail: { equal: [{ NUMERIC: ['=', 5] }] } },
      message: 'detail.equal: unknown operator "NUMERIC"',
    },
    {
      name: 'rejects an operator object with two keys',
      pattern: { detail: { FileName: [{ prefix: 'a', suffix: 'b' }] } },
      message: 'detail.FileName: an operator object must have exactly one key',
    },
    {
      name: 'rejects numeric with a non-number operand',
      pattern: { detail: { 'c-count': [{ numeric: ['>', '0'] }] } },
      message: 'detail.c-count: "numeric" value for ">" must be a number (got "0")',
    },
    {
      name: 'rejects numeric with a missing operand',
      pattern: { detail: { 'c-count': [{ numeric: ['>', 0, '<'] }] } },
      message: 'detail.c-count: "numeric" must be a non-empty array of operator/number pairs',
    },
    {
      name: 'rejects numeric with an unknown comparison',
      pattern: { detail: { 'c-count': [{ numeric: ['!=', 0] }] } },
      message: 'detail.c-count: "numeric" operator must be one of <, <=, =, >, >=',
    },
    {
      name: 'rejects numeric with two lower bounds',
      pattern: { detail: { 'c-count': [{ numeric: ['>', 0, '>', 0] }] } },
      message: 'detail.c-count: "numeric" may have only one lower bound',
    },
    {
      name: 'rejects numeric with an empty range',
      pattern: { detail: { 'c-count': [{ numeric: ['>', 5, '<', 1] }] } },
      message: 'detail.c-count: "numeric" lower bound must be below the upper bound',
    },
    {
      name: 'rejects $or that is not an array',
      pattern: { $or: { metricType: ['MetricType'] } },
      message: '$or: "$or" must be an array of at least 2 objects',
    },
    {
      name: 'rejects $or with a single sub-pattern',
      pattern: { detail: { $or: [{ Location: ['New York'] }] } },
      message: 'detail.$or: "$or" must be an array of at least 2 objects',
    },
    {
      name: 'rejects $or holding a non-object',
      pattern: { detail: { $or: [{ Location: ['New York'] }, 'Monday'] } },
      message: 'detail.$or: "$or" must be an array of at least 2 objects',
    },
    {
      name: 'names the $or branch of a malformed sub-pattern',
      pattern: { detail: { $or: [{ Location: ['New York'] }, { Day: 'Monday' }] } },
      message: 'detail.$or[1].Day: a pattern leaf must be an array',
    },
    {
      name: 'rejects exists that is not a boolean',
      pattern: { detail: { state: [{ exists: 'true' }] } },
      message: 'detail.state: "exists" must be true or false',
    },
    {
      name: 'rejects prefix with a number',
      pattern: { time: [{ prefix: 123 }] },
      message: 'time: "prefix" must be a string or { "equals-ignore-case": string }',
    },
    {
      name: 'rejects suffix with a list',
      pattern: { FileName: [{ suffix: ['.png'] }] },
      message: 'FileName: "suffix" must be a string or { "equals-ignore-case": string }',
    },
    {
      name: 'rejects equals-ignore-case with a list',
      pattern: { 'detail-type': [{ 'equals-ignore-case': ['ec2 instance state-change notification'] }] },
      message: 'detail-type: "equals-ignore-case" must be a string',
    },
    {
      name: 'rejects a wildcard with consecutive asterisks',
      pattern: { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:**:event-bus/*' }] },
      message: 'EventBusArn: "wildcard" consecutive wildcard characters are not allowed',
    },
    {
      name: 'rejects a wildcard escaping an ordinary character',
      pattern: { FileName: [{ wildcard: 'dir\\/*.png' }] },
      message: 'FileName: "wildcard" a backslash may only escape',
    },
    {
      name: 'rejects a cidr without a mask',
      pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0' }] } },
      message: 'detail.sourceIPAddress: malformed CIDR "10.0.0.0", exactly one "/" is required',
    },
    {
      name: 'rejects a cidr with a bad address',
      pattern: { detail: { sourceIPAddress: [{ cidr: 'xx.11.xx/24' }] } },
      message:
        'detail.sourceIPAddress: malformed CIDR "xx.11.xx/24", "xx.11.xx" is not an IPv4 or IPv6 address',
    },
    {
      name: 'rejects a cidr with too many mask bits',
      pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/33' }] } },
      message:
        'detail.sourceIPAddress: malformed CIDR "10.0.0.0/33", mask bits must be an integer from 0 to 32',
    },
    {
      name: 'rejects anything-but null',
      pattern: { detail: { state: [{ 'anything-but': null }] } },
      message: 'detail.state: "anything-but" must be a string, a number, a list',
    },
    {
      name: 'rejects anything-but with a mixed list',
      pattern: { detail: { state: [{ 'anything-but': ['stopped', 1] }] } },
      message: 'detail.state: "anything-but" list must be non-empty and hold only strings or only numbers',
    },
    {
      name: 'rejects anything-but prefix with equals-ignore-case inside',
      pattern: { detail: { FileName: [{ 'anything-but': { prefix: { 'equals-ignore-case': 'file' } } }] } },
      message: 'detail.FileName: "anything-but" "prefix" must be a string or a non-empty list of strings',
    },
    {
      name: 'rejects anything-but with an empty prefix',
      pattern: { detail: { state: [{ 'anything-but': { prefix: '' } }] } },
      message: 'detail.state: "anything-but" "prefix" must not be empty',
    },
    {
      name: 'rejects anything-but with an unknown nested operator',
      pattern: { detail: { state: [{ 'anything-but': { numeric: ['>', 1] } }] } },
      message: 'detail.state: "anything-but" object must have exactly one of prefix, suffix',
    },
  ];

  it.each(invalid)('$name', ({ pattern, message }) => {
    expect(() => assertValidEventPattern(pattern)).toThrow(message);
  });

  it('throws an InvalidEventPatternError carrying the path', () => {
    let caught: unknown;
    try {
      assertValidEventPattern({ detail: { state: 'running' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEventPatternError);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({
      name: 'InvalidEventPatternError',
      path: 'detail.state',
      message: 'detail.state: a pattern leaf must be an array',
    });
  });

  it('narrows an unknown value to an EventPattern', () => {
    const parsed: unknown = JSON.parse('{"source":["aws.ec2"],"detail":{"state":["terminated"]}}');
    assertValidEventPattern(parsed);
    expect(matchesEventPattern(parsed, ec2TerminatedEvent)).toBe(true);
  });
});
