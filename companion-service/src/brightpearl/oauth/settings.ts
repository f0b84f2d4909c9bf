/** How the companion runs Brightpearl's OAuth authorization-code flow (reference §1.3). */
export interface BrightpearlOAuthSettings {
  /** Scheme and host of the authorize and token endpoints, e.g. https://oauth.brightpearlapp.com */
  oauthBaseUrl: string;
  /** The companion's callback, registered on the app: `{PUBLIC_URL}/oauth/brightpearl/callback`. */
  redirectUrl: string;
  /** Only for apps with confidential OAuth enabled. */
  clientSecret?: string;
  /** AES-256-GCM key (32 bytes) that seals the stored tokens. */
  encryptionKey: Buffer;
}
