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

    /// <summary>The exact build: <see cref="Version"/> and the module version id of this assembly, which a deterministic
    /// compiler derives from the compiled code. Every persistent cache entry is keyed by it (<see cref="CacheFile.Key"/>), so
    /// that a build from uncommitted changes (same commit, other code) never reads the entries of another build.</summary>
    public static string Build { get; } = $"{Version}; module {typeof(BuildInfo).Assembly.ManifestModule.ModuleVersionId}";

    /// <summary>The package version alone (without the commit).</summary>
    public static string PackageVersion => Version.Split('+')[0];
}
