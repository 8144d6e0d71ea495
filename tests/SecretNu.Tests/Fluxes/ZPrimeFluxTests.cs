using SecretNu.Beamline;
using SecretNu.Decays;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Tests.Fluxes;

public class ZPrimeFluxTests
{
    static readonly DetectorFace Faser = new(480, 0.25, 0.25);
    static readonly ForwardFluxModel Model = new(DataDirectory.Resolve(TestData.Directory), "14", new GeneratorChoice("EPOSLHC", "SIBYLL"), BeamlineLayout.Run2);
    static readonly ForwardFluxModel WideModel = new(DataDirectory.Resolve(TestData.Directory), "14", new GeneratorChoice("EPOSLHC", "SIBYLL"), BeamlineLayout.Run2,
        FluxSettings.Default with { MinEnergy = 1e-6 });

    static double[] WideEdges() => Enumerable.Range(0, 141).Select(i => Math.Pow(10, -7 + 0.1 * i)).ToArray();

    static (ZPrimeFluxModel Model, double Accepted) KaonOnly(string coupling, double mass)
    {
        // K± only, binning wide enough to keep every neutrino, measures without the 10 GeV pruning
        var measures = new Dictionary<int, DopplerMeasure> { [321] = WideModel.Measure(321, Faser), [-321] = WideModel.Measure(-321, Faser) };
        var edges = WideEdges();
        var sm = FluxTable.StandardModel(measures, 1.0, edges);
        return (new ZPrimeFluxModel(mass, CouplingMatrix.Parse(coupling), measures, sm, 1.0), measures.Values.Sum(m => m.Total));
    }

    static double NewTotal(ZPrimeFlux f) => FlavorExtensions.AllSpecies.Sum(s => f.New(s).Sum());

    [Theory]
    [InlineData("ee=1", 0.01)]
    [InlineData("etau=1", 0.05)]
    [InlineData("emu=1", 0.2)]
    public void ThreeNeutrinosPerDecayWhenEveryZPrimeDecays(string coupling, double mass)
    {
        // physics.md §10 item 11 after acceptance: with P_dec = 1 the new neutrinos are 3·BR₃ per accepted decay
        var (model, accepted) = KaonOnly(coupling, mass);
        double g = 1e-3; // Γ_Z′ huge compared with ħc·p/(L M): P_dec = 1 to 1e-30
        var f = model.Evaluate(g);
        var gm = CouplingMatrix.Parse(coupling).Scale(g);
        double br3 = ChargedLepton.All.Where(l => ThreeBodyDecay.IsOpen(ChargedMeson.Kaon, l, mass))
            .Sum(l => gm.RowSumSquares(l.Flavor) * new ThreeBodyDecay(ChargedMeson.Kaon, l, mass).Width()) / ChargedMeson.Kaon.Width;
        double zUndecayed = FlavorExtensions.AllSpecies.Sum(s => f.Sum(ZPrimeFlux.Part.Undecayed, s));
        Assert.True(zUndecayed < 1e-12 * NewTotal(f));
        // 3·BR₃·Γ_M/Γ_tot per accepted decay; tabulation of the spectra and the Doppler grid: ≤ 1e-3 seen
        Assert.Equal(3, NewTotal(f) / (br3 / (1 + br3) * accepted), 2e-3);
    }

