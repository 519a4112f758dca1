// The Function App on the Flex Consumption plan (Linux), running the Archon custom handler
// (functionAppConfig.runtime 'custom'; on Flex this replaces the FUNCTIONS_WORKER_RUNTIME app setting).
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
param maximumInstanceCount int
param instanceMemoryMB int

// Every setting the app and the Functions host read in Azure (names: src/Archon.Service/ServiceSettings.cs).
var appSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Archon__ModelCatalog: modelCatalogJson
  Archon__SearchSchedule: searchSchedule
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
      runtime: {
        name: 'custom'
        version: '1.0'
      }
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
