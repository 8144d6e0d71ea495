using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Measurements;

/// <summary>What an observed-data scan computes: one card with a measurement, one coupling direction, the masses.</summary>
/// <param name="Card">The experiment card; it must name a measurement.</param>
/// <param name="Coupling">Label of the direction, e.g. "mutau".</param>
/// <param name="Direction">Coupling direction ĝ (g = scale·ĝ).</param>
/// <param name="Masses">m_Z′ values [GeV], increasing.</param>
/// <param name="Finder">Its threshold and confidence level are used (the scan runs to <see cref="ObservedScan.Cap"/>).</param>
/// <param name="Toys">SM pseudo-data sets per mass for the expected band (0: none).</param>
/// <param name="Options">Z′ options.</param>
public sealed record ObservedRequest(ExperimentCard Card, string Coupling, CouplingMatrix Direction, IReadOnlyList<double> Masses,
    LimitFinderOptions Finder, int Toys, ZPrimeOptions Options);

/// <summary>The result: the analysis (prediction, nuisances, data), a point per mass, and the SM fit per generator choice.</summary>
/// <param name="Request">The request.</param>
/// <param name="Analysis">The likelihood and prediction used.</param>
/// <param name="Points">One per mass, in mass order.</param>
/// <param name="StandardModelFits">χ², degrees of freedom and p-value of the SM alone, for the default generators and each alternative taken as the nominal.</param>
public sealed record ObservedResult(ObservedRequest Request, ObservedAnalysis Analysis, IReadOnlyList<ObservedPoint> Points,
    IReadOnlyList<(GeneratorChoice Generators, double Chi2, int Dof, double PValue)> StandardModelFits);

/// <summary>Runs an <see cref="ObservedAnalysis"/> over masses (in parallel; each point is independent and seeded by its mass).</summary>
public static class ObservedScan
{
    /// <summary>Largest coupling scale scanned with observed data: 4π, the perturbative limit the tool accepts for couplings.
    /// Bounds above 1 are reported so that a curve closes at the kinematic limit; they are not perturbative.</summary>
    public const double Cap = 4 * Math.PI;

    /// <summary>Computes the observed and expected bounds of <paramref name="request"/>.</summary>
    public static ObservedResult Run(DataDirectory data, ObservedRequest request, Action<int, int>? progress = null)
    {
        var analysis = new ObservedAnalysis(data, request.Card, request.Options);
        var points = new ObservedPoint[request.Masses.Count];
        int done = 0;
        Parallel.For(0, points.Length, Parallelism.Options, i =>
        {
            double m = request.Masses[i];
            points[i] = ZPrimeFluxModel.BuildChannels(m, request.Direction, request.Options.Normalisation).Count == 0
                ? Closed(m)
                : analysis.At(m, request.Direction, request.Finder.Threshold, Cap, request.Toys);
            progress?.Invoke(Interlocked.Increment(ref done), points.Length);
        });
        var fits = analysis.StandardModels.Select(m =>
        {
            var (chi2, dof, p) = analysis.StandardModelFit(m.Signal);
            return (m.Generators, chi2, dof, p);
        }).ToArray();
        return new ObservedResult(request, analysis, points, fits);
    }

    static ObservedPoint Closed(double mass)
    {
        var none = new Exclusion(null, [], "no open channel");
        return new ObservedPoint(mass, none, none, 0, 0);
    }
}
