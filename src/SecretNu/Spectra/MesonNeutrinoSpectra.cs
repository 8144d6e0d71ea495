using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>
/// Rest-frame neutrino spectra per decay of a charged meson M⁺ (or M⁻) in a Z′ model (physics.md §5.4), for each of
/// the six species, with the parts kept apart: the Standard-Model spectrum (<see cref="StandardModelSpectra"/>:
/// two-body lines, K_ℓ3, semileptonic charm, τ cascades), the primary ν of M → ℓ_α ν_β Z′, and the ν/ν̄ of
/// Z′ → νν̄ for a Z′ that decays (P_dec = 1); a Z′ that does not decay gives no neutrino. All parts are per meson
/// decay, i.e. divided by Γ_tot = Γ_M + Σ_α Γ₃(α) (the SM part is the measured-BR spectrum × Γ_M/Γ_tot).
/// Charge conjugation: for M⁻ every species is conjugated.
/// </summary>
public sealed class MesonNeutrinoSpectra
{
    /// <summary>The decaying meson (named by its positive state M⁺).</summary>
    public ChargedMeson Meson { get; }
    /// <summary>True for M⁻: every species is conjugated.</summary>
    public bool IsAntiparticle { get; }
    /// <summary>The Z′ model: mass [GeV] and coupling matrix.</summary>
    public ZPrimeModel Model { get; }
    /// <summary>Open three-body channels by charged-lepton flavour, with their unit spectra.</summary>
    public IReadOnlyList<ZPrimeChannelSpectra> Channels { get; }
    /// <summary>Σ_α Γ(M → ℓ_α ν Z′) in this model [GeV].</summary>
    public double NewWidth { get; }
    /// <summary>Γ_M + NewWidth [GeV].</summary>
    public double TotalWidth => Meson.Width + NewWidth;

    readonly RestFrameSpectrum[] _sm = new RestFrameSpectrum[6], _primary = new RestFrameSpectrum[6], _zdecay = new RestFrameSpectrum[6];

    /// <summary>The spectra of one meson in one Z′ model.</summary>
    /// <param name="meson">The decaying meson.</param>
    /// <param name="model">Z′ mass [GeV] and couplings.</param>
    /// <param name="antiparticle">True for M⁻ (species conjugated).</param>
    /// <param name="normalisation">Three-body rate normalisation, used when the channels are built here.</param>
    /// <param name="channels">Unit channel spectra at this mass (reuse across couplings); built if null.</param>
    /// <param name="standardModel">Options of the SM spectra; null: <see cref="StandardModelOptions.Default"/>.</param>
    public MesonNeutrinoSpectra(ChargedMeson meson, ZPrimeModel model, bool antiparticle = false,
        RateNormalisation normalisation = RateNormalisation.Derived, IEnumerable<ZPrimeChannelSpectra>? channels = null,
        StandardModelOptions? standardModel = null)
    {
        Meson = meson; Model = model; IsAntiparticle = antiparticle;
        var g = model.Couplings;
        var list = (channels ?? FlavorExtensions.AllFlavors
                .Select(ChargedLepton.Of)
                .Where(l => g.RowSumSquares(l.Flavor) > 0 && ZPrimeChannelSpectra.IsOpen(meson, l, model.Mass))
                .Select(l => new ZPrimeChannelSpectra(meson, l, model.Mass, normalisation)))
            .Where(c => c.Meson == meson && c.ZMass == model.Mass && g.RowSumSquares(c.Lepton.Flavor) > 0)
            .ToArray();
        Channels = list;
        NewWidth = list.Sum(c => c.WidthPerG2 * g.RowSumSquares(c.Lepton.Flavor));
        double norm = 1 / TotalWidth;
        var z = new ZPrimeDecay(model);

        var primary = new List<ContinuousSpectrum>[6];
        var zdec = new List<ContinuousSpectrum>[6];
        for (int s = 0; s < 6; s++) { primary[s] = []; zdec[s] = []; }

        // SM spectrum with measured branching fractions, depleted by Γ_M/Γ_tot
        var smSpectra = StandardModelSpectra.ForParent(meson.PdgId, standardModel);
        foreach (var species in FlavorExtensions.AllSpecies)
            _sm[Index(species)] = smSpectra[species].Scale(meson.Width * norm);

        foreach (var ch in list)
        {
            var a = ch.Lepton.Flavor;
            double channelPerDecay = ch.WidthPerG2 * norm; // × g_aβ² below
            foreach (var beta in FlavorExtensions.AllFlavors)
            {
                double gab = g[a, beta];
                if (gab == 0) continue;
                double brPrimary = channelPerDecay * gab * gab;
                primary[Index(beta.Neutrino())].Add(ch.Primary.Scale(brPrimary));
            }
            // every three-body decay makes one Z′; for P_dec = 1 it yields ν_c ν̄_d with BR g_cd²/Σg²
            double zPerDecay = channelPerDecay * g.RowSumSquares(a);
            foreach (var species in FlavorExtensions.AllSpecies)
            {
                double mult = z.Multiplicity(species);
                if (mult == 0) continue;
                var shape = species.IsAnti() ? ch.ZAntineutrino : ch.ZNeutrino;
                zdec[Index(species)].Add(shape.Spectrum.Scale(zPerDecay * mult));
            }
        }
        for (int s = 0; s < 6; s++)
        {
            _primary[s] = new RestFrameSpectrum(continua: primary[s]);
            _zdecay[s] = new RestFrameSpectrum(continua: zdec[s]);
        }
    }

    int Index(NeutrinoSpecies s) => (int)(IsAntiparticle ? s.Conjugate() : s);

    /// <summary>Standard-Model spectrum (per meson decay) of the species.</summary>
    public RestFrameSpectrum StandardModel(NeutrinoSpecies s) => _sm[(int)s];
    /// <summary>Primary neutrinos of M → ℓνZ′ (per meson decay).</summary>
    public RestFrameSpectrum Primary(NeutrinoSpecies s) => _primary[(int)s];
    /// <summary>Neutrinos from Z′ → νν̄ if every Z′ decays (per meson decay).</summary>
    public RestFrameSpectrum ZDecay(NeutrinoSpecies s) => _zdecay[(int)s];
    /// <summary>The whole spectrum for a uniform Z′ decay probability pDec ∈ [0, 1].</summary>
    public RestFrameSpectrum Total(NeutrinoSpecies s, double pDec) => _sm[(int)s] + _primary[(int)s] + _zdecay[(int)s].Scale(pDec);

}
