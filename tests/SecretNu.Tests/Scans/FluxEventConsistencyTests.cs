using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Scans;

namespace SecretNu.Tests.Scans;

/// <summary>
/// Issue 12 point 2: the g-dependence Γ_M/(Γ_M + g²Γ₃) and P_dec is written in two places, the flux model behind Fig. 1
/// (<see cref="ZPrimeFluxModel.Evaluate"/>) and the event model behind every bound (<see cref="ZPrimeEventModel.Predict"/>).
/// Folding Fig. 1's fluxes with the detector response (σ n_T ε per true bin, then the smearing) must give the events the
/// bound uses, bin by bin, for every sample, across the regimes of the Z′ decay probability.
/// </summary>
public class FluxEventConsistencyTests
{
    static readonly Lazy<(FluxCalculation Calc, DetectorResponse Response)> Setup = new(() =>
    {
        var card = ExperimentCatalog.Load("faser-nu");
        var data = DataDirectory.Resolve(TestData.Directory);
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        return (calc, new DetectorResponse(card, new CrossSection(data, card.Target)));
    });

    [Theory]
    [InlineData(1e-3, "etau", 1e-3)]     // the Z′ escapes: P_dec ≪ 1
    [InlineData(1e-2, "etau", 3e-2)]     // P_dec between 0 and 1
    [InlineData(0.1, "ee", 0.5)]         // P_dec → 1, width depletion of the SM visible
    [InlineData(0.05, "mutau", 0.2)]
    public void FluxesFoldedWithTheResponseAreTheEventsOfTheBound(double mass, string coupling, double g)
    {
        var (calc, response) = Setup.Value;
        var direction = CouplingMatrix.Parse(coupling + "=1");
        var flux = calc.ZPrimeModel(mass, direction);
        var z = flux.Evaluate(g);
        var samples = EventSample.SeedFlavours(direction).SelectMany(f => EventSample.Of(f, false)).ToArray();
        var events = new ZPrimeEventModel(flux, calc.StandardModel, response, samples);
        var predicted = new double[samples.Length * events.RecoBins];
        events.Predict(g, 1, new double[events.ScratchLength], predicted);
        for (int si = 0; si < samples.Length; si++)
        {
            var folded = response.Events(samples[si], s => calc.Total(z, s));
            double total = folded.Sum();
            Assert.True(total > 0);
            for (int j = 0; j < events.RecoBins; j++)
                Assert.Equal(folded[j], predicted[si * events.RecoBins + j], 1e-9 * total); // same sums in another order: rounding only
        }
    }
}
