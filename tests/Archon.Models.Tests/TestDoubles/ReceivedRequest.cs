namespace Archon.Models.Tests.TestDoubles;

/// <summary>A request the test server received.</summary>
internal sealed record ReceivedRequest(string Body, string Authorization, DateTimeOffset At);
