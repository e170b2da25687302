/**
 * ROLEFIT_API_TOKEN as a request carries it: `Authorization: Bearer <token>` for programs, or HTTP basic auth with the
 * token as password (any user name) so that a browser can open the dashboard, whose page cannot send a bearer token.
 */
import { timingSafeEqual } from 'node:crypto';

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token an Authorization header carries, as a bearer token or as a basic-auth password. */
function tokenOf(authorization: string): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(authorization)?.[1];
  if (bearer !== undefined) return bearer;
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization)?.[1];
  if (basic === undefined) return undefined;
  const credentials = Buffer.from(basic, 'base64').toString('utf8');
  const colon = credentials.indexOf(':');
  return colon < 0 ? undefined : credentials.slice(colon + 1);
}

/** Whether a request's Authorization header holds the token; with no token set, every request may pass. */
export function carriesToken(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = tokenOf(authorization ?? '');
  return given !== undefined && sameToken(given, token);
}
