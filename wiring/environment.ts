import { SETTINGS, type SettingName } from './settings.ts';
import {
  type AnyWiring,
  EVENT_BUS_ENV,
  type FunctionSpec,
  MAIL_CONFIGURATION_SET_ENV,
  MAIL_FROM_ENV,
} from './types.ts';

/** Where each named environment variable's value comes from. */
export type EnvironmentSource =
  | { readonly kind: 'table'; readonly table: string }
  | { readonly kind: 'queue'; readonly queue: string }
  | { readonly kind: 'bus' }
  | { readonly kind: 'mailFrom' }
  | { readonly kind: 'mailConfigurationSet' }
  | { readonly kind: 'setting'; readonly setting: SettingName };

/**
 * The environment variables a function needs, derived from what it uses (tables, queues it
 * sends to, the bus, email: its sender and configuration set) so that the stack and the local runtime set the same names.
 */
export function environmentOf(
  wiring: AnyWiring,
  fn: FunctionSpec<string, string>,
): Record<string, EnvironmentSource> {
  const env: Record<string, EnvironmentSource> = {};
  for (const table of Object.keys(fn.tables ?? {})) {
    const spec = wiring.tables[table];
    if (!spec) throw new Error(`function ${fn.entry} uses unknown table ${table}`);
    env[spec.envVar] = { kind: 'table', table };
  }
  for (const queue of Object.keys(fn.queues ?? {})) {
    const envVar = wiring.queues[queue]?.envVar;
    if (!envVar) throw new Error(`function ${fn.entry} sends to queue ${queue}, which declares no envVar`);
    env[envVar] = { kind: 'queue', queue };
  }
  if (fn.bus?.length) env[EVENT_BUS_ENV] = { kind: 'bus' };
  if (fn.email?.length) {
    env[MAIL_FROM_ENV] = { kind: 'mailFrom' };
    env[MAIL_CONFIGURATION_SET_ENV] = { kind: 'mailConfigurationSet' };
  }
  for (const setting of fn.settings ?? []) env[SETTINGS[setting].envVar] = { kind: 'setting', setting };
  return env;
}

/** Where one deployment (the AWS stacks, the local runtime) finds the value of each kind of source. */
export interface EnvironmentValues {
  table(logicalName: string): string;
  queueUrl(logicalName: string): string;
  readonly busName: string;
  readonly mailFrom: string;
  /** The SES configuration set every send names (the local SES stand-in ignores it). */
  readonly mailConfigurationSet: string;
  /** A deployment setting's value (its default unless the deployment overrides it). */
  setting(name: SettingName): string;
}

/** Settings resolved from overrides (CDK context, local options), falling back to their defaults. */
export const settingValues =
  (overrides: Partial<Record<string, string>> = {}) =>
  (name: SettingName): string =>
    overrides[name] ?? SETTINGS[name].default;

/** A function's environment variables with their values in one deployment. */
export function environmentFor(
  wiring: AnyWiring,
  fn: FunctionSpec<string, string>,
  values: EnvironmentValues,
): Record<string, string> {
  const resolve = (source: EnvironmentSource) => {
    switch (source.kind) {
      case 'table':
        return values.table(source.table);
      case 'queue':
        return values.queueUrl(source.queue);
      case 'bus':
        return values.busName;
      case 'mailFrom':
        return values.mailFrom;
      case 'mailConfigurationSet':
        return values.mailConfigurationSet;
      case 'setting':
        return values.setting(source.setting);
    }
  };
  return Object.fromEntries(
    Object.entries(environmentOf(wiring, fn)).map(([name, source]) => [name, resolve(source)]),
  );
}
