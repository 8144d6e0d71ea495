using System.Text;
using SecretNu.Bounds;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Tests.Bounds;

public class ExistingBoundsTests
{
    static double At(string id, string direction, double mass) =>
        ConstraintEvaluator.Bound(ConstraintCatalog.Get(id), CouplingMatrix.Parse(direction), mass);

    [Fact]
    public void E949BoundAtTenMeVWithFullAcceptance()
    {
        // physics.md §9: g < √(2.4e-6/(BR/g²)), e.g. 5.1e-4 at 10 MeV (full acceptance)
        Assert.Equal(5.1e-4, At("e949-mununu", "mutau=1", 0.01), 0.05e-4);
        // NA62's 1.0e-6 is 2.4× stronger in BR, so √2.4 in g
        Assert.Equal(Math.Sqrt(2.4), At("e949-mununu", "mutau=1", 0.01) / At("na62-mununu", "mutau=1", 0.01), 1e-9);
    }

    [Fact]
    public void BranchingLimitsAgreeWithTheSmallMassClosedForms()
    {
        // physics.md §9: at M = 1 MeV, Γ(π → eνZ′)/Γ(π → μν) = 48.1 g² and Γ(K → eνZ′)/Γ(K → μν) = 1512 g² (3 digits)
        Assert.Equal(Math.Sqrt(1.6e-7 / 48.1), At("pienu-enununu", "ee=1", 1e-3), 0.003 * Math.Sqrt(1.6e-7 / 48.1));
        double kE = 1512 * Constants.BrKaonMuNu; // Γ₃/Γ_K per g²
        Assert.Equal(Math.Sqrt(6e-5 / kE), At("k-enununu", "ee=1", 1e-3), 0.003 * Math.Sqrt(6e-5 / kE));
        // physics.md §10.6: M²Γ/g² at M = 1e-6 GeV, K → μνZ′: 4.83236e-20 GeV³ (1e-6); BR limits over Γ_K
        double kMu = 4.83236e-20 / 1e-12 / ChargedMeson.Kaon.Width;
        Assert.Equal(Math.Sqrt(1.0e-6 / kMu), At("na62-mununu", "mutau=1", 1e-6), 1e-5 * Math.Sqrt(1.0e-6 / kMu));
        Assert.Equal(Math.Sqrt(2.4e-6 / kMu), At("e949-mununu", "mutau=1", 1e-6), 1e-5 * Math.Sqrt(2.4e-6 / kMu));
    }

    [Fact]
    public void WUniversalityFollowsTheGoldstoneLimit()
    {
        // small M: Σ_b Γ(W → ℓ_a ν_b Z′)/Γ(W → ℓ_a ν) = 3 m_W²/(256 π² M²) per (gg†)_aa (Goldstone equivalence; the helper's
        // LeptonUniversality tests check it against the full matrix element). g_eτ moves W → τν but not W → μν:
        // g² · 3 m_W²/(256π²M²) < −0.008 + 1.2816 · 0.013 (ATLAS τ/μ = 0.992 ± 0.013)
        double m = 1e-3, allowed = -0.008 + 1.2816 * 0.013;
        double expected = Math.Sqrt(allowed * 256 * Math.PI * Math.PI * m * m / (3 * Constants.WMass * Constants.WMass));
        Assert.Equal(expected, At("w-tau-mu", "etau=1", m), 0.002 * expected);
        // g_eμ raises W → eν and W → μν alike: μ/e does not see it, τ/μ does (the other sign)
        Assert.True(double.IsPositiveInfinity(At("w-mu-e", "emu=1", m)));
    }

    [Fact]
    public void AtAnotherClOnlyGaussianMeasurementsAreRestated()
    {
        var at95 = ConstraintCatalog.AtCl(0.95);
        var z = at95.Single(c => c.Id == "z-invisible");
        Assert.Equal(0.95, z.Cl);
        // N_ν − 3 + z σ with z = 1.6449 instead of 1.2816
        double ratio = Math.Sqrt((2.9963 - 3 + 1.64485 * 0.0074) / (2.9963 - 3 + 1.28155 * 0.0074));
        var d = CouplingMatrix.Parse("etau=1");
        Assert.Equal(ratio, ConstraintEvaluator.Bound(z, d, 0.1) / ConstraintEvaluator.Bound(ConstraintCatalog.Get("z-invisible"), d, 0.1), 1e-4);
        Assert.Equal(0.9, at95.Single(c => c.Id == "na62-mununu").Cl);   // a published 90 % CL limit stays as published
        Assert.Equal(0.95, at95.Single(c => c.Id == "bbn").Cl);
        Assert.Same(ConstraintCatalog.All, ConstraintCatalog.AtCl(0.9));
    }

