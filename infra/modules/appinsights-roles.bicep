// Roles on Application Insights for one principal (Monitoring Metrics Publisher: Entra ID telemetry ingestion).
param applicationInsightsName string
param principalId string
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string
param roleDefinitionIds array

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for roleId in roleDefinitionIds: {
  name: guid(applicationInsights.id, principalId, roleId)
  scope: applicationInsights
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
  }
}]
