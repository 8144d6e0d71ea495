using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Detection;

/// <summary>
/// Charged-current cross sections per nucleon on a target, per neutrino species, from the published flux files
/// (physics.md §7.2): in every bin the ratio of CC interactions to neutrinos through the face is σ·n_T of the upstream
/// detector, so σ(E_i) = CC_i/(N_i n_T) at the bin centre (this embeds the target nucleus and the upstream DIS model,
/// NNPDF-based, including the ν_τ threshold suppression). σ/E is interpolated linearly in log E between bin centres and
/// held constant beyond the first and last (bins with no neutrinos are skipped).
/// The files and their reference detector (FASERv for tungsten, FLArE for argon) are data: <see cref="CrossSectionSource"/>.
/// </summary>
public sealed class CrossSection
{
    readonly double[][] _logE = new double[6][], _sigmaOverE = new double[6][];
    /// <summary>The target material the cross sections are for (tungsten or argon).</summary>
    public TargetMaterial Target { get; }

    /// <summary>The published flux and CC-interaction files the cross sections are derived from.</summary>
    public IReadOnlyList<string> InputFiles { get; }

    /// <summary>Nucleons per cm² behind the published files of each target's reference detector.</summary>
    public static double ReferenceNucleonsPerCm2(TargetMaterial t) => CrossSectionSource.Of(t).NucleonsPerCm2;

    /// <summary>n_T = m/(u·A) [cm⁻²] for a target mass [t] spread over a face [m²].</summary>
    public static double NucleonsPerCm2(double massTonnes, double areaM2) => massTonnes * 1e3 / (Constants.AtomicMassUnitKg * areaM2) * Units.Cm2InM2;

    /// <summary>Derives σ per nucleon for every species from the target's reference flux and CC files in <paramref name="data"/>;
    /// throws <see cref="InputException"/> when a file is missing or altered.</summary>
    /// <param name="data">The data directory holding the published files.</param>
    /// <param name="target">Tungsten (FASERv files) or argon (FLArE files).</param>
    public CrossSection(DataDirectory data, TargetMaterial target)
    {
        Target = target;
        string folder = CrossSectionSource.Of(target).PublishedFolder;
        InputFiles = [.. FlavorExtensions.AllSpecies.SelectMany(s => new[] { PublishedFluxKind.ThroughFace, PublishedFluxKind.ChargedCurrentInteractions }
            .Select(k => PublishedFluxCatalog.Path(data.Root, folder, s, k)))];
        SecretNu.Data.DataIntegrity.RequirePresent(data.Root, InputFiles);
        var flux = PublishedFluxCatalog.LoadAll(data.Root, folder, PublishedFluxKind.ThroughFace);
        var cc = PublishedFluxCatalog.LoadAll(data.Root, folder, PublishedFluxKind.ChargedCurrentInteractions);
        SecretNu.Data.DataIntegrity.Require(data.Root, InputFiles); // a missing or altered file is an error, never a silent change
        double nT = ReferenceNucleonsPerCm2(target);
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            var logE = new List<double>();
            var se = new List<double>();
            var f = flux[(int)s];
            var c = cc[(int)s];
            for (int i = 0; i < f.Counts.Length; i++)
            {
                if (!(f.Counts[i] > 0) || !(c.Counts[i] > 0)) continue;
                double e = f.EnergyCentres[i];
                logE.Add(Math.Log10(e));
                se.Add(c.Counts[i] / (f.Counts[i] * nT) / e);
            }
            if (logE.Count < 2) throw new InputException($"{folder}: too few non-empty bins for {s.Name()} to derive a cross section");
            _logE[(int)s] = logE.ToArray();
            _sigmaOverE[(int)s] = se.ToArray();
        }
    }

    /// <summary>σ_CC per nucleon [cm²] at neutrino energy e [GeV].</summary>
    public double Sigma(NeutrinoSpecies s, double e) => SigmaOverE(s, e) * e;

    /// <summary>σ_CC/E per nucleon [cm²/GeV].</summary>
    public double SigmaOverE(NeutrinoSpecies s, double e)
    {
        return Numerics.PiecewiseLinear.Clamped(_logE[(int)s], _sigmaOverE[(int)s], Math.Log10(e));
    }
}
