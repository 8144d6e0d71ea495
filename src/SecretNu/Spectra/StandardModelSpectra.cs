using System.Collections.Concurrent;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>
/// Standard-Model neutrino spectra in the rest frame of a decaying hadron, computed from physics (no tables):
/// <list type="bullet">
/// <item>two-body lines P → ℓν with measured branching fractions (<see cref="LeptonicLines"/>);</item>
/// <item>K_ℓ3 from the PDG Dalitz density with measured form-factor slopes (<see cref="Kl3Decay"/>);</item>
/// <item>charm semileptonic decays from exclusive pole-dominance modes (<see cref="CharmSemileptonicModes"/>,
/// <see cref="SemileptonicHelicityDecay"/>), normalised to the inclusive yields of the data README §5.7;</item>
/// <item>D_s, D⁺ → τν followed by the polarised τ decay (<see cref="TauCascade"/>).</item>
/// </list>
/// Supported parents (PDG id): ±211, ±321, 130, 310, ±411, ±421, ±431, ±4122. Negative ids are the charge conjugates
/// (ν ↔ ν̄, identical spectra). Spectra are per parent decay, isotropic in the parent frame, in GeV.
/// Results are computed once per (parent, options) per process and cached; they are immutable.
/// </summary>
public static class StandardModelSpectra
{
    /// <summary>The supported parent ids.</summary>
    public static IReadOnlyList<int> Parents { get; } = [211, -211, 321, -321, 130, 310, 411, -411, 421, -421, 431, -431, 4122, -4122];

    static readonly ConcurrentDictionary<(StandardModelOptions, int), Lazy<IReadOnlyList<DecayChannel>>> ChannelCache = new();
    static readonly ConcurrentDictionary<(StandardModelOptions, int), Lazy<IReadOnlyDictionary<NeutrinoSpecies, RestFrameSpectrum>>> SpeciesCache = new();

    /// <summary>
    /// Rest-frame spectra per decay of the parent, one per neutrino species (all six keys present; absent species are
    /// <see cref="RestFrameSpectrum.Empty"/>).
    /// </summary>
    /// <param name="pdgId">Parent PDG id, one of <see cref="Parents"/>.</param>
    /// <param name="options">Model switches; null = <see cref="StandardModelOptions.Default"/>.</param>
    public static IReadOnlyDictionary<NeutrinoSpecies, RestFrameSpectrum> ForParent(int pdgId, StandardModelOptions? options = null)
    {
        options = Validate(pdgId, options);
        return SpeciesCache.GetOrAdd((options, pdgId), k => new(() => BySpecies(Channels(k.Item2, k.Item1)))).Value;
    }

    /// <summary>Per-channel breakdown (label, neutrinos per decay, species, spectrum) of the same spectra.</summary>
    /// <param name="pdgId">Parent PDG id, one of <see cref="Parents"/>.</param>
    /// <param name="options">Model switches; null = default.</param>
    public static IReadOnlyList<DecayChannel> Channels(int pdgId, StandardModelOptions? options = null)
    {
        options = Validate(pdgId, options);
        return ChannelCache.GetOrAdd((options, pdgId), k => new(() => k.Item2 > 0
            ? Build(k.Item2, k.Item1)
            : Channels(-k.Item2, k.Item1).Select(c => c.Conjugate()).ToArray())).Value;
    }

    static StandardModelOptions Validate(int pdgId, StandardModelOptions? options)
    {
        if (!Parents.Contains(pdgId))
            throw new ArgumentOutOfRangeException(nameof(pdgId), pdgId, "no Standard-Model spectrum for this parent");
        options ??= StandardModelOptions.Default;
        if (!(options.DsTauBranchingFraction is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.DsTauBranchingFraction, "BR(Ds → τν) must be in [0, 1]");
        return options;
    }

    static IReadOnlyDictionary<NeutrinoSpecies, RestFrameSpectrum> BySpecies(IReadOnlyList<DecayChannel> channels)
    {
        var d = new Dictionary<NeutrinoSpecies, RestFrameSpectrum>();
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            var parts = channels.Where(c => c.Species == s).Select(c => c.Spectrum).ToArray();
            d[s] = parts.Length == 0 ? RestFrameSpectrum.Empty
                : new RestFrameSpectrum(parts.SelectMany(p => p.Lines), parts.SelectMany(p => p.Continua));
        }
        return d;
    }

