using System.CommandLine;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Cli.Commands;

/// <summary>Options shared by <c>limit</c> and <c>reproduce</c>: masses, statistics choices, generator band.</summary>
public sealed class BoundOptions
{
    public readonly Option<string> Masses = new("--masses") { Description = "Masses LOW:HIGH:N (log-spaced) or a comma list, with units.", DefaultValueFactory = _ => "1keV:500MeV:61" };
    readonly Option<bool> _poisson = new("--poisson") { Description = "Poisson likelihood ratio in every bin (default: the paper's Gaussian for ≥ 20 events, Poisson below)." };
    readonly Option<bool> _varianceT = new("--variance-prediction") { Description = "Gaussian bins with variance T instead of the observed O." };
    readonly Option<bool> _commonPull = new("--common-pull") { Description = "One flux-normalisation pull for all samples (default: one per flavour sample)." };
    readonly Option<double> _norm = new("--normalisation-uncertainty") { Description = "Flux-normalisation uncertainty σ_α.", DefaultValueFactory = _ => 0.10 };
    readonly Option<bool> _tilt = new("--tilt") { Description = "Add a spectral-tilt nuisance (σ_β = 0.1 per decade around 1 TeV)." };
    readonly Option<string?> _samples = new("--samples") { Description = "Event samples by flavour, e.g. e,tau (default: the seed paper's choice per coupling)." };
    readonly Option<double?> _truth = new("--truth-coupling") { Description = "Asimov data from a Z′ with this coupling scale at each mass (default: the SM)." };
    public readonly Option<bool> NoBand = new("--no-band") { Description = "Skip the generator band (faster)." };
    readonly Option<string> _systematics = new("--systematics")
    {
        Description = "Statistical assumptions: paper (a 10 % normalisation pull per sample, the reference paper's) or realistic " +
            "(also each alternative generator as a ±1σ normalisation-and-shape template, and the card's [realistic] detector; docs/statistics.md).",
        DefaultValueFactory = _ => "paper",
    };
    readonly Option<double> _cl = new("--cl")
    {
        Description = "Confidence level of the bounds: 0.9 (Δχ² = 2.706, the paper's) or 0.95 (3.841), one parameter. Constraints from a " +
            "Gaussian measurement are restated at it; published limits keep their own CL (stated in every output).",
        DefaultValueFactory = _ => 0.9,
    };

    public void AddTo(Command c)
    {
        foreach (var o in new Option[] { Masses, _poisson, _varianceT, _commonPull, _norm, _tilt, _samples, _truth, NoBand, _cl, _systematics }) c.Add(o);
    }

    public StatisticsOptions Statistics(ParseResult p)
    {
        double sigma = p.GetValue(_norm);
        if (!(sigma > 0) || !double.IsFinite(sigma)) throw new InputException($"--normalisation-uncertainty {sigma} must be positive");
        return StatisticsOptions.Paper with
        {
            BinStatistic = p.GetValue(_poisson) ? BinStatisticMode.Poisson : BinStatisticMode.GaussianAbovePoissonBelow,
            GaussianVariance = p.GetValue(_varianceT) ? GaussianVariance.Predicted : GaussianVariance.Observed,
            PullGrouping = p.GetValue(_commonPull) ? PullGrouping.Common : PullGrouping.PerSample,
            NormalisationSigma = sigma,
            Tilt = p.GetValue(_tilt),
        };
    }

    /// <summary>--systematics paper|realistic (realistic profiles templates, with the tilt when asked; Gaussian variance = observed).</summary>
    public Scans.Systematics Systematics(ParseResult p)
    {
        var s = p.GetValue(_systematics) switch
        {
            "paper" => Scans.Systematics.Paper,
            "realistic" => Scans.Systematics.Realistic,
            var other => throw new InputException($"--systematics '{other}' must be paper or realistic"),
        };
        if (s == Scans.Systematics.Realistic && p.GetValue(_varianceT))
            throw new InputException("--systematics realistic profiles the generators' shape templates with variance = observed: it does not combine with --variance-prediction");
        return s;
    }

    /// <summary>The limit finder at the chosen CL: Δχ² = the χ²₁ quantile (2.70554 at 0.9, 3.84146 at 0.95).</summary>
    public LimitFinderOptions Finder(ParseResult p)
    {
        double cl = CommonOptions.ConfidenceLevel(p.GetValue(_cl));
        return new LimitFinderOptions { Threshold = cl == 0.9 ? Constants.DeltaChi2Cl90OneParameter : MathNet.Numerics.Distributions.ChiSquared.InvCDF(1, cl) };
    }

    public Flavor[]? Flavours(ParseResult p)
    {
        string? text = p.GetValue(_samples);
        if (text is null) return null;
        var list = new List<Flavor>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!FlavorExtensions.TryParse(part, out var f)) throw new InputException($"--samples: unknown flavour '{part}' (use e, mu, tau)");
            list.Add(f);
        }
        return list.Count == 0 ? null : list.Distinct().ToArray();
    }

    public double? Truth(ParseResult p)
    {
        double? t = p.GetValue(_truth);
        if (t is double v && !(v > 0 && double.IsFinite(v))) throw new InputException($"--truth-coupling {v} must be positive");
        if (t is double big && big > CouplingMatrix.MaximumCoupling)
            throw new InputException($"--truth-coupling {big:G4} is above {CouplingMatrix.MaximumCoupling:G3} (4π): not perturbative, SecretNu's O(g²) rates do not apply");
        if (t is double tiny && tiny < CouplingMatrix.MinimumCoupling)
            throw new InputException($"--truth-coupling {tiny:G4} is below {CouplingMatrix.MinimumCoupling:G1}: its rates underflow (the truth is then the SM; omit the option)");
        return t;
    }

    /// <summary>"etau" or "ee,etau" (one curve each), or "etau=1,ee=0.5" (one direction).</summary>
    public static IReadOnlyList<(string Label, CouplingMatrix Direction)> ParseCouplings(string text)
    {
        if (text.Contains('='))
        {
            var g = CommonOptions.ForFlag("--coupling", text, () => CouplingMatrix.Parse(text));
            if (g.IsZero) throw new InputException($"--coupling '{text}' has no non-zero entry");
            return [(text.Replace("=", "").Replace(",", "_"), g.Scale(1 / g.MaxEntry()))];
        }
        var list = new List<(string, CouplingMatrix)>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!CouplingMatrix.TryParseEntry(name, out var a, out var b))
                throw new InputException($"--coupling '{text}': unknown coupling name '{name}' (use ee, emu, etau, mumu, mutau, tautau, or a direction like etau=1,ee=0.5)");
            string label = CouplingMatrix.EntryName(a, b);
            if (list.Any(x => x.Item1 == label)) throw new InputException($"--coupling '{text}' names {label} twice");
            list.Add((label, CouplingMatrix.Single(a, b, 1)));
        }
        if (list.Count == 0) throw new InputException($"--coupling '{text}' names no coupling");
        return list;
    }
}
