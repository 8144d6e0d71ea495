namespace SecretNu.Tests.Detection;

/// <summary>
/// A fact that needs the upstream argon table (etworcester/2017GLoBES xsec/xsec_cc.dat at b739f9f, not in this repository
/// nor in the data directory) at the path in <see cref="ArgonTableResampling.EnvironmentVariable"/>: skipped when that is
/// unset. Every other argon test runs from the embedded rows alone.
/// </summary>
public sealed class UpstreamArgonTableFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the upstream file is not given.</summary>
    public UpstreamArgonTableFactAttribute()
    {
        if (ArgonTableResampling.Path is null)
            Skip = $"set {ArgonTableResampling.EnvironmentVariable} to a copy of " + SecretNu.Detection.ArgonCrossSectionSource.Table.UpstreamLocation;
    }
}
