using CsCheck;
using SecretNu.Decays;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

/// <summary>
/// Issue 6 point 2: no silent NaN. Random models, m_Z′ log-uniform from 1e-7 GeV to closure (m_Ds − m_e, above which no
/// channel is open) and any non-empty set of g_αβ, each log-uniform in [1e-9, 1], give finite, physical numbers at
/// every stage: widths, branching fractions, Z′ decay probabilities, fluxes, events and Δχ².
/// </summary>
public class RandomModelFinitenessTests
{
    static readonly double Closure = ChargedMeson.All.Max(m => m.Mass) - ChargedLepton.Electron.Mass;

    static readonly (Flavor A, Flavor B)[] Entries =
        [(Flavor.E, Flavor.E), (Flavor.E, Flavor.Mu), (Flavor.E, Flavor.Tau), (Flavor.Mu, Flavor.Mu), (Flavor.Mu, Flavor.Tau), (Flavor.Tau, Flavor.Tau)];

    static readonly Gen<double> LogUniformMass = Gen.Double[Math.Log(1e-7), Math.Log(Closure)].Select(Math.Exp);
    static readonly Gen<double> LogUniformCoupling = Gen.Double[Math.Log(1e-9), 0].Select(Math.Exp);

    /// <summary>A non-empty subset of the six entries (bit mask 1–63), each with a log-uniform value.</summary>
    static readonly Gen<CouplingMatrix> Couplings = Gen.Select(Gen.Int[1, 63], LogUniformCoupling.Array[6], (mask, values) =>
    {
        var g = CouplingMatrix.Zero;
        for (int i = 0; i < 6; i++)
            if ((mask >> i & 1) == 1) g = g.With(Entries[i].A, Entries[i].B, values[i]);
        return g;
    });

    [Fact]
    public void RestFramePhysicsIsFiniteForTenThousandRandomModels()
    {
        Gen.Select(LogUniformMass, Couplings, Gen.Double[-3, 4]).Sample((mass, g, log10P) =>
        {
            var z = new ZPrimeDecay(mass, g);
            Assert.True(double.IsFinite(z.Width) && z.Width > 0, $"Γ_Z′ = {z.Width}");
            double multiplicity = FlavorExtensions.AllSpecies.Sum(z.Multiplicity);
            Assert.Equal(2.0, multiplicity, 1e-12); // one ν and one ν̄ per decay
            double p = Math.Pow(10, log10P);
            double pdec = z.DecayProbability(480, p);
            Assert.InRange(pdec, 0.0, 1.0);
            Assert.True(double.IsFinite(z.DecayLength(p)));
            foreach (var meson in ChargedMeson.All)
            {
                double gamma3 = 0;
                foreach (var lepton in ChargedLepton.All)
                {
                    if (g.RowSumSquares(lepton.Flavor) == 0 || !ThreeBodyDecay.IsOpen(meson, lepton, mass)) continue;
                    double width = new ThreeBodyDecay(meson, lepton, mass).Width();
                    Assert.True(double.IsFinite(width) && width > 0, $"Γ({meson} → {lepton}νZ′) = {width} at {mass} GeV");
                    gamma3 += g.RowSumSquares(lepton.Flavor) * width;
                }
                double branching = gamma3 / (meson.Width + gamma3);
                Assert.InRange(branching, 0.0, 1.0);
            }
        }, iter: 10_000);
    }

    static readonly Lazy<(FluxCalculation Calc, DetectorResponse Response, LimitScan Scan)> Setup = new(() =>
    {
        var data = DataDirectory.Resolve(TestData.Directory);
        var card = ExperimentCatalog.Load("faser-nu");
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        return (calc, new DetectorResponse(card, new CrossSection(data, card.Target)), new LimitScan());
    });

    [Fact]
    public void FluxesEventsAndChiSquaredAreFiniteForTenThousandRandomModels()
    {
        // 50 random (mass, coupling direction) pairs × 200 random scales of the largest coupling in [1e-9, 1] = 10⁴ models.
        // Templates are built per pair (the costly part); each model then gives its events and Δχ²; every 20th its full flux.
        var (calc, response, scan) = Setup.Value;
        var measures = calc.ZPrimeMeasures();
        var samples = FlavorExtensions.AllFlavors.SelectMany(f => EventSample.Of(f, calc.Setup.Card.ChargeIdentification)).ToArray();
        int models = 0;
        Gen.Select(LogUniformMass, Couplings, LogUniformCoupling.Array[200]).Sample((mass, g, scales) =>
        {
            var direction = g.Scale(1 / g.MaxEntry());
            var channels = scan.Channels(mass, direction, RateNormalisation.Derived);
            if (channels.Count == 0)
            {
                // above every threshold of these couplings (e.g. only g_ττ): such a model is refused up front
                Assert.Throws<KinematicsException>(() => OpenChannels.Require(new ZPrimeModel(mass, g)));
                Interlocked.Add(ref models, scales.Length);
                return;
            }
            var flux = new ZPrimeFluxModel(mass, direction, measures, calc.StandardModel, calc.Setup.Luminosity, calc.Options, channels);
            var events = new ZPrimeEventModel(flux, calc.StandardModel, response, samples);
            int nr = events.RecoBins;
            var sm = events.StandardModel();
            var energies = Enumerable.Range(0, nr).Select(j => Math.Sqrt(AnalysisGrid.RecoEdges[j] * AnalysisGrid.RecoEdges[j + 1])).ToArray();
            var delta = new DeltaChi2(new ProfiledChi2(samples.Select((s, si) => new Sample(s.Name, sm.AsSpan(si * nr, nr), sm.AsSpan(si * nr, nr), energies)).ToArray(),
                StatisticsOptions.Paper), sm);
            var scratch = new double[events.ScratchLength];
            var prediction = new double[sm.Length];
            for (int i = 0; i < scales.Length; i++)
            {
                events.Predict(scales[i], 1, scratch, prediction);
                foreach (double x in prediction) Assert.True(double.IsFinite(x) && x >= 0, $"events {x} for m = {mass}, g = {g}, scale {scales[i]}");
                double chi2 = delta.Evaluate(prediction);
                Assert.True(double.IsFinite(chi2) && chi2 > -1e-6, $"Δχ² = {chi2} for m = {mass}, g = {g}, scale {scales[i]}");
                if (i % 20 != 0) continue;
                var z = flux.Evaluate(scales[i]);
                foreach (var s in FlavorExtensions.AllSpecies)
                    foreach (ZPrimeFlux.Part part in Enum.GetValues<ZPrimeFlux.Part>())
                        foreach (double x in z.Counts(part, s))
                            Assert.True(double.IsFinite(x) && x >= 0, $"{part} {s} flux {x} for m = {mass}, g = {g}, scale {scales[i]}");
            }
            Interlocked.Add(ref models, scales.Length);
        }, iter: 50, threads: Environment.ProcessorCount);
        Assert.Equal(10_000, models);
    }
}
