// App Service plan and the companion's Linux web app: Node 22 LTS, run from the zipped artifact,
// Always On (the queue workers run between requests), health check on the open /healthz.
// Every secret is a Key Vault reference resolved with the user-assigned identity.
param planName string
param webAppName string
param location string
param tags object
param sku string
param instanceCount int
param identityId string
param identityClientId string
param vaultUri string
param databaseUrlSecretName string

@secure()
param insightsConnectionString string

@description('Settings whose values live in Key Vault; secret name = setting in kebab case.')
param secretSettings array

@description('Plain (non-secret) settings from main.bicep; they override the fixed ones below.')
param plainSettings object

var smallPlan = sku == 'B1'
var secretReference = '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/'

var fixedSettings = {
  HOST: '0.0.0.0'
  NODE_ENV: 'production'
  // App Service's front end is the one proxy in front of the app.
  TRUST_PROXY_HOPS: '1'
  MAPPING_FILE: '/home/site/wwwroot/mapping.example.json'
  WEBSITE_RUN_FROM_PACKAGE: '1'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  APPLICATIONINSIGHTS_CONNECTION_STRING: insightsConnectionString
  AZURE_CLIENT_ID: identityClientId
  DATABASE_URL: '${secretReference}${databaseUrlSecretName})'
  // B1 has 1.75 GB: keep the heap small (ADR 22); larger plans use Node's default.
  NODE_OPTIONS: smallPlan ? '--max-old-space-size=256' : ''
}

var plainAppSettings = map(items(union(fixedSettings, plainSettings)), item => {
  name: item.key
  value: item.value
})

var secretAppSettings = map(secretSettings, setting => {
  name: setting
  value: '${secretReference}${toLower(replace(setting, '_', '-'))})'
})

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  // azd finds the app to deploy the `companion` service to by this tag.
  tags: union(tags, { 'azd-service-name': 'companion' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node companion-service/dist/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: concat(plainAppSettings, secretAppSettings)
    }
  }
}

output name string = webApp.name
output url string = 'https://${webApp.properties.defaultHostName}'
