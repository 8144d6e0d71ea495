using SecretNu.Decays;
using SecretNu.Dune;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Spectra;
using Xunit.Abstractions;

namespace SecretNu.Tests.Dune;

/// <summary>The Z′ flux at the DUNE ND (physics.md §5, §6.5, §13) from the reconstructed FHC parents.</summary>
public class DuneZPrimeFluxTests(ITestOutputHelper output)
{
    static string Fhc => TestData.File("dune/DUNE_ND_FHC.dat");
    static readonly Lazy<DuneReconstruction> FhcReconstruction = new(() => DuneParentFlux.Reconstruct(Fhc, HornMode.Fhc));

    /// <summary>physics.md §13 (arXiv:1810.04441): the 194-m decay pipe and the ND 574 m from its upstream end [m].</summary>
    const double PipeLength = 194, DetectorDistance = 574;
    static readonly DecayPipe Pipe = new(PipeLength, DetectorDistance);

    /// <summary>ĝ = g_eτ only (g_eτ = g_τe = 1).</summary>
    static readonly CouplingMatrix ETau = CouplingMatrix.Single(Flavor.E, Flavor.Tau, 1);

    /// <summary>Coarse neutrino bins [GeV] over the DUNE ND range.</summary>
    static readonly double[] Coarse = [0.5, 1, 2, 4, 8, 16, 50];

    static double[] Flux(DuneZPrimeFlux f, double g2, NeutrinoSpecies s)
    {
        var r = new double[f.Bins];
        f.Evaluate(g2, s, r);
        return r;
    }

    static double[] Flux(DuneZPrimeFlux f, double g2, NeutrinoSpecies s, ZPrimeFlux.Part part, DuneParent? parent = null)
    {
        var r = new double[f.Bins];
        if (parent is { } p) f.Evaluate(g2, p, s, part, r);
        else f.Evaluate(g2, s, part, r);
        return r;
    }

    static double Integral(double[] phi, IReadOnlyList<double> edges)
    {
        double s = 0;
        for (int k = 0; k < phi.Length; k++) s += phi[k] * (edges[k + 1] - edges[k]);
        return s;
    }

    // ---- 1. g² → 0 ----

