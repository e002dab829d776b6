/**
 * The only web addresses RoleFlow hands to the system browser. Anything else a page tries to
 * open (a link in imported text, a crafted URL) is dropped: `shell.openExternal` on an
 * arbitrary URL can start any registered protocol handler on the user's machine.
 */
const ALLOWED_HOSTS = new Set(['roleflow.app', 'www.roleflow.app']);

/** True for https links to an allowed host, with no credentials and the default port. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    ALLOWED_HOSTS.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
