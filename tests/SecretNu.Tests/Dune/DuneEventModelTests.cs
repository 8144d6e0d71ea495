using SecretNu.Detection;
using SecretNu.Dune;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Dune;

/// <summary>Issue 15 items 3–4: events at the DUNE ND from the reconstructed fluxes, argon cross sections and the card,
/// and the bound curve.</summary>
public class DuneEventModelTests
{
    static readonly DataDirectory Data = DataDirectory.Resolve(TestData.Directory);
    static readonly ExperimentCard Card = ExperimentCatalog.Load("dune-nd");
    static readonly Lazy<DuneReconstruction[]> Reconstructions = new(() => BeamDumpScan.Reconstruct(Data, Card));

    static DuneEventModel Model(ExperimentCard card, double mass, string coupling, params EventSample[] samples)
    {
        var pipe = new DecayPipe(card.Accelerator!.DecayPipeLengthM, card.DistanceM);
        var fluxes = Reconstructions.Value.Where(r => card.Accelerator.ProtonsOnTarget(r.Mode) > 0)
            .Select(r => new DuneZPrimeFlux(r, mass, CouplingMatrix.Parse(coupling), DuneGrid.TrueEdges, pipe)).ToArray();
        return new DuneEventModel(card, fluxes, ArgonCrossSection.Embedded, samples, DuneGrid.RecoEdgesFor(card.RecoBinsPerDecade));
    }

    static double Sum(double[] x, int sample, int bins) => x.Skip(sample * bins).Take(bins).Sum();

    [Fact]
    public void TheStandardModelNuMuRateFollowsTheInputFluxAndTheCrossSections()
    {
        // one FHC year, ε = 1: the model (reconstructed parents, folded on its own grid, smeared) against the input file's
        // ν_μ column × σ_Ar × M/u × POT summed directly over the same 0.32–126 GeV; the reconstruction reproduces ν_μ to
        // ≤ 1.2 % per bin and smearing keeps events inside the range up to edge losses, so 3 % is the tolerance
        var card = Card with { Efficiency = 1, Accelerator = Card.Accelerator! with { YearsFhc = 1, YearsRhc = 0 } };
        var model = Model(card, 0.01, "etau=1", EventSample.MuonOnly);
        double events = model.StandardModel(1).Sum();
        var file = DuneFluxReader.Read(BeamDumpScan.FluxFile(Data, HornMode.Fhc));
        var edges = file.Edges();
        var flux = file.Flux(NeutrinoSpecies.NuMu);
        double nucleons = 67.2e3 / Constants.AtomicMassUnitKg, direct = 0;
        for (int i = 0; i < flux.Count; i++)
        {
            double e = 0.5 * (edges[i] + edges[i + 1]);
            if (e < DuneGrid.TrueEdges[0] || e > DuneGrid.TrueEdges[^1]) continue;
            direct += flux[i] * (edges[i + 1] - edges[i]) * ArgonCrossSection.Embedded.Sigma(NeutrinoSpecies.NuMu, e) * 1.1e21 * nucleons;
        }
        Assert.InRange(direct, 0.95e8, 1.05e8); // the argon test's 1.00e8 per year (all energies)
        Assert.InRange(events / direct, 0.97, 1.03);
    }

    [Fact]
    public void ThereAreNoStandardModelTauNeutrinosAndZeroCouplingIsTheStandardModel()
    {
        var model = Model(Card, 0.05, "mutau=1", EventSample.Tau, EventSample.Electron);
        var sm = model.StandardModel(1);
        Assert.Equal(0, Sum(sm, 0, model.RecoBins));
        Assert.Equal(0, Sum(sm, 2, model.RecoBins));
        Assert.True(Sum(sm, 1, model.RecoBins) > 1e6);
        var atZero = new double[sm.Length];
        model.Predict(0, 1, atZero);
        Assert.Equal(sm, atZero);
        model.Predict(1e-2, 1, atZero);
        Assert.True(Sum(atZero, 0, model.RecoBins) > 0);
    }

    [Fact]
    public void EventsScaleWithTheProtonsOnTargetAndTheTauEfficiency()
    {
        var twice = Card with { Accelerator = Card.Accelerator! with { PotPerYear = 2 * Card.Accelerator.PotPerYear }, EfficiencyTau = 0.04 };
        var a = Model(Card, 0.02, "etau=1", EventSample.Electron, EventSample.Tau);
        var b = Model(twice, 0.02, "etau=1", EventSample.Electron, EventSample.Tau);
        var pa = new double[a.Samples.Count * a.RecoBins];
        var pb = new double[pa.Length];
        a.Predict(3e-3, 1, pa);
        b.Predict(3e-3, 1, pb);
        for (int s = 0; s < a.Samples.Count; s++)
        {
            double factor = a.Samples[s].Species.Any(x => x.Flavor() == Flavor.Tau) ? 4 : 2;
            Assert.Equal(factor * Sum(pa, s, a.RecoBins), Sum(pb, s, a.RecoBins), 1e-12 * Sum(pb, s, a.RecoBins));
        }
        Assert.Equal(["nu_e CC (FHC)", "nu_tau CC (FHC)", "nu_e CC (RHC)", "nu_tau CC (RHC)"], a.Samples.Select(s => s.Name));
    }

