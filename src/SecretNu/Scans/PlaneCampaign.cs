using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>What <c>secretnu plane</c> computes: two couplings (as flavour pairs with their labels), masses, the
/// confidence level, an optional Z′ truth, the acceptance and Z′ options.</summary>
public sealed record PlaneRequest(ExperimentCard Card, (string Label, Flavor A, Flavor B) First, (string Label, Flavor A, Flavor B) Second,
    IReadOnlyList<double> Masses, double ConfidenceLevel, CouplingMatrix? Truth, AcceptanceMode Mode, ZPrimeOptions Options)
{
    /// <summary>Δχ² of the contour: the χ²₂ quantile of <see cref="ConfidenceLevel"/>.</summary>
    public double Threshold => CouplingPlane.TwoParameterThreshold(ConfidenceLevel);
}

/// <summary>The contours of a <see cref="PlaneRequest"/> and what they were computed from.</summary>
public sealed record PlaneResult(PlaneRequest Request, IReadOnlyList<PlaneContour> Contours, IReadOnlyList<string> InputFiles, DataDirectory Data);

/// <summary>Runs a plane request: the card's default generators, one flux calculation, one contour per mass.</summary>
public static class PlaneCampaign
{
    /// <summary>Checks every input first (tables, cross-section files), then computes; progress(description, done, total).</summary>
    public static PlaneResult Run(DataDirectory data, PlaneRequest r, Action<string, int, int>? progress = null)
    {
        var setup = new FluxSetup(data, r.Card, FluxSettings.Default with { Mode = r.Mode });
        var crossSection = new CrossSection(data, r.Card.Target);
        setup.Model(setup.DefaultGenerators).LoadTables();
        progress?.Invoke("fluxes", 0, r.Masses.Count + 1);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, r.Mode, r.Options, AnalysisGrid.TrueEdges);
        var response = new DetectorResponse(r.Card, crossSection, includeExposureScale: false);
        var scan = new LimitScan();
        var contours = new List<PlaneContour>();
        for (int i = 0; i < r.Masses.Count; i++)
        {
            progress?.Invoke($"m_Z′ = {Units.FormatEnergy(r.Masses[i])}", i + 1, r.Masses.Count + 1);
            contours.Add(CouplingPlane.Run(calc, response, r.Card.ExposureScale, scan, (r.First.A, r.First.B), (r.Second.A, r.Second.B), r.Masses[i],
                StatisticsOptions.Paper, new LimitFinderOptions(), r.Threshold, r.Truth));
        }
        return new PlaneResult(r, contours, [.. calc.InputFiles, .. crossSection.InputFiles], data);
    }
}
