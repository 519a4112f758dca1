// Archon on Azure: a Flex Consumption Function App running the .NET isolated worker app with Durable Functions
// orchestrations, one Storage account (host storage, the Durable Task hub, the benchmark-request queue, results)
// reached with a user-assigned managed identity, Azure OpenAI with model deployments, and monitoring.
// No keys anywhere: every data-plane call is authorised by a role assignment below.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; seeds the resource token and tags every resource.')
param environmentName string

@minLength(1)
@description('Region of every resource (it must offer the Flex Consumption plan; see docs/deploy.md).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Region of the Azure OpenAI account; empty means the same as location.')
param openAiLocation string = ''

@description('Object id of the deploying user or principal; gets the same data roles as the app so local runs work against Azure. Empty skips them.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
@description('Kind of principalId.')
param principalType string = 'User'

@description('Model deployments: name, model { name, version }, sku { name, capacity } and the prices written into the model catalog (USD per million tokens).')
param openAiDeployments array = [
  {
    name: 'gpt-4o-mini'
    model: {
      name: 'gpt-4o-mini'
      version: '2024-07-18'
    }
    sku: {
      name: 'GlobalStandard'
      capacity: 30
    }
    inputPricePerMillion: json('0.15')
    outputPricePerMillion: json('0.6')
  }
  {
    name: 'gpt-4o'
    model: {
      name: 'gpt-4o'
      version: '2024-11-20'
    }
    sku: {
      name: 'GlobalStandard'
      capacity: 10
    }
    inputPricePerMillion: json('2.5')
    outputPricePerMillion: 10
  }
]

@description('NCRONTAB (six fields, UTC) of the timer that starts scheduled searches.')
param searchSchedule string = '0 0 3 * * *'

@minValue(1)
@description('Days the history of a completed orchestration is kept before the app purges it; results stay in blobs.')
param historyRetentionDays int = 7

@minValue(40)
@maxValue(1000)
@description('Flex Consumption: the most instances the app scales out to.')
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
@description('Flex Consumption: memory of one instance in MB.')
param instanceMemoryMB int = 2048

// The service name in azure.yaml; azd finds the Function App by this tag.
var serviceName = 'functions'
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var storageNames = loadJsonContent('storage-names.json')
var functionAppName = 'func-archon-${resourceToken}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
var openAiName = 'oai-archon-${resourceToken}'
var openAiEndpoint = 'https://${openAiName}.openai.azure.com/'

// The deployed model catalog: one Azure OpenAI entry per deployment, Entra ID auth, no keys.
// (A for-expression may only be a variable's whole value, hence two variables.)
var catalogModels = [for d in openAiDeployments: {
  name: d.name
  kind: 'azure-openai'
  endpoint: openAiEndpoint
  deployment: d.name
  auth: 'entra'
  inputPricePerMillion: d.inputPricePerMillion
  outputPricePerMillion: d.outputPricePerMillion
}]
var modelCatalog = {
  models: catalogModels
}

// Built-in role definitions (their ids are the same in every tenant). The storage roles are what the Functions
// host (blob leases, keys), the queue trigger and the Durable Task Azure Storage backend (queues for messages,
// tables for history and instances, blobs for leases and large messages) need; docs/deploy.md says which needs which.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  cognitiveServicesOpenAIUser: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}
var storageRoleIds = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-archon-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-archon-${resourceToken}'
    applicationInsightsName: 'appi-archon-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'starchon${resourceToken}'
    location: location
    tags: tags
    containerNames: [
      storageNames.container
      deploymentContainerName
    ]
    queueNames: storageNames.queues
    poisonSuffix: storageNames.poisonSuffix
  }
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  scope: rg
  params: {
    name: openAiName
    location: empty(openAiLocation) ? location : openAiLocation
    tags: tags
    deployments: openAiDeployments
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-archon-${resourceToken}'
    location: location
    tags: union(tags, {
      'azd-service-name': serviceName
    })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    modelCatalogJson: string(modelCatalog)
    searchSchedule: searchSchedule
    historyRetentionDays: historyRetentionDays
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

// The app's identity: every data-plane action it performs.
module appStorageRoles 'modules/storage-roles.bicep' = {
  name: 'app-storage-roles'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionIds: storageRoleIds
  }
}

module appOpenAiRoles 'modules/openai-roles.bicep' = {
  name: 'app-openai-roles'
  scope: rg
  params: {
    accountName: openAi.outputs.name
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionIds: [
      roles.cognitiveServicesOpenAIUser
    ]
  }
}

module appMonitoringRoles 'modules/appinsights-roles.bicep' = {
  name: 'app-monitoring-roles'
  scope: rg
  params: {
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionIds: [
      roles.monitoringMetricsPublisher
    ]
  }
}

// The deploying user: the same data roles, so results can be read and local runs can use the deployed resources.
module userStorageRoles 'modules/storage-roles.bicep' = if (!empty(principalId)) {
  name: 'user-storage-roles'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    principalId: principalId
    principalType: principalType
    roleDefinitionIds: storageRoleIds
  }
}

module userOpenAiRoles 'modules/openai-roles.bicep' = if (!empty(principalId)) {
  name: 'user-openai-roles'
  scope: rg
  params: {
    accountName: openAi.outputs.name
    principalId: principalId
    principalType: principalType
    roleDefinitionIds: [
      roles.cognitiveServicesOpenAIUser
    ]
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_OPENAI_ENDPOINT string = openAi.outputs.endpoint
output AZURE_OPENAI_DEPLOYMENTS string = join(map(openAiDeployments, d => d.name), ',')
output ARCHON_MODEL_CATALOG string = string(modelCatalog)
output ARCHON_SEARCH_SCHEDULE string = searchSchedule
output ARCHON_HISTORY_RETENTION_DAYS string = string(historyRetentionDays)
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_FUNCTIONS_IDENTITY_CLIENT_ID string = identity.outputs.clientId
