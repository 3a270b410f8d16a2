/**
 * The caller's IP address, for per-address rate limits: the first X-Forwarded-For entry when
 * TRUST_PROXY is set (the gateway sits behind a proxy that writes it), else the socket's peer.
 * The GraphQL context and the /api routes both use it, so a limit counts the same caller.
 */
export function clientAddress(
  forwardedFor: string | string[] | null | undefined,
  socketAddress: string | undefined,
): string {
  if (process.env.TRUST_PROXY) {
    const header = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
    const first = header?.split(',')[0]?.trim();
    if (first) return first;
  }
  return socketAddress ?? 'local';
}
