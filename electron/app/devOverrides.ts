/**
 * Environment overrides for development and the end-to-end tests: another data folder
 * (ROLEFLOW_USER_DATA) and the demo company as the first library (ROLEFLOW_SEED=sample).
 * A packaged build ignores them, so nobody can point an installed RoleFlow at another
 * folder or seed through its environment.
 */
export type DevOverrides = { userData: string | null; seed: 'sample' | 'starter' };

export function devOverrides(env: NodeJS.ProcessEnv, packaged: boolean): DevOverrides {
  if (packaged) return { userData: null, seed: 'starter' };
  return {
    userData: env.ROLEFLOW_USER_DATA || null,
    seed: env.ROLEFLOW_SEED === 'sample' ? 'sample' : 'starter',
  };
}
