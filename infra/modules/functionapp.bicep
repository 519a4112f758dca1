// The Function App on the Flex Consumption plan (Linux): the .NET isolated worker app src/Archon.Functions,
// whose long work runs as Durable Functions orchestrations on the Durable Task Azure Storage backend
// (task hub 'archon', fixed in the app's host.json) in the app's own storage account.
// Storage, Azure OpenAI and telemetry are reached as the user-assigned identity; no setting holds a key.
param name string
param planName string
param location string
param tags object = {}
param identityId string
param identityClientId string
param storageAccountName string
@description('Blob endpoint of the storage account, ending in a slash.')
param storageBlobEndpoint string
param deploymentContainerName string
param applicationInsightsConnectionString string
@description('The model catalog as JSON (Azure OpenAI entries with Entra ID auth).')
param modelCatalogJson string
param searchSchedule string
@description('Days the history of a completed orchestration is kept before the app purges it (results stay in blobs).')
param historyRetentionDays int
param maximumInstanceCount int
param instanceMemoryMB int

// Flex Consumption sets the worker runtime here, not through FUNCTIONS_WORKER_RUNTIME (which it rejects as an
// app setting). The version is the .NET the app is built for (net10.0); Flex runs dotnet-isolated 8.0, 9.0 and 10.0.
var runtime = {
  name: 'dotnet-isolated'
  version: '10.0'
}

// Every setting the app and the Functions host read in Azure. The host, the queue trigger and the Durable Task
// Azure Storage backend all use the AzureWebJobsStorage connection: identity-based, so blob, queue and table
// endpoints derive from the account name and tokens come from the user-assigned identity.
var appSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Archon__ModelCatalog: modelCatalogJson
  Archon__SearchSchedule: searchSchedule
  Archon__HistoryRetentionDays: string(historyRetentionDays)
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: runtime
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
