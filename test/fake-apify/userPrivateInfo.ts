// GET /v2/users/me: a complete UserPrivateInfo, so the schema test covers every required field.

const FEATURES = ['ACTORS', 'STORAGE', 'SCHEDULER', 'PROXY', 'PROXY_EXTERNAL_ACCESS', 'PROXY_RESIDENTIAL', 'PROXY_SERPS', 'WEBHOOKS', 'ACTORS_PUBLIC_ALL', 'ACTORS_PUBLIC_DEVELOPER'];

export function userPrivateInfo(username: string, userId: string): Record<string, unknown> {
  const enabled = { isEnabled: true, disabledReason: null, disabledReasonType: null, isTrial: false, trialExpirationAt: null };
  const disabled = {
    isEnabled: false,
    disabledReason: 'The "Residential proxy" feature is not enabled for your account. Please upgrade your plan.',
    disabledReasonType: 'DISABLED',
    isTrial: false,
    trialExpirationAt: null,
  };
  return {
    id: userId,
    username,
    profile: { bio: null, name: 'Demo User', pictureUrl: null, githubUsername: null, websiteUrl: 'https://example.com', twitterUsername: null },
    email: `${username}@example.com`,
    proxy: { password: 'fake-proxy-password', groups: [{ name: 'SHADER', description: null, availableCount: 10 }] },
    plan: {
      id: 'FREE',
      description: 'Free plan for trying out the platform.',
      isEnabled: true,
      monthlyBasePriceUsd: 0,
      monthlyUsageCreditsUsd: 5,
      usageDiscountPercent: 0,
      enabledPlatformFeatures: ['ACTORS', 'STORAGE', 'SCHEDULER', 'PROXY', 'WEBHOOKS'],
      maxMonthlyUsageUsd: 5,
      maxActorMemoryGbytes: 8,
      maxMonthlyActorComputeUnits: 20,
      maxMonthlyResidentialProxyGbytes: 0,
      maxMonthlyProxySerps: 0,
      maxMonthlyExternalDataTransferGbytes: 20,
      maxActorCount: 100,
      maxActorTaskCount: 1000,
      dataRetentionDays: 7,
      availableProxyGroups: { SHADER: 10 },
      teamAccountSeatCount: 1,
      supportLevel: 'COMMUNITY',
      availableAddOns: [],
      tier: 'FREE',
      apiRateLimitBoosts: 0,
      maxScheduleCount: 100,
      maxConcurrentActorRuns: 25,
    },
    effectivePlatformFeatures: Object.fromEntries(FEATURES.map((name) => [name, name === 'PROXY_RESIDENTIAL' ? disabled : enabled])),
    createdAt: '2021-06-01T09:30:00.000Z',
    isPaying: false,
  };
}