    [Fact]
    public void AllowedExcessesReproducePhysicsMd()
    {
        // physics.md §9: R_exp − R_SM + 1.28 σ_tot = 3.0e-7 (PIENU) and 2.4e-7 (NA62), two digits
        Assert.Equal(3.0e-7, ConstraintEvaluator.AllowedExcess(ConstraintCatalog.Get("pienu-rpi")), 0.05e-7);
        Assert.Equal(2.4e-7, ConstraintEvaluator.AllowedExcess(ConstraintCatalog.Get("na62-rk")), 0.05e-7);
        Assert.Equal(1.2816, ConstraintEvaluator.OneSidedZ(0.9), 1e-4);
    }

    [Fact]
    public void PienuAndNa62AcceptancesAtSmallMass()
    {
        // physics.md §9: with the small-M spectrum ∝ x²(1 − x): ε_π ≈ 0.27 (x > 0.745) and ε_K ≈ 0.01 (s < 0.01 GeV²);
        // with ε = 1 the bounds at 1 MeV would be 7.9e-5 (PIENU) and 1.3e-5 (NA62)
        double pienu = At("pienu-rpi", "ee=1", 1e-3), na62 = At("na62-rk", "ee=1", 1e-3);
        Assert.Equal(0.27, Math.Pow(7.9e-5 / pienu, 2), 0.02);
        Assert.Equal(0.01, Math.Pow(1.3e-5 / na62, 2), 0.003);
        // the full-acceptance variants are the ε = 1 readings
        Assert.Equal(7.9e-5, At("pienu-rpi-full", "ee=1", 1e-3), 0.1e-5);
        Assert.Equal(1.3e-5, At("na62-rk-full", "ee=1", 1e-3), 0.05e-5);
    }

    [Fact]
    public void MesonBoundsScaleLikeTheMassBelowAnMeV()
    {
        // BR ∝ g²/M² at small M (longitudinal enhancement): every computed meson bound ∝ M
        foreach (var c in ConstraintCatalog.All.Where(c => c.Meson is not null && c.Lepton is "e"))
            Assert.Equal(10, At(c.Id, "ee=1", 1e-5) / At(c.Id, "ee=1", 1e-6), 0.05);
    }

    [Fact]
    public void RowSumsEnterAsTheyShould()
    {
        // Σ_b |g_eb|²: g_ee and g_eτ see the same electron channel, g_μτ does not
        Assert.Equal(At("pienu-rpi", "ee=1", 0.01), At("pienu-rpi", "etau=1", 0.01), 1e-12);
        Assert.True(double.IsPositiveInfinity(At("pienu-rpi", "mutau=1", 0.01)));
        Assert.False(ConstraintEvaluator.Applies(ConstraintCatalog.Get("na62-rk"), CouplingMatrix.Parse("mutau=1")));
    }

    [Fact]
    public void KinematicEndPointsAreExact()
    {
        // NA62: s = (p_K − p_e)² ≥ M², so the window s < 0.01 GeV² closes at exactly M = 100 MeV
        Assert.True(double.IsFinite(At("na62-rk", "ee=1", 0.0999)));
        Assert.True(double.IsPositiveInfinity(At("na62-rk", "ee=1", 0.1)));
        Assert.Contains(EndPoints.All(), m => Math.Abs(m - 0.1) < 1e-12);
        // PIENU: E_e,max = (m_π² + m_e² − M²)/(2 m_π) > 52 MeV ⇔ M < 70.5 MeV
        double pienuEnd = Math.Sqrt(Constants.PionMass * Constants.PionMass + Constants.ElectronMass * Constants.ElectronMass - 2 * Constants.PionMass * 0.052);
        Assert.Equal(0.0705, pienuEnd, 0.0001);
        Assert.Contains(EndPoints.All(), m => Math.Abs(m - pienuEnd) < 1e-12);
        Assert.True(double.IsFinite(At("pienu-rpi", "ee=1", pienuEnd * 0.999)));
        Assert.True(double.IsPositiveInfinity(At("pienu-rpi", "ee=1", pienuEnd * 1.001)));
        // channel thresholds
        foreach (double t in new[] { Constants.PionMass - Constants.MuonMass, Constants.KaonMass - Constants.MuonMass, Constants.DsMass - Constants.TauMass })
            Assert.Contains(EndPoints.All(), m => Math.Abs(m - t) < 1e-12);
        Assert.True(double.IsPositiveInfinity(At("e949-mununu", "mutau=1", Constants.KaonMass - Constants.MuonMass)));
    }

