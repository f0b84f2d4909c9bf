// PostgreSQL Flexible Server 16 with the `companion` database. The connection string (with
// sslmode=require) goes straight into Key Vault as `database-url`: the password never becomes an
// app setting or a deployment output.
param name string
param location string
param tags object
param adminLogin string

@secure()
param adminPassword string

@description('Key Vault that receives the database-url secret.')
param vaultName string

@description('Burstable B1ms is enough for one shop; raise it with the instance count (max_connections).')
param skuName string = 'Standard_B1ms'

param skuTier string = 'Burstable'

var databaseName = 'companion'
var databaseUrlSecretName = 'database-url'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: skuName, tier: skuTier }
  properties: {
    version: '16'
    administratorLogin: adminLogin
    administratorLoginPassword: adminPassword
    authConfig: { passwordAuth: 'Enabled', activeDirectoryAuth: 'Disabled' }
    storage: { storageSizeGB: 32, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// 0.0.0.0 to 0.0.0.0 is Azure's "allow Azure services": App Service outbound addresses are shared
// and change with scaling. Use private networking instead where the plan allows it.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource databaseUrl 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: databaseUrlSecretName
  properties: {
    value: 'postgres://${adminLogin}:${uriComponent(adminPassword)}@${server.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=require'
  }
}

output host string = server.properties.fullyQualifiedDomainName
output databaseUrlSecretName string = databaseUrl.name
