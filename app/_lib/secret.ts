import { getServerConfig } from '@/db/config';

/** The server's secret for signing share tokens. */
export function getConfiguredSecret(): string {
  return getServerConfig().secret;
}