    [Fact]
    public void TheTauAppearanceBoundIsTheZeroBackgroundCount()
    {
        // g_μτ: ν_τ samples only, no SM events. Poisson with nothing observed: χ² = 2s per sample; each sample's 10 % pull
        // α_h is profiled: 2s_h(1+α_h) + (α_h/σ)² → α_h = −σ² s_h, χ² = Σ (2s_h − σ² s_h²). At Δχ² = 2.70554 with the two horn
        // modes carrying s and s' ≈ s: S = s + s' ≈ 1.357 (1.3528 without the pulls)
        var curve = BeamDumpScan.Run(Data, new BeamDumpRequest(Card, [("mutau", CouplingMatrix.Parse("mutau=1"))], [0.05], StatisticsOptions.Paper,
            new LimitFinderOptions())).Single();
        var p = Assert.Single(curve.Points);
        Assert.Equal(LimitStatus.Found, p.Result.Status);
        Assert.Equal(["nu_tau CC (FHC)", "nu_tau CC (RHC)"], curve.Samples);
        Assert.All(p.StandardModelEvents, n => Assert.Equal(0, n));
        Assert.InRange(p.NewEventsAtBound.Sum(), 1.350, 1.366);
    }

    [Fact]
    public void TheETauCurveIsFiniteFromTenToFourHundredMeV()
    {
        double[] masses = [0.01, 0.03, 0.1, 0.2, 0.3, 0.4];
        var curve = BeamDumpScan.Run(Data, new BeamDumpRequest(Card, [("etau", CouplingMatrix.Parse("etau=1"))], masses, StatisticsOptions.Paper,
            new LimitFinderOptions())).Single();
        Assert.Equal(masses.Length, curve.Points.Count);
        Assert.All(curve.Points, p => Assert.True(p.Coupling is double g && g > 0 && g < 1, $"{p.Mass} GeV: {p.Result.Status}"));
        // heavier Z′, fewer mesons above threshold: the bound weakens with the mass
        for (int i = 1; i < masses.Length; i++) Assert.True(curve.Points[i].Coupling > curve.Points[i - 1].Coupling);
    }

    [Fact]
    public void TheTemplateQuadratureIsConverged()
    {
        // the convergence study of docs/dune.md: 1 × 4 nodes against 4 × 16 for the new events, ≤ 1e-5 relative
        var pipe = new DecayPipe(194, 574);
        foreach (double mass in new[] { 1e-5, 0.01, 0.3 })
        {
            double NewEvents((int, int) q)
            {
                var fluxes = Reconstructions.Value.Select(r => new DuneZPrimeFlux(r, mass, CouplingMatrix.Parse("etau=1"), DuneGrid.TrueEdges, pipe, quadrature: q)).ToArray();
                var m = new DuneEventModel(Card, fluxes, ArgonCrossSection.Embedded, [EventSample.Electron, EventSample.Tau], DuneGrid.RecoEdgesFor(null));
                var p = new double[m.Samples.Count * m.RecoBins];
                m.Predict(1e-2, 1, p);
                return p.Sum() - m.StandardModel(1).Sum();
            }
            double coarse = NewEvents(DuneZPrimeFlux.TemplateQuadrature), fine = NewEvents((4, 16));
            Assert.True(Math.Abs(coarse / fine - 1) < 1e-5, $"{mass} GeV: {coarse} vs {fine}");
        }
    }

    [Fact]
    public void AMissingFluxFileOrAWrongTargetIsAnInputError()
    {
        using var tmp = new TempDirectory(); // a data directory without dune/
        foreach (string sub in new[] { DataDirectory.HadronsSubPath, DataDirectory.FluxesSubPath }) Directory.CreateDirectory(Path.Combine(tmp.Path, sub));
        var e = Assert.Throws<InputException>(() => BeamDumpScan.Reconstruct(DataDirectory.Resolve(tmp.Path), Card));
        Assert.Contains("DUNE_ND_FHC.dat", e.Message);
        var tungsten = Assert.Throws<InputException>(() => BeamDumpScan.Reconstruct(Data, Card with { Target = TargetMaterial.Tungsten }));
        Assert.Contains("argon", tungsten.Message);
    }
}
