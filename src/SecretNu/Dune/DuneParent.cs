using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Dune;

/// <summary>The decaying parents of the DUNE beam whose spectra are reconstructed (K_L is not separated: its few
/// ν_e/ν̄_e are absorbed by the K± K_e3 and μ± components).</summary>
public enum DuneParent
{
    /// <summary>π⁺ → μ⁺ν_μ (and the 1.2e-4 e⁺ν_e line).</summary>
    PiPlus,
    /// <summary>π⁻ → μ⁻ν̄_μ.</summary>
    PiMinus,
    /// <summary>K⁺: μ⁺ν_μ (BR 0.6356), π⁰e⁺ν_e (K_e3, 0.0507), π⁰μ⁺ν_μ (K_μ3, 0.0335).</summary>
    KPlus,
    /// <summary>K⁻: the charge conjugates.</summary>
    KMinus,
    /// <summary>μ⁺ → e⁺ν_eν̄_μ (the "remainder" of the ν_e flux).</summary>
    MuPlus,
    /// <summary>μ⁻ → e⁻ν̄_eν_μ.</summary>
    MuMinus,
}

/// <summary>Masses and rest-frame neutrino spectra of the <see cref="DuneParent"/> values.</summary>
public static class DuneParentExtensions
{
    /// <summary>All six parents, in enum order.</summary>
    public static IReadOnlyList<DuneParent> All { get; } =
        [DuneParent.PiPlus, DuneParent.PiMinus, DuneParent.KPlus, DuneParent.KMinus, DuneParent.MuPlus, DuneParent.MuMinus];

    /// <summary>PDG id (μ⁺ is −13).</summary>
    public static int PdgId(this DuneParent p) => p switch
    {
        DuneParent.PiPlus => 211, DuneParent.PiMinus => -211, DuneParent.KPlus => 321, DuneParent.KMinus => -321,
        DuneParent.MuPlus => -13, _ => 13,
    };

    /// <summary>Mass [GeV] (PDG, <see cref="Constants"/>).</summary>
    public static double Mass(this DuneParent p) => p switch
    {
        DuneParent.PiPlus or DuneParent.PiMinus => Constants.PionMass,
        DuneParent.KPlus or DuneParent.KMinus => Constants.KaonMass,
        _ => Constants.MuonMass,
    };

    /// <summary>The charged meson of π± and K± (named by its positive state, as in <see cref="ChargedMeson"/>): the
    /// parents with an M → ℓνZ′ channel; null for μ±.</summary>
    public static ChargedMeson? Meson(this DuneParent p) => p switch
    {
        DuneParent.PiPlus or DuneParent.PiMinus => ChargedMeson.Pion,
        DuneParent.KPlus or DuneParent.KMinus => ChargedMeson.Kaon,
        _ => null,
    };

    /// <summary>True for π⁺, K⁺, μ⁺.</summary>
    public static bool IsPositive(this DuneParent p) => p is DuneParent.PiPlus or DuneParent.KPlus or DuneParent.MuPlus;

    /// <summary>Short name ("pi+", "K-", "mu+").</summary>
    public static string Name(this DuneParent p) => p switch
    {
        DuneParent.PiPlus => "pi+", DuneParent.PiMinus => "pi-", DuneParent.KPlus => "K+", DuneParent.KMinus => "K-",
        DuneParent.MuPlus => "mu+", _ => "mu-",
    };

    /// <summary>
    /// Largest rest-frame neutrino energy of any channel [GeV]: the μν line E*₀ = (m² − m_μ²)/(2m) for π and K (the
    /// K_e3 endpoint is lower), m_μ/2 for μ (electron massless). The parent grid is built on D × this energy.
    /// </summary>
    public static double ReferenceEnergy(this DuneParent p) => p switch
    {
        DuneParent.MuPlus or DuneParent.MuMinus => Constants.MuonMass / 2,
        _ => TwoBodyDecay.NeutrinoEnergy(p.Mass(), Constants.MuonMass),
    };

    /// <summary>
    /// Standard-Model rest-frame spectrum of <paramref name="species"/> per decay (isotropic): for π± and K± the
    /// library's <see cref="StandardModelSpectra"/> (two-body lines with PDG branching fractions, K_ℓ3 from
    /// <see cref="Kl3Decay"/>); for μ± the unpolarised <see cref="MichelSpectrum"/> shapes with E*_max = m_μ/2 (μ
    /// polarisation neglected: the μ spectrum is a fitted remainder, which absorbs its effect on the forward yield).
    /// </summary>
    public static RestFrameSpectrum RestFrame(this DuneParent p, NeutrinoSpecies species)
    {
        if (p is DuneParent.MuPlus or DuneParent.MuMinus)
        {
            // μ⁺ → e⁺ ν_e ν̄_μ: ν̄_μ carries the parent flavour, ν_e the daughter's; μ⁻ is the conjugate
            var parentFlavour = p == DuneParent.MuPlus ? NeutrinoSpecies.NuMuBar : NeutrinoSpecies.NuMu;
            var daughterFlavour = p == DuneParent.MuPlus ? NeutrinoSpecies.NuE : NeutrinoSpecies.NuEBar;
            return species == parentFlavour ? MuonSpectra.Value.ParentFlavour
                : species == daughterFlavour ? MuonSpectra.Value.DaughterFlavour
                : RestFrameSpectrum.Empty;
        }
        return StandardModelSpectra.ForParent(p.PdgId())[species];
    }

    static readonly Lazy<(RestFrameSpectrum ParentFlavour, RestFrameSpectrum DaughterFlavour)> MuonSpectra = new(() =>
    {
        double eMax = Constants.MuonMass / 2;
        return (RestFrameSpectrum.Continuum(ContinuousSpectrum.FromDensity(e => MichelSpectrum.ParentFlavour(e / eMax) / eMax, 0, eMax)),
                RestFrameSpectrum.Continuum(ContinuousSpectrum.FromDensity(e => MichelSpectrum.DaughterFlavour(e / eMax) / eMax, 0, eMax)));
    });
}
