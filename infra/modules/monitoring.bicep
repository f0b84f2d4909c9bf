// Workspace-based Application Insights. The companion sends traces and metrics to it through
// APPLICATIONINSIGHTS_CONNECTION_STRING (set on the web app); App Service logs go to the workspace.
param workspaceName string
param insightsName string
param location string
param tags object

@description('Days the workspace keeps logs.')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: workspace.id
  }
}

output connectionString string = insights.properties.ConnectionString
output workspaceId string = workspace.id
