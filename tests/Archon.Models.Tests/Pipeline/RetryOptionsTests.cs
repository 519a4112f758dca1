using Archon.Models.Pipeline;

namespace Archon.Models.Tests.Pipeline;

public sealed class RetryOptionsTests
{
    // Each case: one setting out of range (the others at their defaults), and the rule the message must give.
    public static TheoryData<string, string> OutOfRange => new()
    {
        { "MaxRetries=-1", "must be from 0 to 20" },
        { "MaxRetries=21", "must be from 0 to 20" },
        { "AttemptTimeout=0", "must be from 1 ms to 1 hour" },
        { "AttemptTimeout=-5ms", "must be from 1 ms to 1 hour" },
        { "AttemptTimeout=2h", "must be from 1 ms to 1 hour" },
        { "BaseDelay=0", "must be from 1 ms to 60 s" },
        { "BaseDelay=61s", "must be from 1 ms to 60 s" },
        { "MaxDelay=500ms", "must be from BaseDelay to 1 hour" },
        { "MaxDelay=2h", "must be from BaseDelay to 1 hour" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_SettingOutOfRange_ThrowsNamingItAndTheRule(string setting, string rule)
    {
        var options = Options(setting);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(setting.Split('=')[0], ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultsAndTheCatalogsExtremes_Pass()
    {
        new RetryOptions().Validate();
        new RetryOptions { MaxRetries = 0, AttemptTimeout = TimeSpan.FromMilliseconds(1), BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) }.Validate();
        new RetryOptions { MaxRetries = 20, AttemptTimeout = TimeSpan.FromHours(1), BaseDelay = TimeSpan.FromSeconds(60), MaxDelay = TimeSpan.FromHours(1) }.Validate();
        new RetryOptions { AttemptTimeout = Timeout.InfiniteTimeSpan }.Validate();
    }

    private static RetryOptions Options(string setting) => setting switch
    {
        "MaxRetries=-1" => new RetryOptions { MaxRetries = -1 },
        "MaxRetries=21" => new RetryOptions { MaxRetries = 21 },
        "AttemptTimeout=0" => new RetryOptions { AttemptTimeout = TimeSpan.Zero },
        "AttemptTimeout=-5ms" => new RetryOptions { AttemptTimeout = TimeSpan.FromMilliseconds(-5) },
        "AttemptTimeout=2h" => new RetryOptions { AttemptTimeout = TimeSpan.FromHours(2) },
        "BaseDelay=0" => new RetryOptions { BaseDelay = TimeSpan.Zero },
        "BaseDelay=61s" => new RetryOptions { BaseDelay = TimeSpan.FromSeconds(61), MaxDelay = TimeSpan.FromSeconds(120) },
        "MaxDelay=500ms" => new RetryOptions { MaxDelay = TimeSpan.FromMilliseconds(500) },
        "MaxDelay=2h" => new RetryOptions { MaxDelay = TimeSpan.FromHours(2) },
        _ => throw new ArgumentException($"unknown case {setting}", nameof(setting)),
    };
}
