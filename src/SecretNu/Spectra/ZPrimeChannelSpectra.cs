using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>Numerical resolution of the per-channel Z′ spectra (convergence study: docs/spectra.md,
/// bench/SecretNu.Bench/SpectraConvergenceStudy.cs).</summary>
/// <param name="Dalitz">Node counts of the Dalitz integrals behind the spectra.</param>
/// <param name="NodesPerDecade">Geometric tabulation nodes per decade of meson-frame neutrino energy.</param>
/// <param name="ZNodes">Nodes per E_Z′ panel for the Z′ → νν̄ folding.</param>
/// <param name="EndResolution">Closest node to the edges of each support, in units of its width.</param>
/// <param name="LinearNodes">Uniform nodes added over each support.</param>
public sealed record SpectrumResolution(DalitzQuadrature Dalitz, int NodesPerDecade, int ZNodes,
    double EndResolution = ContinuousSpectrum.DefaultEndResolution, int LinearNodes = EnergyNodes.MinimumLinearNodes)
{
    /// <summary>Worst cumulative difference from <see cref="Reference"/> 2.1e-5 of the total over every channel and
    /// m_Z′ from 1e-7 GeV to 0.995 of closure; totals within 1.9e-6 of 1 (docs/spectra.md has the study: the cheapest
    /// setting with a safety factor ≥ 3 under the budget of 1e-4).</summary>
    public static readonly SpectrumResolution Default = new(new DalitzQuadrature(32, 10), 6, 12, 1e-4, 32);
    /// <summary>The reference of the convergence study (docs/spectra.md): Dalitz 96 outer × 24 inner nodes, 64 nodes per
    /// decade, 48 Z′ nodes, end resolution 1e-7, 48 linear nodes.</summary>
    public static readonly SpectrumResolution Reference = new(new DalitzQuadrature(96, 24), 64, 48, 1e-7, 48);

    /// <summary>The metric of the convergence study (docs/spectra.md) and its test: the largest difference of the
    /// cumulatives of the primary ν, Z′ → ν and Z′ → ν̄ spectra of one channel at two resolutions, on 1500 log-spaced
    /// energies from 1e-6 of the Z′ → ν endpoint of <paramref name="reference"/> up to it (a fraction of the total).</summary>
    public static double LargestCumulativeDifference(ZPrimeChannelSpectra candidate, ZPrimeChannelSpectra reference)
    {
        double top = reference.ZNeutrino.Spectrum.Hi, worst = 0;
        for (int i = 0; i < 1500; i++)
        {
            double e = top * Math.Pow(10, -6 + 6.0 * i / 1499);
            worst = Math.Max(worst, Math.Abs(candidate.Primary.Cumulative(e) - reference.Primary.Cumulative(e)));
            worst = Math.Max(worst, Math.Abs(candidate.ZNeutrino.Spectrum.Cumulative(e) - reference.ZNeutrino.Spectrum.Cumulative(e)));
            worst = Math.Max(worst, Math.Abs(candidate.ZAntineutrino.Spectrum.Cumulative(e) - reference.ZAntineutrino.Spectrum.Cumulative(e)));
        }
        return worst;
    }
}

/// <summary>
/// The unit spectra of one channel M⁺ → ℓ_α⁺ ν Z′ at a fixed m_Z′ (physics.md §5), in the meson rest frame:
/// the primary neutrino per three-body decay, and the ν and ν̄ from Z′ → νν̄ per Z′ decay (helicity-weighted
/// angular distributions of §5.2 folded with dΓ_λ/dE_Z′, eq. 5.1, for P_dec = 1, with decay-length classes).
/// Flavours and couplings enter only later (<see cref="MesonNeutrinoSpectra"/>): every number here is per unit
/// Σ_β g_αβ². For M⁻ read ν ↔ ν̄.
/// </summary>
public sealed class ZPrimeChannelSpectra
{
    /// <summary>The decaying meson M⁺.</summary>
    public ChargedMeson Meson { get; }
    /// <summary>The charged lepton ℓ_α of the channel.</summary>
    public ChargedLepton Lepton { get; }
    /// <summary>Z′ mass [GeV], 0 &lt; m_Z′ &lt; m_M − m_ℓ.</summary>
    public double ZMass { get; }
    /// <summary>Three-body rate normalisation (derived or the seed's ×½).</summary>
    public RateNormalisation Normalisation { get; }
    /// <summary>Γ(M → ℓνZ′)/Σ_β g_αβ² [GeV], from the same E_Z′ nodes as the spectra.</summary>
    public double WidthPerG2 { get; }
    /// <summary>The width split by Z′ helicity [GeV per unit g²].</summary>
    public HelicityRates HelicityWidthsPerG2 { get; }
    /// <summary>Primary ν_β energy distribution, per three-body decay (integral 1).</summary>
    public ContinuousSpectrum Primary { get; }
    /// <summary>ν from Z′ → νν̄, per Z′ decay (integral 1), all Z′ decayed.</summary>
    public ZDecaySpectrum ZNeutrino { get; }
    /// <summary>ν̄ from Z′ → νν̄, per Z′ decay (integral 1), all Z′ decayed.</summary>
    public ZDecaySpectrum ZAntineutrino { get; }

    /// <summary>Computes the unit spectra of M⁺ → ℓ⁺νZ′; throws <see cref="KinematicsException"/> when the channel is closed.</summary>
    /// <param name="meson">The decaying meson.</param>
    /// <param name="lepton">The charged lepton ℓ_α.</param>
    /// <param name="zMass">Z′ mass [GeV].</param>
    /// <param name="normalisation">Three-body rate normalisation; default derived.</param>
    /// <param name="resolution">Numerical resolution; null: <see cref="SpectrumResolution.Default"/>.</param>
    public ZPrimeChannelSpectra(ChargedMeson meson, ChargedLepton lepton, double zMass,
        RateNormalisation normalisation = RateNormalisation.Derived, SpectrumResolution? resolution = null)
    {
        var res = resolution ?? SpectrumResolution.Default;
        var decay = new ThreeBodyDecay(meson, lepton, zMass, normalisation, res.Dalitz);
        Meson = meson; Lepton = lepton; ZMass = zMass; Normalisation = normalisation;

        // panels in E_Z′ and the helicity spectra dΓ_λ/dE_Z′ (order 3) at their Gauss–Legendre nodes, stored as
        // integrands in the panel variable t: F_λ(t) = dΓ_λ/dE_Z′ · |dE_Z′/dt|
        var panels = decay.ZEnergyPanels();
        var gl = Numerics.Quadrature.GaussLegendre(res.ZNodes);
        var f = new HelicityRates[panels.Count][];
        HelicityRates widths = default;
        for (int p = 0; p < panels.Count; p++)
        {
            f[p] = new HelicityRates[res.ZNodes];
            for (int i = 0; i < res.ZNodes; i++)
            {
                double t = gl.Nodes[i];
                f[p][i] = panels[p].Jacobian(t) * decay.ZSpectrum(panels[p].Energy(t));
                widths += gl.Weights[i] * f[p][i];
            }
        }
        // the normalisation uses the accurate total width (order 1), so the totals below are genuine checks
        WidthPerG2 = decay.Width();
        HelicityWidthsPerG2 = (WidthPerG2 / widths.Total) * widths;

        double inv = 1 / WidthPerG2;
        // the primary density vanishes like E_ν² at E_ν → 0, so the cumulative below 1e-4·E_max is < 1e-12
        Primary = ContinuousSpectrum.FromDensity(e => decay.NeutrinoSpectrum(e) * inv, 0, decay.NeutrinoEnergyMax, res.NodesPerDecade, 1e-4, res.EndResolution, res.LinearNodes);
        (ZNeutrino, ZAntineutrino) = ZDecayFold.Fold(panels, f, inv, zMass, decay.ZEnergyMax, res);
    }

    /// <summary>True when M⁺ → ℓ⁺νZ′ is kinematically open: 0 &lt; m_Z′ &lt; m_M − m_ℓ (m_Z′ [GeV]).</summary>
    public static bool IsOpen(ChargedMeson meson, ChargedLepton lepton, double zMass) => ThreeBodyDecay.IsOpen(meson, lepton, zMass);
}
