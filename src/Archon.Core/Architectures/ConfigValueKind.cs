namespace Archon.Core.Architectures;

/// <summary>The JSON value kind a config key expects.</summary>
internal enum ConfigValueKind
{
    String,
    Number,
    Integer,
    Boolean,
    Object,
}