    [Fact]
    public void ScanGridsGetTheEndPoints()
    {
        var grid = EndPoints.AddTo(SecretNu.Scans.LimitRequest.LogSpaced(1e-6, 0.5, 61));
        Assert.Contains(grid, m => Math.Abs(m - 0.1) < 1e-12);
        Assert.Contains(grid, m => Math.Abs(m - (Constants.PionMass - Constants.ElectronMass)) < 1e-12);
        Assert.Equal(grid.Order(), grid);
        Assert.Equal(grid.Distinct().Count(), grid.Count);
        Assert.Equal(1e-6, grid[0]);
        Assert.Equal(0.5, grid[^1], 1e-12);
    }

    [Fact]
    public void ZInvisibleDerivedAgreesWithTheEstimateAndIsFlat()
    {
        // physics.md §12: δΓ_inv/Γ_inv ≈ g_eτ²/(8π²) with N_ν = 2.9963 ± 0.0074 allows g ≲ 0.4
        double g = At("z-invisible", "etau=1", 0.1);
        Assert.InRange(g, 0.35, 0.45);
        Assert.Equal(g, At("z-invisible", "etau=1", 1e-5), 1e-12);
        // one flavour row (g_ee) instead of two: √2 weaker
        Assert.Equal(Math.Sqrt(2), At("z-invisible", "ee=1", 0.1) / g, 1e-9);
        Assert.Equal(0.03, At("z-invisible-quoted", "etau=1", 0.1));
    }

    [Fact]
    public void QuotedCurvesInterpolateLogLog()
    {
        Assert.Equal(6e-10, At("bbn", "etau=1", 1e-3), 1e-15);
        Assert.Equal(8e-6, At("bbn", "etau=1", 1e-8), 1e-15);
        Assert.Equal(Math.Sqrt(8e-6 * 6e-10), At("bbn", "etau=1", 1e-5), 1e-15);
        Assert.True(double.IsPositiveInfinity(At("bbn", "etau=1", 2e-3)));
        // N_eff edge: g = √(136 M/M_Pl), M_Pl = 1.22e19 GeV; quoted to 4.4 MeV (Escudero, 95 % CL)
        Assert.Equal(Math.Sqrt(136 * 2e-3 / 1.22e19), At("neff", "etau=1", 2e-3), 1e-12);
        Assert.True(double.IsPositiveInfinity(At("neff", "etau=1", 4.5e-3)));
    }

    [Fact]
    public void EveryConstraintIsFiniteOrSilentNeverNaN()
    {
        foreach (var c in ConstraintCatalog.All)
            foreach (string d in new[] { "ee=1", "etau=1", "mutau=1", "emu=1" })
                foreach (double m in ExistingBounds.Grid(1e-6, 0.6))
                {
                    double g = ConstraintEvaluator.Bound(c, CouplingMatrix.Parse(d), m);
                    Assert.True(g > 0 && !double.IsNaN(g), $"{c.Id} {d} {m}: {g}");
                }
    }

    [Fact]
    public void CatalogEntriesAreCitedAndValid()
    {
        Assert.True(ConstraintCatalog.All.Count >= 10);
        foreach (var c in ConstraintCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Citation), c.Id);
            Assert.False(c.Default && c.VariantOf is not null, $"{c.Id}: a variant is not a default");
            Assert.True(c.Cl is 0.9 or 0.95, c.Id);
        }
        // model-dependent W and τ universality stay out of the default envelope
        Assert.All(ConstraintCatalog.All.Where(c => c.Method is ConstraintMethod.WUniversality or ConstraintMethod.TauUniversality), c => Assert.False(c.Default));
    }

    [Theory]
    [InlineData("\"method\": \"meson_ratio_excess\"", "\"method\": \"nonsense\"", "unknown method")]
    [InlineData("\"cl\": 0.9,", "\"cl\": 1.5,", "cl 1.5")]
    [InlineData("\"id\": \"na62-rk\"", "\"id\": \"pienu-rpi\"", "appears twice")]
    [InlineData("\"meson\": \"K+\"", "\"meson\": \"B+\"", "unknown meson")]
    [InlineData("\"limit\": 2.4e-6", "\"limit\": -2.4e-6", "positive limit")]
    [InlineData("\"variant_of\": \"pienu-rpi\"", "\"variant_of\": \"nothing\"", "variant_of 'nothing'")]
    [InlineData("\"status\": \"confirmed\"", "\"status\": \"maybe\"", "status 'maybe'")]
    [InlineData("\"computed\": true,", "\"computed\": true, \"colour\": 3,", "colour")]
    public void MalformedCatalogsAreRefusedNamingTheConstraint(string from, string to, string message)
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot(), "src/SecretNu/Bounds/constraints.json"));
        int i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, from);
        string bad = text[..i] + to + text[(i + from.Length)..];
        var e = Assert.Throws<InputException>(() => ConstraintCatalog.Parse(new MemoryStream(Encoding.UTF8.GetBytes(bad)), "constraints.json"));
        Assert.Contains(message, e.Message);
    }

    static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecretNu.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
