// The companion on Azure (ADR 28): App Service (Linux, Node 22 LTS, run-from-package), a
// user-assigned identity, Key Vault (RBAC) holding every secret, PostgreSQL Flexible Server,
// and Application Insights. `az deployment group create -f infra/main.bicep` or `azd up`.
//
// The shared Brightpearl budget needs nothing here: it is a ledger in the companion's PostgreSQL
// database (ADR 20), so every instance spends from the same budget without Redis or a cache.
targetScope = 'resourceGroup'

@description('Short prefix for every resource name (letters and digits, 3 to 12).')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Region of every resource.')
param location string = resourceGroup().location

@description('App Service plan SKU: B1 for one instance, P1v3 (or larger) to scale out.')
@allowed(['B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3', 'P2v3'])
param appServiceSku string = 'B1'

@description('Instances of the companion. More than one needs PostgreSQL (always provisioned here).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Origin of the Kentico admin, e.g. https://shop.example.com (its browsers call the companion).')
param kenticoOrigin string

@description('Kentico bridge URL, e.g. https://shop.example.com/bpconnect/v1.')
param kenticoBridgeUrl string

@description('The Kentico extension InstallationId.')
param installationId string

@description('Brightpearl datacentre, scheme and host only, e.g. https://euw1.brightpearlconnect.com.')
param brightpearlBaseUrl string

@description('Brightpearl account code.')
param brightpearlAccountCode string

@description('Brightpearl app reference.')
param brightpearlAppRef string

@allowed(['account-token', 'oauth'])
param brightpearlAuthMode string = 'account-token'

@description('Brightpearl developer reference (oauth mode only).')
param brightpearlDevRef string = ''

@description('Public https URL of the companion; empty: the app default host name.')
param publicUrl string = ''

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'companionadmin'

@description('PostgreSQL administrator password (stored only as the database-url secret in Key Vault).')
@secure()
param postgresAdminPassword string

@description('Names of optional secret settings you have put in Key Vault, e.g. ALERT_SMTP_PASSWORD.')
param optionalSecretSettings array = []

@description('More plain app settings (LOG_LEVEL, ALERT_SMTP_HOST, ...); they override the defaults.')
param extraSettings object = {}

@description('Tags for every resource (azd adds azd-env-name).')
param tags object = {}

var names = {
  identity: '${namePrefix}-companion-id'
  vault: take('${namePrefix}kv${uniqueString(resourceGroup().id)}', 24)
  postgres: '${namePrefix}-companion-pg-${uniqueString(resourceGroup().id)}'
  plan: '${namePrefix}-companion-plan'
  webApp: '${namePrefix}-companion-${uniqueString(resourceGroup().id)}'
  workspace: '${namePrefix}-companion-logs'
  insights: '${namePrefix}-companion-ai'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: names.identity, location: location, tags: tags }
}

module vault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: names.vault
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: names.postgres
    location: location
    tags: tags
    adminLogin: postgresAdminLogin
    adminPassword: postgresAdminPassword
    vaultName: vault.outputs.name
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    insightsName: names.insights
    location: location
    tags: tags
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    planName: names.plan
    webAppName: names.webApp
    location: location
    tags: tags
    sku: appServiceSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    vaultUri: vault.outputs.uri
    databaseUrlSecretName: postgres.outputs.databaseUrlSecretName
    insightsConnectionString: monitoring.outputs.connectionString
    secretSettings: concat(
      ['KENTICO_SHARED_SECRET', 'ADMIN_TOKEN_SECRET', 'METRICS_TOKEN'],
      brightpearlAuthMode == 'oauth' ? ['TOKEN_ENCRYPTION_KEY'] : ['BRIGHTPEARL_ACCOUNT_TOKEN'],
      optionalSecretSettings
    )
    plainSettings: union(extraSettings, {
      PUBLIC_URL: empty(publicUrl) ? 'https://${names.webApp}.azurewebsites.net' : publicUrl
      ADMIN_ORIGIN: kenticoOrigin
      KENTICO_BRIDGE_URL: kenticoBridgeUrl
      INSTALLATION_ID: installationId
      BRIGHTPEARL_BASE_URL: brightpearlBaseUrl
      BRIGHTPEARL_ACCOUNT_CODE: brightpearlAccountCode
      BRIGHTPEARL_APP_REF: brightpearlAppRef
      BRIGHTPEARL_AUTH_MODE: brightpearlAuthMode
      BRIGHTPEARL_DEV_REF: brightpearlDevRef
    })
  }
}

output webAppName string = webApp.outputs.name
output publicUrl string = webApp.outputs.url
output keyVaultName string = vault.outputs.name
output postgresHost string = postgres.outputs.host
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
