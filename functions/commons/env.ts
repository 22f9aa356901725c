/** Reads a setting the stack (or the local runtime) must provide; fails at cold start, naming it, if absent. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
