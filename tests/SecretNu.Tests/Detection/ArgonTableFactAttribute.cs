using SecretNu.Detection;

namespace SecretNu.Tests.Detection;

/// <summary>
/// A fact that needs the third-party argon cross-section table (<see cref="ArgonCrossSectionSource"/>) in the test data
/// directory: skipped, with where to get the file, when it is not there (the table is data, never in this repository).
/// </summary>
public sealed class ArgonTableFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the table is absent.</summary>
    public ArgonTableFactAttribute()
    {
        if (!File.Exists(ArgonCrossSectionSource.Table.PathUnder(TestData.Directory)))
            Skip = "argon cross-section table not in the test data directory: " + ArgonCrossSectionSource.Table.HowToObtain;
    }
}
