using SecretNu.Numerics;
using SecretNu.Spectra;

namespace SecretNu.Dune;

/// <summary>
/// The linear map from a parent energy spectrum to the neutrino flux at a distant on-axis detector (physics.md §6.1–6.3).
/// A parent of mass m and lab energy E_M flying along the axis towards the detector has Doppler factor
/// D = γ(1 + β) = (E_M + p_M)/m = e^η (η its rapidity); a neutrino emitted forward (θ = 0) with rest-frame energy E*
/// arrives with E = D E*, and for a rest-frame spectrum f(E*) per decay that is isotropic in the parent frame the lab
/// density at θ = 0 is d²N/(dE dΩ) = (D/4π) f(E/D) (physics.md eq. 6.1, from the invariance of d³p/E; its
/// E-integral is the solid-angle focusing D²/4π ≈ γ²/π). The detector's finite size, the spread of decay points along
/// the pipe and of parent directions are neglected (collinear on-axis emission; physics.md §6.2). By §6.3 the result
/// depends on the decay element only through D, so the reconstructed spectrum is exactly the D-distribution written
/// as an equivalent on-axis parent energy.
/// <para>
/// With W(E_M) the parent spectrum in the convention of <see cref="ParentSpectrum"/> (decays per POT per GeV, each
/// weighted by 1/(4πL²)), φ(E) = ∫ dE_M W(E_M) D f(E/D). For W constant on a parent bin [E_a, E_b] the average of φ
/// over a neutrino bin [E_lo, E_hi] is
/// (1/(E_hi − E_lo)) ∫ dE_M D² [C(E_hi/D) − C(E_lo/D)], C the rest-frame cumulative; with dE_M = m sinh η dη this is
/// integrated analytically for lines ((m/2)[D³/3 − D] between the D limits of the bin) and by Gauss–Legendre in η
/// (2 panels × 16 nodes per parent bin) for continua.
/// </para>
/// </summary>
public static class OnAxisResponse
{
    /// <summary>Doppler factor D = (E + p)/m of a parent of mass m [GeV] and energy E ≥ m [GeV] (1 at rest).</summary>
    public static double Doppler(double mass, double energy)
    {
        double p = Math.Sqrt(Math.Max(0, (energy - mass) * (energy + mass)));
        return (energy + p) / mass;
    }

    /// <summary>Parent energy [GeV] with Doppler factor D ≥ 1: E = m(D + 1/D)/2.</summary>
    public static double EnergyOfDoppler(double mass, double doppler) => 0.5 * mass * (doppler + 1 / doppler);

    /// <summary>Rapidity quadrature of the continua per parent bin for the parent fit and the SM folds: 2 panels of 16
    /// Gauss–Legendre nodes.</summary>
    public static readonly (int Panels, int Nodes) FitQuadrature = (2, 16);

    /// <summary>
    /// Response matrix R[i, j]: the flux averaged over neutrino bin i [ν cm⁻² POT⁻¹ GeV⁻¹] from a parent spectrum equal
    /// to 1 (per POT per GeV per cm², convention of <see cref="ParentSpectrum"/>) on parent bin j and 0 elsewhere.
    /// </summary>
    /// <param name="mass">Parent mass [GeV].</param>
    /// <param name="parentEdges">Parent energy bin edges [GeV], increasing, all ≥ mass.</param>
    /// <param name="restFrame">Rest-frame spectrum per decay (isotropic).</param>
    /// <param name="neutrinoEdges">Neutrino energy bin edges [GeV], increasing, ≥ 0.</param>
    /// <param name="quadrature">Gauss–Legendre panels and nodes per parent bin in rapidity for the continua (default
    /// <see cref="FitQuadrature"/>).</param>
    public static double[,] Matrix(double mass, IReadOnlyList<double> parentEdges, RestFrameSpectrum restFrame, IReadOnlyList<double> neutrinoEdges,
        (int Panels, int Nodes)? quadrature = null)
    {
        int nb = neutrinoEdges.Count - 1, np = parentEdges.Count - 1;
        if (nb < 1 || np < 1) throw new ArgumentException("need at least one bin on each side");
        if (parentEdges[0] < mass * (1 - 1e-12)) throw new ArgumentException($"parent edge {parentEdges[0]} GeV below the mass {mass} GeV");
        var r = new double[nb, np];
        var (panels, nodes) = quadrature ?? FitQuadrature;
        var rule = Quadrature.GaussLegendre(nodes);
        var cum = new double[nb + 1];
        var nuEdges = neutrinoEdges.ToArray();
        for (int j = 0; j < np; j++)
        {
            double etaA = Math.Log(Doppler(mass, Math.Max(mass, parentEdges[j]))), etaB = Math.Log(Doppler(mass, parentEdges[j + 1]));
            double dA = Math.Exp(etaA), dB = Math.Exp(etaB);
            foreach (var line in restFrame.Lines)
            {
                // bins hit by D E*₀ for D in [dA, dB]
                for (int i = 0; i < nb; i++)
                {
                    double lo = Math.Max(dA, neutrinoEdges[i] / line.Energy), hi = Math.Min(dB, neutrinoEdges[i + 1] / line.Energy);
                    if (hi <= lo) continue;
                    double integral = 0.5 * mass * (hi * hi * hi / 3 - hi - (lo * lo * lo / 3 - lo));
                    r[i, j] += line.Weight * integral / (neutrinoEdges[i + 1] - neutrinoEdges[i]);
                }
            }
            if (restFrame.Continua.Count == 0) continue;
            double h = (etaB - etaA) / panels;
            for (int k = 0; k < panels; k++)
            {
                double a = etaA + k * h;
                for (int q = 0; q < rule.Count; q++)
                {
                    double eta = a + 0.5 * h * (rule.Nodes[q] + 1);
                    double d = Math.Exp(eta);
                    double weight = 0.5 * h * rule.Weights[q] * d * d * mass * Math.Sinh(eta);
                    Array.Clear(cum);
                    foreach (var c in restFrame.Continua) c.AddCumulative(nuEdges, d, cum);
                    for (int i = 0; i < nb; i++)
                        r[i, j] += weight * (cum[i + 1] - cum[i]) / (neutrinoEdges[i + 1] - neutrinoEdges[i]);
                }
            }
        }
        return r;
    }
}