    static IReadOnlyList<DecayChannel> Build(int pdgId, StandardModelOptions o)
    {
        var list = new List<DecayChannel>(LeptonicLines.For(pdgId, o.DsTauBranchingFraction));
        switch (pdgId)
        {
            case 321:
                list.Add(Kl3("K+ -> pi0 e+ nu_e", Kl3Decay.Charged(Flavor.E), Constants.BrKaonE3, NeutrinoSpecies.NuE));
                list.Add(Kl3("K+ -> pi0 mu+ nu_mu", Kl3Decay.Charged(Flavor.Mu), Constants.BrKaonMu3, NeutrinoSpecies.NuMu));
                break;
            case 130 or 310:
            {
                string k = pdgId == 130 ? "K_L" : "K_S";
                double e3 = pdgId == 130 ? Constants.BrKLongE3 : Constants.BrKShortE3;
                double mu3 = pdgId == 130 ? Constants.BrKLongMu3 : Constants.BrKShortMu3;
                var e = Kl3($"{k} -> pi- e+ nu_e", Kl3Decay.Neutral(Flavor.E), e3 / 2, NeutrinoSpecies.NuE);
                var mu = Kl3($"{k} -> pi- mu+ nu_mu", Kl3Decay.Neutral(Flavor.Mu), mu3 / 2, NeutrinoSpecies.NuMu);
                list.Add(e);
                list.Add(e with { Name = $"{k} -> pi+ e- nubar_e", Species = NeutrinoSpecies.NuEBar });
                list.Add(mu);
                list.Add(mu with { Name = $"{k} -> pi+ mu- nubar_mu", Species = NeutrinoSpecies.NuMuBar });
                break;
            }
            case 411:
                list.AddRange(Charm("D+", 411, Constants.YieldDPlusNuE, Constants.YieldDPlusNuMu - Constants.BrDPlusMuNu));
                list.AddRange(TauCascade.Channels("D+", Constants.DPlusMass, Constants.BrDPlusTauNu, o.PolarisedTau, o.TauSecondaries));
                break;
            case 421:
                list.AddRange(Charm("D0", 421, Constants.YieldD0NuE, Constants.YieldD0NuMu));
                break;
            case 431:
                list.AddRange(Charm("Ds+", 431, Constants.YieldDsNuE, Constants.YieldDsNuMu - Constants.BrDsMuNu));
                list.AddRange(TauCascade.Channels("Ds+", Constants.DsMass, o.DsTauBranchingFraction, o.PolarisedTau, o.TauSecondaries));
                break;
            case 4122:
                list.AddRange(Charm("Lambda_c+", 4122, Constants.YieldLambdaCNuE, Constants.YieldLambdaCNuMu));
                break;
        }
        return list.Where(c => c.BranchingFraction > 0).ToArray();
    }

    static DecayChannel Kl3(string name, Kl3Decay decay, double br, NeutrinoSpecies species) =>
        new(name, br, species, RestFrameSpectrum.Continuum(SemileptonicDalitz.NeutrinoSpectrum(decay, br)));

    /// <summary>Inclusive semileptonic ν_e and ν_μ yields split over the exclusive modes (the two-body μν line, if
    /// any, already removed from <paramref name="nuMu"/>).</summary>
    static IEnumerable<DecayChannel> Charm(string parent, int pdgId, double nuE, double nuMu)
    {
        foreach (var (lepton, yield) in new[] { (ChargedLepton.Electron, nuE), (ChargedLepton.Muon, nuMu) })
        {
            var species = lepton.Flavor.Neutrino();
            foreach (var mode in CharmSemileptonicModes.For(pdgId))
            {
                double br = yield * mode.Share;
                var decay = new SemileptonicHelicityDecay(mode.Transition, lepton.Mass);
                yield return new DecayChannel($"{parent} -> {mode.Hadron} {lepton.Name}+ {species.Name()}", br, species,
                    RestFrameSpectrum.Continuum(SemileptonicDalitz.NeutrinoSpectrum(decay, br)));
            }
        }
    }
}
