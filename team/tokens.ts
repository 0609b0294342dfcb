import { jwtVerify, SignJWT } from 'jose';
import type { TeamUser } from './store';

const ISSUER = 'parley-team';

/** A signed token naming the user, valid for `ttlSeconds`. */
export async function issueToken(secret: Uint8Array, user: TeamUser, ttlSeconds: number) {
  const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
  const token = await new SignJWT({ name: user.name, email: user.email })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(secret);
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/** The user id a token names; throws for a bad signature, another issuer or an expired token. */
export async function verifyToken(secret: Uint8Array, token: string): Promise<string> {
  const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
  if (!payload.sub) throw new Error('The token names no user.');
  return payload.sub;
}
