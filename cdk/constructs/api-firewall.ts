import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** A public route, as the firewall matches it. */
export interface FirewalledRoute {
  readonly method: string;
  /** API Gateway path, e.g. `/bookings` or `/bookings/{bookingId}`. */
  readonly path: string;
}

/** What the firewall protects and how hard. */
export interface ApiFirewallProps {
  /** The API stage the web ACL is associated with. */
  readonly stageArn: string;
  /** The stage name, the first path segment on the execute-api endpoint. */
  readonly stageName: string;
  /** Routes open to anyone: rate-limited per client IP, bodies capped. */
  readonly publicRoutes: readonly FirewalledRoute[];
  /** Requests per client IP per 5 minutes on the public routes (WAF allows 10 to 2,000,000,000). */
  readonly rateLimitPer5Minutes: number;
}

/** Largest request body the public routes accept: what WAF inspects of a body on API Gateway by default. */
export const MAX_PUBLIC_BODY_BYTES = 16 * 1024;

/** Seconds in WAF's rate-limit window (one of 60, 120, 300, 600). */
export const RATE_WINDOW_SECONDS = 300;

const escapeRegex = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');

/**
 * The URI paths WAF sees for a route: with or without the stage segment (execute-api endpoint,
 * or a custom domain), repeated or trailing slashes allowed, path parameters as any segment. Matched
 * after URL-decoding, so an encoded path cannot slip past.
 */
export function routePathPattern(path: string, stageName: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (/^\{\w+\+\}$/.test(segment)) return '.+';
      if (/^\{\w+\}$/.test(segment)) return '[^/]+';
      return escapeRegex(segment);
    });
  const route = segments.length === 0 ? '' : `/+${segments.join('/+')}`;
  return `^(/+${escapeRegex(stageName)})?${route}/*$`;
}

type Statement = CfnWebACL.StatementProperty;

const anyOf = (statements: Statement[]): Statement =>
  statements.length === 1 ? statements[0]! : { orStatement: { statements } };

const routeStatement = (route: FirewalledRoute, stageName: string): Statement => ({
  andStatement: {
    statements: [
      {
        byteMatchStatement: {
          fieldToMatch: { method: {} },
          positionalConstraint: 'EXACTLY',
          searchString: route.method,
          textTransformations: [{ priority: 0, type: 'NONE' }],
        },
      },
      {
        regexMatchStatement: {
          fieldToMatch: { uriPath: {} },
          regexString: routePathPattern(route.path, stageName),
          textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
        },
      },
    ],
  },
});

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const managedRuleGroup = (name: string, priority: number): CfnWebACL.RuleProperty => ({
  name: `AWS-${name}`,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  visibilityConfig: visibility(name),
});

/**
 * A regional AWS WAF web ACL on the API stage (in the stack's own region: nothing in us-east-1,
 * and no CloudFront in front that the execute-api endpoint could bypass). On the public routes:
 * - a rate-based rule per client IP (`rateLimitPer5Minutes`, counted over 5 minutes) answering
 *   429: the booking form cannot be used to send the council's email in bulk;
 * - bodies over 16 KB blocked with 413 (WAF sees the first 16 KB of a body on API Gateway, and
 *   treats a larger body as matching);
 * and on every route two AWS managed rule groups that do not inspect JSON fields as text (so a
 * school name or a note cannot trip them): the Amazon IP reputation list and known bad inputs
 * (Log4j, Java deserialization, exploitable paths). The core rule set is left out: its body size
 * rule blocks bodies over 8 KB (the form may send up to 16 KB) and its body rules read JSON as
 * text, where free-text fields can trip them.
 */
export class ApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    const limit = props.rateLimitPer5Minutes;
    if (!Number.isInteger(limit) || limit < 10 || limit > 2_000_000_000) {
      throw new Error(
        `publicRateLimitPer5Minutes must be a whole number from 10 to 2,000,000,000 (got ${limit})`,
      );
    }
    const rules: CfnWebACL.RuleProperty[] = [managedRuleGroup('AWSManagedRulesAmazonIpReputationList', 0)];
    if (props.publicRoutes.length > 0) {
      const publicRoutes = anyOf(props.publicRoutes.map((route) => routeStatement(route, props.stageName)));
      rules.push(
        {
          // First, so every request to a public route counts, blocked or not.
          name: 'PublicRoutesRatePerClientIp',
          priority: 1,
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'too-many-requests',
                responseHeaders: [{ name: 'retry-after', value: String(RATE_WINDOW_SECONDS) }],
              },
            },
          },
          statement: {
            rateBasedStatement: {
              limit,
              evaluationWindowSec: RATE_WINDOW_SECONDS,
              aggregateKeyType: 'IP',
              scopeDownStatement: publicRoutes,
            },
          },
          visibilityConfig: visibility('PublicRoutesRatePerClientIp'),
        },
        {
          name: 'PublicRoutesBodyOver16KB',
          priority: 2,
          action: {
            block: { customResponse: { responseCode: 413, customResponseBodyKey: 'payload-too-large' } },
          },
          statement: {
            andStatement: {
              statements: [
                publicRoutes,
                {
                  sizeConstraintStatement: {
                    fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
                    comparisonOperator: 'GT',
                    size: MAX_PUBLIC_BODY_BYTES,
                    textTransformations: [{ priority: 0, type: 'NONE' }],
                  },
                },
              ],
            },
          },
          visibilityConfig: visibility('PublicRoutesBodyOver16KB'),
        },
      );
    }
    rules.push(managedRuleGroup('AWSManagedRulesKnownBadInputsRuleSet', 3));

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      description: 'Education Directorate workflows API: per-client rate limit and body cap on public routes',
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      customResponseBodies: {
        'too-many-requests': {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: 'TooManyRequests',
            message: `at most ${limit} requests per ${RATE_WINDOW_SECONDS / 60} minutes from one address; try again later`,
          }),
        },
        'payload-too-large': {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: 'PayloadTooLarge',
            message: `the request body is over ${MAX_PUBLIC_BODY_BYTES / 1024} KB`,
          }),
        },
      },
      rules,
      visibilityConfig: visibility('EducationApi'),
    });
    new CfnWebACLAssociation(this, 'StageAssociation', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