    [Fact]
    public void OneNeutrinoPerDecayWhenNoZPrimeDecays()
    {
        // 1 keV and g = 1e-9: Γ_Z′ ~ 1e-26 GeV, decay length ≫ 1e10 m: only the primary ν arrives
        var (model, accepted) = KaonOnly("ee=1", 1e-6);
        double g = 1e-9;
        var f = model.Evaluate(g);
        double br3 = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Electron, 1e-6).Width() * g * g / ChargedMeson.Kaon.Width;
        Assert.Equal(1, NewTotal(f) / (br3 / (1 + br3) * accepted), 2e-3);
        double decayed = FlavorExtensions.AllSpecies.Sum(s => f.Sum(ZPrimeFlux.Part.Decayed, s));
        Assert.True(decayed < 1e-6 * NewTotal(f));
    }

    [Fact]
    public void NewFluxScalesLikeGSquaredWhenZPrimesDecay()
    {
        var (model, _) = KaonOnly("etau=1", 0.01);
        var a = model.Evaluate(1e-3);
        var b = model.Evaluate(2e-3);
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            double na = a.New(s).Sum(), nb = b.New(s).Sum();
            if (na == 0) { Assert.Equal(0, nb); continue; }
            // exact g² up to Γ_M/Γ_tot = 1/(1 + BR₃): BR₃ ≈ 1e-5 here
            Assert.Equal(4, nb / na, 2e-4);
        }
    }

    [Fact]
    public void AntimesonGivesTheMirror()
    {
        // §10 item 8: the same decay elements for K⁺ and K⁻ give mirrored species, exactly
        var m = Model.Measure(321, Faser);
        var measures = new Dictionary<int, DopplerMeasure> { [321] = m, [-321] = new DopplerMeasure(-321, m.Weights, m.MeanDistance) };
        var edges = PublishedFlux.StandardEdges.ToArray();
        var sm = FluxTable.StandardModel(measures, 1, edges);
        var f = new ZPrimeFluxModel(0.03, CouplingMatrix.Parse("mutau=1"), measures, sm, 1).Evaluate(1e-3);
        int plus = f.Parents.ToList().IndexOf(321), minus = f.Parents.ToList().IndexOf(-321);
        foreach (var s in FlavorExtensions.AllSpecies)
            foreach (var part in new[] { ZPrimeFlux.Part.Primary, ZPrimeFlux.Part.Decayed, ZPrimeFlux.Part.StandardModel })
                Assert.Equal(f.Counts(part, plus, s).ToArray(), f.Counts(part, minus, s.Conjugate()).ToArray());
    }

    [Theory]
    [InlineData(211, 0.02, "ee")]
    [InlineData(321, 0.1, "etau")]
    [InlineData(321, 1e-3, "mutau")]
    public void FoldedFluxEqualsTheSpectralTransferOfTheSmLine(int parent, double mass, string coupling)
    {
        // issue 4 item 3, physics.md §6.3: φ_new(E) = (1/B₂) ∫ du φ_line(u) (E*₀/u) f(E·E*₀/u), where φ_line is the SM flux
        // of the parent's two-body line alone (π → μν, K → μν: pure lines). The transfer sees only that SM flux, on
        // fine bins, never the decay elements; the direct result folds f through the elements. ≤ 2 %.
        var meson = ChargedMeson.All.Single(x => x.PdgId == parent);
        var measure = Model.Measure(parent, Faser);
        var mu = SpectrumFolder.TotalOverClasses(measure);
        double e0 = TwoBodyDecay.NeutrinoEnergy(meson, ChargedLepton.Muon), b2 = 0.5; // any B₂: it cancels
        var fine = Enumerable.Range(0, 401).Select(i => Math.Pow(10, 0.5 + 3.5 * i / 400)).ToArray(); // 3 GeV – 10 TeV, 0.00875 dec
        var line = new double[fine.Length - 1];
        SpectrumFolder.Fold(RestFrameSpectrum.Line(e0, b2), mu, fine, line);

        var lepton = ChargedLepton.Of(coupling.StartsWith("mu") ? Flavor.Mu : Flavor.E);
        var ch = new ZPrimeChannelSpectra(meson, lepton, mass);
        var edges = PublishedFlux.StandardEdges.ToArray();
        foreach (var f in new[] { RestFrameSpectrum.Continuum(ch.Primary), RestFrameSpectrum.Continuum(ch.ZNeutrino.Spectrum) })
        {
            var direct = new double[edges.Length - 1];
            SpectrumFolder.Fold(f, mu, edges, direct);
            var transfer = new double[edges.Length - 1];
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] == 0) continue;
                double u = Math.Sqrt(fine[i] * fine[i + 1]), d = u / e0;
                for (int k = 0; k < transfer.Length; k++)
                    transfer[k] += line[i] / b2 * (f.Cumulative(edges[k + 1] / d) - f.Cumulative(edges[k] / d));
            }
            double max = direct.Max();
            for (int k = 0; k < direct.Length; k++)
                if (direct[k] > 1e-3 * max)
                    Assert.True(Math.Abs(transfer[k] / direct[k] - 1) < 0.02, $"bin {k}: transfer {transfer[k]:E4} vs folded {direct[k]:E4}");
            Assert.Equal(1, transfer.Sum() / direct.Sum(), 0.005);
        }
    }

    [Fact]
    public void CollinearEqualsExactForATinyFaceOnTheAxis()
    {
        // issue 4 item 5, at flux level: a 2 mm face at 480 m is small compared with s/γ of every D_s
        var tiny = new DetectorFace(480, 2e-3, 2e-3);
        var edges = PublishedFlux.StandardEdges.ToArray();
        ZPrimeFlux Flux(AcceptanceMode mode)
        {
            var measures = new Dictionary<int, DopplerMeasure> { [431] = Model.Measure(431, tiny, mode), [-431] = Model.Measure(-431, tiny, mode) };
            var sm = FluxTable.StandardModel(measures, 1e5, edges);
            return new ZPrimeFluxModel(0.1, CouplingMatrix.Parse("etau=1"), measures, sm, 1e5).Evaluate(1e-3);
        }
        var exact = Flux(AcceptanceMode.Exact);
        var coll = Flux(AcceptanceMode.Collinear);
        foreach (var s in new[] { NeutrinoSpecies.NuTau, NeutrinoSpecies.NuE })
        {
            Assert.Equal(1, coll.New(s).Sum() / exact.New(s).Sum(), 1e-3);
            Assert.Equal(1, coll.Sum(ZPrimeFlux.Part.StandardModel, s) / exact.Sum(ZPrimeFlux.Part.StandardModel, s), 1e-3);
        }
    }
}