    [Fact]
    public void WithoutCouplingEachSpeciesIsTheReconstructionsStandardModelFold()
    {
        var r = FhcReconstruction.Value;
        // on the reconstruction's own bins g² = 0 gives DuneReconstruction.Predicted bit for bit, g² = 1e-30 to 1e-12
        var onOwnBins = new DuneZPrimeFlux(r, 0.01, ETau, r.NeutrinoEdges, Pipe);
        double scale = r.Predicted(NeutrinoSpecies.NuMu).Max(); // ν_τ has no SM flux: compare with the largest one
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            var predicted = r.Predicted(s);
            Assert.Equal(predicted, Flux(onOwnBins, 0, s));
            var tiny = Flux(onOwnBins, 1e-30, s);
            for (int k = 0; k < tiny.Length; k++) Assert.Equal(predicted[k], tiny[k], 1e-12 * Math.Max(predicted[k], scale));
        }
        // ĝ = 0: the SM fold of every parent on any bins, at any scale
        var none = new DuneZPrimeFlux(r, 0.01, CouplingMatrix.Zero, Coarse, Pipe);
        Assert.Empty(none.Channels);
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            var sm = new double[Coarse.Length - 1];
            foreach (var p in DuneParentExtensions.All)
            {
                var c = r.Parents[p].StandardModelFlux(s, Coarse);
                for (int k = 0; k < sm.Length; k++) sm[k] += c[k];
            }
            Assert.Equal(sm, Flux(none, 0, s));
            Assert.Equal(sm, Flux(none, 1.0, s));
            if (s.Flavor() != Flavor.Tau) Assert.True(sm.Sum() > 0);
        }
    }

    // ---- 2. depletion ----

    [Fact]
    public void StandardModelPartIsDepletedByTheOneScaling()
    {
        var r = FhcReconstruction.Value;
        double mass = 0.01;
        // the fit's quadrature on both sides: this test is about normalisation and conjugation (the templates' own
        // quadrature is checked by DuneEventModelTests.TheTemplateQuadratureIsConverged)
        var f = new DuneZPrimeFlux(r, mass, ETau, Coarse, Pipe, quadrature: OnAxisResponse.FitQuadrature);
        // Γ₃ of π⁺ → e⁺ν_τZ′ per unit g_eτ², independently of the channel spectra; g² such that Γ₃g² = Γ_π (depletion ½)
        double gamma3 = new ThreeBodyDecay(ChargedMeson.Pion, ChargedLepton.Electron, mass).Width();
        double g2 = ChargedMeson.Pion.Width / gamma3;
        double expected = ZPrimeScaling.Depletion(ChargedMeson.Pion.Width, gamma3, g2);
        Assert.Equal(0.5, expected, 1e-12);
        Assert.Equal(expected, f.Depletion(g2, DuneParent.PiPlus), 1e-6);
        // the same from MesonNeutrinoSpectra at g: Γ_M/Γ_tot
        var spectra = new MesonNeutrinoSpectra(ChargedMeson.Pion, new ZPrimeModel(mass, ETau.Scale(Math.Sqrt(g2))));
        Assert.Equal(ChargedMeson.Pion.Width / spectra.TotalWidth, f.Depletion(g2, DuneParent.PiPlus), 1e-6);

        var pi = r.Parents[DuneParent.PiPlus];
        foreach (var s in new[] { NeutrinoSpecies.NuMu, NeutrinoSpecies.NuE })
        {
            var sm = pi.StandardModelFlux(s, Coarse);
            var depleted = Flux(f, g2, s, ZPrimeFlux.Part.StandardModel, DuneParent.PiPlus);
            for (int k = 0; k < sm.Length; k++) Assert.Equal(expected * sm[k], depleted[k], 1e-6 * sm[k]);
        }
        // g_eτ makes no new ν_μ: the whole ν_μ flux is the depleted SM, the muons undepleted
        var total = Flux(f, g2, NeutrinoSpecies.NuMu);
        var check = new double[total.Length];
        foreach (var p in DuneParentExtensions.All)
        {
            double d = p.Meson() is { } meson
                ? ZPrimeScaling.Depletion(meson.Width, new ThreeBodyDecay(meson, ChargedLepton.Electron, mass).Width(), g2)
                : 1;
            var sm = r.Parents[p].StandardModelFlux(NeutrinoSpecies.NuMu, Coarse);
            for (int k = 0; k < check.Length; k++) check[k] += d * sm[k];
        }
        for (int k = 0; k < total.Length; k++) Assert.Equal(check[k], total[k], 1e-6 * check[k]);
        Assert.Equal(1, f.Depletion(g2, DuneParent.MuPlus));
        double kaon = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Electron, mass).Width();
        Assert.Equal(ZPrimeScaling.Depletion(ChargedMeson.Kaon.Width, kaon, g2), f.Depletion(g2, DuneParent.KMinus), 1e-6);
    }

    // ---- 3. flavour bookkeeping ----

    [Fact]
    public void ETauGivesPrimaryTauNeutrinosAndZDecayElectronAndTauNeutrinosOnly()
    {
        var r = FhcReconstruction.Value;
        var f = new DuneZPrimeFlux(r, 0.03, ETau, Coarse, Pipe);
        double g2 = 1e-4; // g = 1e-2: prompt Z′
        foreach (var p in DuneParentExtensions.All)
        {
            bool meson = p.Meson() is not null, positive = p.IsPositive();
            foreach (var s in FlavorExtensions.AllSpecies)
            {
                double primary = Flux(f, g2, s, ZPrimeFlux.Part.Primary, p).Sum();
                double decayed = Flux(f, g2, s, ZPrimeFlux.Part.Decayed, p).Sum();
                // M⁺ → e⁺ν_τZ′ (primary ν_τ), M⁻ → e⁻ν̄_τZ′ (primary ν̄_τ); Z′ → ν_eν̄_τ or ν_τν̄_e (½ each)
                bool primaryExpected = meson && s == (positive ? NeutrinoSpecies.NuTau : NeutrinoSpecies.NuTauBar);
                bool decayedExpected = meson && s.Flavor() != Flavor.Mu;
                Assert.True(primaryExpected ? primary > 0 : primary == 0, $"{p.Name()} primary {s.Name()} = {primary:E3}");
                Assert.True(decayedExpected ? decayed > 0 : decayed == 0, $"{p.Name()} Z′ decay {s.Name()} = {decayed:E3}");
            }
            // each Z′ gives ν_e or ν_τ (½ each) with the same shape, and ν̄_e or ν̄_τ
            Assert.Equal(Flux(f, g2, NeutrinoSpecies.NuE, ZPrimeFlux.Part.Decayed, p), Flux(f, g2, NeutrinoSpecies.NuTau, ZPrimeFlux.Part.Decayed, p));
            Assert.Equal(Flux(f, g2, NeutrinoSpecies.NuEBar, ZPrimeFlux.Part.Decayed, p), Flux(f, g2, NeutrinoSpecies.NuTauBar, ZPrimeFlux.Part.Decayed, p));
        }
        // summed: no new ν_μ or ν̄_μ, new ν_τ and ν̄_τ (none in the SM), more ν_τ than ν̄_τ in FHC (π⁺, K⁺ focused)
        foreach (var s in new[] { NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar })
            Assert.Equal(Flux(f, g2, s, ZPrimeFlux.Part.StandardModel), Flux(f, g2, s));
        Assert.Equal(0, Flux(f, g2, NeutrinoSpecies.NuTau, ZPrimeFlux.Part.StandardModel).Sum());
        double tau = Flux(f, g2, NeutrinoSpecies.NuTau).Sum(), tauBar = Flux(f, g2, NeutrinoSpecies.NuTauBar).Sum();
        output.WriteLine($"FHC, m = 30 MeV, g_eτ = 1e-2: ν_τ {tau:E3}, ν̄_τ {tauBar:E3} (sum of bin averages)");
        Assert.True(tau > 2 * tauBar && tauBar > 0);
    }

    [Theory]
    [InlineData(DuneParent.PiPlus, 0.03)]
    [InlineData(DuneParent.KMinus, 0.2)]
    public void PartsEqualTheFoldOfMesonNeutrinoSpectraWhenEveryZPrimeDecays(DuneParent parent, double mass)
    {
        // the templates × g²·Γ_M/Γ_tot against the per-decay spectra of MesonNeutrinoSpectra at g (÷ Γ_tot, conjugated for
        // M⁻) folded with the same parent: the normalisation conventions and the charge conjugation agree
        var r = FhcReconstruction.Value;
        // the fit's quadrature on both sides: this test is about normalisation and conjugation (the templates' own
        // quadrature is checked by DuneEventModelTests.TheTemplateQuadratureIsConverged)
        var f = new DuneZPrimeFlux(r, mass, ETau, Coarse, Pipe, quadrature: OnAxisResponse.FitQuadrature);
        double g = 1e-2;
        var meson = parent.Meson()!;
        var spectra = new MesonNeutrinoSpectra(meson, new ZPrimeModel(mass, ETau.Scale(g)), antiparticle: !parent.IsPositive());
        var w = r.Parents[parent];
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            Compare(w.Fold(spectra.StandardModel(s), Coarse), Flux(f, g * g, s, ZPrimeFlux.Part.StandardModel, parent));
            Compare(w.Fold(spectra.Primary(s), Coarse), Flux(f, g * g, s, ZPrimeFlux.Part.Primary, parent));
            Compare(w.Fold(spectra.ZDecay(s), Coarse), Flux(f, g * g, s, ZPrimeFlux.Part.Decayed, parent));
        }

        static void Compare(double[] expected, double[] actual)
        {
            for (int k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual[k], 1e-9 * expected[k] + 1e-300);
        }
    }

    // ---- 4. independent numbers ----

    [Fact]
    public void ThreeNewNeutrinosPerThreeBodyDecayWhenEveryZPrimeDecays()
    {
        // physics.md §10 item 11 on axis: over all energies each rest-frame spectrum keeps its number, so the flux integral
        // of a parent is ∫W D² dE_M × (neutrinos per decay); π⁺'s SM ν_μ (the μν line, BR 0.999877) measures ∫W D² dE_M
        var r = FhcReconstruction.Value;
        double[] all = [0, 1.01 * Constants.LbnfProtonEnergy]; // one bin holding every neutrino (E ≤ D E* < 120 GeV)
        double mass = 0.03, g = 1e-2;
        var f = new DuneZPrimeFlux(r, mass, ETau, all, Pipe);
        double focused = r.Parents[DuneParent.PiPlus].StandardModelFlux(NeutrinoSpecies.NuMu, all)[0] / Constants.BrPionMuNu;
        double newTotal = FlavorExtensions.AllSpecies.Sum(s =>
            Flux(f, g * g, s, ZPrimeFlux.Part.Primary, DuneParent.PiPlus)[0] + Flux(f, g * g, s, ZPrimeFlux.Part.Decayed, DuneParent.PiPlus)[0]);
        double br3 = g * g * new ThreeBodyDecay(ChargedMeson.Pion, ChargedLepton.Electron, mass).Width() / ChargedMeson.Pion.Width;
        // tabulation of the spectra (≤ 2.1e-5) and the rapidity quadrature: 1e-4
        Assert.Equal(3, newTotal / (focused * br3 / (1 + br3)), 1e-4);
    }

    [Theory]
    [InlineData(DuneParent.PiPlus, 0.03, NeutrinoSpecies.NuTau, 11UL)]
    [InlineData(DuneParent.KPlus, 0.1, NeutrinoSpecies.NuTau, 12UL)]
    [InlineData(DuneParent.KPlus, 0.1, NeutrinoSpecies.NuTauBar, 13UL)]
    public void ZPrimePartAgreesWithAMonteCarloOfIsotropicDecays(DuneParent parent, double mass, NeutrinoSpecies species, ulong seed)
    {
        // An independent Monte Carlo of the Z′ part (primary + Z′ → νν̄, every Z′ decayed: g = 1e-2) of one parent:
        // parent energies from the reconstructed W (bins drawn ∝ W ΔE γ², uniform inside, weights corrected), rest-frame
        // energies from the per-decay spectra of MesonNeutrinoSpectra (inverse cumulative), rest-frame directions isotropic
        // (1 − cosθ* drawn uniformly over a range that contains the lab cone, weight (range)/2), the exact boost, and the
        // neutrinos within a lab cone θ₀ = 0.01/γ counted per solid angle: φ = Σ W·4π·(dN/dΩ). Nothing of eq. 6.1 (the D
        // weight, E = D E*) or of the response matrix is used. The cone's edge lowers the density by ≈ (γθ₀)² = 1e-4.
        // Tolerance: 4 standard deviations of the Monte Carlo (2e6 decays: 0.13–1.1 % per bin, 0.06 % for the sum) plus 1e-3.
        var r = FhcReconstruction.Value;
        double g = 1e-2;
        // the fit's quadrature on both sides: this test is about normalisation and conjugation (the templates' own
        // quadrature is checked by DuneEventModelTests.TheTemplateQuadratureIsConverged)
        var f = new DuneZPrimeFlux(r, mass, ETau, Coarse, Pipe, quadrature: OnAxisResponse.FitQuadrature);
        var model = Flux(f, g * g, species, ZPrimeFlux.Part.Primary, parent).Zip(Flux(f, g * g, species, ZPrimeFlux.Part.Decayed, parent), (a, b) => a + b).ToArray();
        var spectra = new MesonNeutrinoSpectra(parent.Meson()!, new ZPrimeModel(mass, ETau.Scale(g)), antiparticle: !parent.IsPositive());
        var restFrame = spectra.Primary(species) + spectra.ZDecay(species);
        var (mc, sigma, mcIntegral, mcIntegralSigma) = IsotropicDecayMonteCarlo.Flux(r.Parents[parent], restFrame, Coarse, 2_000_000, seed);
        for (int k = 0; k < model.Length; k++)
        {
            output.WriteLine($"[{Coarse[k]}, {Coarse[k + 1]}] GeV: model {model[k]:E5}, Monte Carlo {mc[k]:E5} ± {sigma[k]:E2} ({(model[k] / mc[k] - 1):+0.0000;-0.0000})");
            Assert.True(Math.Abs(model[k] - mc[k]) <= 4 * sigma[k] + 1e-3 * model[k], $"bin {k}: {model[k]:E5} vs {mc[k]:E5} ± {sigma[k]:E2}");
        }
        double integral = Integral(model, Coarse);
        output.WriteLine($"[{Coarse[0]}, {Coarse[^1]}] GeV: model {integral:E5}, Monte Carlo {mcIntegral:E5} ± {mcIntegralSigma:E2} per cm² per POT");
        Assert.True(Math.Abs(integral - mcIntegral) <= 4 * mcIntegralSigma + 1e-3 * integral);
        Assert.True(integral > 0);
    }

    // ---- 5. decay probability ----

    [Fact]
    public void PromptZPrimeAlwaysDecaysBeforeTheDetector()
    {
        // g = 1e-2, m = 0.1 GeV: Γ_Z′ = g²M/(12π) = 2.7e-7 GeV, decay length ≤ 120 GeV/M × ħc/Γ ≈ 1e-6 m ≪ 380 m
        var r = FhcReconstruction.Value;
        double g2 = 1e-4;
        foreach (var model in new[] { DecayPointModel.ShortestFlight, DecayPointModel.PipeAverage })
        {
            var f = new DuneZPrimeFlux(r, 0.1, ETau, Coarse, Pipe, model);
            foreach (var p in new[] { DuneParent.PiPlus, DuneParent.KPlus })
            {
                var pdec = new double[r.Parents[p].Values.Count];
                f.DecayProbabilities(g2, p, Flavor.E, pdec);
                Assert.All(pdec, x => Assert.InRange(x, 1 - 1e-14, 1)); // Σ w_i = 1 up to rounding
            }
            foreach (var s in FlavorExtensions.AllSpecies)
                Assert.True(Flux(f, g2, s, ZPrimeFlux.Part.Undecayed).Sum() <= 1e-14 * Flux(f, g2, s, ZPrimeFlux.Part.Decayed).Sum());
            Assert.True(Flux(f, g2, NeutrinoSpecies.NuTau, ZPrimeFlux.Part.Decayed).Sum() > 0);
        }
    }

    [Fact]
    public void LongLivedZPrimeDecayProbabilityHasTheLinearLimit()
    {
        // m = 10 keV, g = 1e-7: Γ_Z′ = g²M/(12π) (off-diagonal, physics.md §4) = 2.7e-21 GeV, decay length ~1e10 m
        var r = FhcReconstruction.Value;
        double mass = 1e-5, g2 = 1e-14;
        double width = g2 * mass / (12 * Math.PI);
        var shortest = new DuneZPrimeFlux(r, mass, ETau, Coarse, Pipe, DecayPointModel.ShortestFlight);
        var average = new DuneZPrimeFlux(r, mass, ETau, Coarse, Pipe, DecayPointModel.PipeAverage);
        Assert.Equal(width / g2, shortest.ZWidthPerScale2, 1e-15 * width / g2);
        foreach (var p in new[] { DuneParent.PiPlus, DuneParent.KPlus })
        {
            var w = r.Parents[p];
            var meson = p.Meson()!;
            var lo = new double[w.Values.Count];
            var avg = new double[w.Values.Count];
            shortest.DecayProbabilities(g2, p, Flavor.E, lo);
            average.DecayProbabilities(g2, p, Flavor.E, avg);
            var decay = new ThreeBodyDecay(meson, ChargedLepton.Electron, mass);
            double q = Math.Sqrt(decay.ZEnergyMax * decay.ZEnergyMax - mass * mass);
            for (int j = 0; j < lo.Length; j++)
            {
                // P ≈ x = L_min M Γ/(ħc p_max), p_max = γ(q*_max + β E*_Z,max) at the bin's upper energy (physics.md eq. 4.1)
                double e = w.Edges[j + 1], gamma = e / meson.Mass, beta = Math.Sqrt(1 - 1 / (gamma * gamma));
                double pMax = gamma * (q + beta * decay.ZEnergyMax);
                double x = (DetectorDistance - PipeLength) * mass * width / (Constants.HbarCGeVm * pMax);
                Assert.Equal(x - x * x / 2, lo[j], 1e-9 * x);
                // the average over decay points lies between the shortest and the longest flight
                Assert.InRange(avg[j], lo[j], lo[j] * DetectorDistance / (DetectorDistance - PipeLength));
            }
        }
        // the Z′-decay flux follows: between min P̄ and max P̄ times the flux if every Z′ decayed, and ∝ g⁴
        foreach (var f in new[] { shortest, average })
        {
            var decayed = Flux(f, g2, NeutrinoSpecies.NuTau, ZPrimeFlux.Part.Decayed);
            var undecayed = Flux(f, g2, NeutrinoSpecies.NuTau, ZPrimeFlux.Part.Undecayed);
            var smaller = Flux(f, g2 / 100, NeutrinoSpecies.NuTau, ZPrimeFlux.Part.Decayed);
            double pMin = double.MaxValue, pMax = 0;
            foreach (var p in new[] { DuneParent.PiPlus, DuneParent.PiMinus, DuneParent.KPlus, DuneParent.KMinus })
            {
                var pdec = new double[r.Parents[p].Values.Count];
                f.DecayProbabilities(g2, p, Flavor.E, pdec);
                pMin = Math.Min(pMin, pdec.Min()); pMax = Math.Max(pMax, pdec.Max());
            }
            for (int k = 0; k < decayed.Length; k++)
            {
                double fraction = decayed[k] / (decayed[k] + undecayed[k]);
                Assert.InRange(fraction, pMin * (1 - 1e-12), pMax * (1 + 1e-12)); // rounding of P + (1 − P)
                Assert.Equal(1e4, decayed[k] / smaller[k], 1e-4 * 1e4);
            }
            Assert.True(pMax < 1e-6);
        }
    }

    [Theory]
    [InlineData(0.05)]   // kaon almost at rest: every decay at the pipe entrance
    [InlineData(5.0)]    // slow kaon
    [InlineData(50.0)]
    [InlineData(5000.0)] // fast pion: decays spread evenly
    public void PipeAverageEqualsABruteForceIntegralOverDecayPoints(double parentDecayLength)
    {
        // P̄ = ∫dz e^(−z/λ) P(L)/L² / ∫dz e^(−z/λ)/L², L = 574 m − z, z ∈ [0, 194 m]: Simpson with 200 000 intervals
        Span<double> l = stackalloc double[DecayPipe.MaxFlightDistances], w = stackalloc double[DecayPipe.MaxFlightDistances];
        int n = Pipe.FlightDistances(DecayPointModel.PipeAverage, parentDecayLength, l, w);
        foreach (double zDecayLength in new[] { 10.0, 400.0, 1e5 })
        {
            double gl = 0;
            for (int i = 0; i < n; i++) gl += w[i] * (1 - Math.Exp(-l[i] / zDecayLength));
            const int intervals = 200_000;
            double h = PipeLength / intervals, num = 0, den = 0;
            for (int i = 0; i <= intervals; i++)
            {
                double z = i * h, length = DetectorDistance - z;
                double simpson = i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2;
                double weight = simpson * Math.Exp(-z / parentDecayLength) / (length * length);
                num += weight * (1 - Math.Exp(-length / zDecayLength));
                den += weight;
            }
            Assert.Equal(num / den, gl, 1e-8 * num / den);
        }
        Assert.Equal(1, w[..n].ToArray().Sum(), 1e-14);
        Span<double> one = stackalloc double[DecayPipe.MaxFlightDistances], oneW = stackalloc double[DecayPipe.MaxFlightDistances];
        Assert.Equal(1, Pipe.FlightDistances(DecayPointModel.ShortestFlight, parentDecayLength, one, oneW));
        Assert.Equal(DetectorDistance - PipeLength, one[0]);
    }

    [Fact]
    public void BadGeometryAndCouplingAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecayPipe(PipeLength, PipeLength));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecayPipe(0, DetectorDistance));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecayPipe(PipeLength, double.PositiveInfinity));
        var f = new DuneZPrimeFlux(FhcReconstruction.Value, 0.03, ETau, Coarse, Pipe);
        var into = new double[f.Bins];
        Assert.Throws<ArgumentOutOfRangeException>(() => f.Evaluate(-1e-6, NeutrinoSpecies.NuTau, into));
        Assert.Throws<ArgumentOutOfRangeException>(() => f.Evaluate(double.NaN, NeutrinoSpecies.NuTau, into));
        Assert.Throws<ArgumentException>(() => f.Evaluate(1e-6, NeutrinoSpecies.NuTau, new double[f.Bins - 1]));
        Assert.Throws<ArgumentException>(() => f.DecayProbabilities(1e-6, DuneParent.PiPlus, Flavor.Mu, new double[200])); // no g_μx
        Assert.Throws<ArgumentException>(() => new DuneZPrimeFlux(FhcReconstruction.Value, 0.03, ETau, [1, 1], Pipe));
    }

    [Fact]
    public void EvaluateDoesNotAllocate()
    {
        var f = new DuneZPrimeFlux(FhcReconstruction.Value, 0.03, ETau, Coarse, Pipe);
        var into = new double[f.Bins];
        f.Evaluate(1e-6, NeutrinoSpecies.NuTau, into); // JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) f.Evaluate(1e-6 * (i + 1), NeutrinoSpecies.NuTau, into);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
