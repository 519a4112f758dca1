// Roles on the Azure OpenAI account for one principal.
param accountName string
param principalId string
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string
param roleDefinitionIds array

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: accountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for roleId in roleDefinitionIds: {
  name: guid(account.id, principalId, roleId)
  scope: account
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
  }
}]
