using System.Reflection;

namespace SecretNu;

/// <summary>The program version stamped into every output and printed by <c>secretnu --version</c>: the package version
/// (Directory.Build.props) followed by "+" and the git commit it was built from, when built from a git checkout.</summary>
public static class BuildInfo
{
    /// <summary>Full version: the assembly's informational version (package version + "+" + git commit when known), else the
    /// assembly version, else "unknown".</summary>
    public static string Version { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BuildInfo).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The package version alone (without the commit).</summary>
    public static string PackageVersion => Version.Split('+')[0];
}
