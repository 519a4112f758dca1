// Azure OpenAI with its model deployments. Local (key) auth is disabled: callers use Entra ID.
param name string
param location string
param tags object = {}
@description('Items: name, model { name, version }, sku { name, capacity }.')
param deployments array

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

// One at a time: the service rejects concurrent deployment changes on one account.
@batchSize(1)
resource modelDeployments 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = [for d in deployments: {
  parent: account
  name: d.name
  sku: {
    name: d.sku.name
    capacity: d.sku.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: d.model.name
      version: d.model.version
    }
  }
}]

output name string = account.name
output endpoint string = account.properties.endpoint
