using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>
/// The existing bounds drawn on the bound figures (physics.md §9), for a coupling direction ĝ (bounds on the scale g):
/// <list type="bullet">
/// <item>PIENU (R_π): ε_π Γ(π → eνZ′)/Γ(π → μν) &lt; 3.0e-7, ε_π = fraction with E_e > 52 MeV (PIENU's positron
/// cut), from our dΓ/dE_e.</item>
/// <item>NA62 (R_K): ε_K Γ(K → eνZ′)/Γ(K → μν) &lt; 2.4e-7, ε_K = fraction with missing mass² (p_K − p_e)² &lt; 0.01 GeV²,
/// from our dΓ/dE_e.</item>
/// <item>E949 (K → μ + invisible): BR(K → μνZ′) &lt; 2.4e-6 with full acceptance (the search used a restricted muon
/// momentum window: this is the most sensitive reading).</item>
/// <item>Z invisible width: g ≲ 0.03, quoted (no longitudinal enhancement for Z → νν̄Z′).</item>
/// <item>BBN: quoted values of arXiv:1712.04792 at 0.1 keV and 1 MeV, log-interpolated, up to 2 MeV.</item>
/// </list>
/// The Γ(π, K → μν) are the measured ones (PDG BR × Γ_M).
/// </summary>
public static class ExistingBounds
{
    public static IReadOnlyList<ExistingBound> For(CouplingMatrix direction, IReadOnlyList<double> masses, RateNormalisation normalisation = RateNormalisation.Derived)
    {
        var list = new List<ExistingBound>();
        double e = direction.RowSumSquares(Flavor.E), mu = direction.RowSumSquares(Flavor.Mu);
        if (e > 0)
        {
            list.Add(Compute("PIENU (R_π)", "arXiv:1506.05845", "ε_π from E_e > 52 MeV", masses, m =>
            {
                if (!ThreeBodyDecay.IsOpen(ChargedMeson.Pion, ChargedLepton.Electron, m)) return double.NaN;
                var d = new ThreeBodyDecay(ChargedMeson.Pion, ChargedLepton.Electron, m, normalisation);
                double accepted = LeptonSpectrumAbove(d, Constants.PienuPositronEnergyCut);
                double muNu = Constants.BrPionMuNu * ChargedMeson.Pion.Width;
                return Math.Sqrt(Constants.PienuAllowedExcess * muNu / (e * accepted));
            }));
            list.Add(Compute("NA62 (R_K)", "arXiv:1212.4012", "ε_K from (p_K − p_e)² < 0.01 GeV²", masses, m =>
            {
                if (!ThreeBodyDecay.IsOpen(ChargedMeson.Kaon, ChargedLepton.Electron, m)) return double.NaN;
                var d = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Electron, m, normalisation);
                double mk = ChargedMeson.Kaon.Mass, me = Constants.ElectronMass;
                double cut = (mk * mk + me * me - Constants.Na62MissingMass2Cut) / (2 * mk);
                double accepted = LeptonSpectrumAbove(d, cut);
                double muNu = Constants.BrKaonMuNu * ChargedMeson.Kaon.Width;
                return accepted > 0 ? Math.Sqrt(Constants.Na62AllowedExcess * muNu / (e * accepted)) : double.NaN;
            }));
        }
        if (mu > 0)
            list.Add(Compute("K → μ + inv. (E949)", "arXiv:1606.09054", "full acceptance", masses, m =>
            {
                if (!ThreeBodyDecay.IsOpen(ChargedMeson.Kaon, ChargedLepton.Muon, m)) return double.NaN;
                var d = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Muon, m, normalisation);
                return Math.Sqrt(Constants.E949MuInvisibleLimit * ChargedMeson.Kaon.Width / (mu * d.Width()));
            }));
        list.Add(new ExistingBound("Z → invisible", "arXiv:1304.3460", "quoted, mass independent", false,
            masses, masses.Select(_ => Constants.ZInvisibleCoupling).ToArray()));
        var bbnMasses = masses.Where(m => m <= 2e-3).ToArray();
        list.Add(new ExistingBound("BBN", "arXiv:1712.04792", "quoted at 0.1 keV and 1 MeV (95 % CL), log-interpolated, to 2 MeV", false,
            bbnMasses, bbnMasses.Select(Bbn).ToArray()));
        return list;
    }

    /// <summary>BBN: log-linear between (1e-7 GeV, 8e-6) and (1e-3 GeV, 6e-10), flat below 1e-7 GeV and above 1 MeV.</summary>
    public static double Bbn(double mass)
    {
        double x = Math.Clamp((Math.Log10(mass) + 7) / 4, 0, 1);
        return Math.Pow(10, Math.Log10(Constants.BbnCouplingAt100eV) + x * (Math.Log10(Constants.BbnCouplingAt1MeV) - Math.Log10(Constants.BbnCouplingAt100eV)));
    }

    static ExistingBound Compute(string name, string source, string method, IReadOnlyList<double> masses, Func<double, double> bound)
    {
        var ms = new List<double>();
        var gs = new List<double>();
        foreach (double m in masses)
        {
            double g = bound(m);
            if (double.IsFinite(g) && g > 0) { ms.Add(m); gs.Add(g); }
        }
        return new ExistingBound(name, source, method, true, ms, gs);
    }

    /// <summary>Γ(E_ℓ > cut) per |g|² [GeV], by Gauss–Legendre over the lepton spectrum.</summary>
    static double LeptonSpectrumAbove(ThreeBodyDecay d, double cut)
    {
        double lo = Math.Max(cut, d.LeptonEnergyMin), hi = d.LeptonEnergyMax;
        if (!(hi > lo)) return 0;
        return Numerics.Quadrature.CosineMapped(64).Integrate(d.LeptonSpectrum, lo, hi);
    }
}
