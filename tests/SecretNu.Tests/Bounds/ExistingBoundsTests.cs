using SecretNu.Bounds;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Tests.Bounds;

public class ExistingBoundsTests
{
    [Fact]
    public void E949BoundAtTenMeV()
    {
        // physics.md §9: g < √(2.4e-6/(BR/g²)), e.g. 5.1e-4 at 10 MeV (full acceptance)
        var b = ExistingBounds.For(CouplingMatrix.Parse("mutau=1"), [0.01]).Single(x => x.Name.Contains("E949"));
        Assert.Equal(5.1e-4, b.Couplings[0], 0.05e-4);
    }

    [Fact]
    public void PienuAndNa62AcceptancesAtSmallMass()
    {
        // physics.md §9: with the small-M spectrum ∝ x²(1 − x): ε_π ≈ 0.27 (x > 0.745) and ε_K ≈ 0.01 (s < 0.01 GeV²);
        // with ε = 1 the bounds at 1 MeV would be 7.9e-5 (PIENU) and 1.3e-5 (NA62)
        var bounds = ExistingBounds.For(CouplingMatrix.Parse("ee=1"), [1e-3]);
        double pienu = bounds.Single(x => x.Name.StartsWith("PIENU")).Couplings[0];
        double na62 = bounds.Single(x => x.Name.StartsWith("NA62")).Couplings[0];
        Assert.Equal(0.27, Math.Pow(7.9e-5 / pienu, 2), 0.02);
        Assert.Equal(0.01, Math.Pow(1.3e-5 / na62, 2), 0.003);
    }

    [Fact]
    public void BoundsScaleLikeTheMassBelowAnMeV()
    {
        // BR ∝ g²/M² at small M: every computed bound ∝ M
        var b = ExistingBounds.For(CouplingMatrix.Parse("ee=1"), [1e-6, 1e-5]).Where(x => x.Computed);
        foreach (var x in b) Assert.Equal(10, x.Couplings[1] / x.Couplings[0], 0.05);
    }

    [Fact]
    public void QuotedBoundsAreMarkedAsSuch()
    {
        var b = ExistingBounds.For(CouplingMatrix.Parse("etau=1"), [1e-6, 1e-3, 0.1]);
        Assert.False(b.Single(x => x.Name == "BBN").Computed);
        Assert.Equal(6e-10, ExistingBounds.Bbn(1e-3), 1e-12);
        Assert.Equal(8e-6, ExistingBounds.Bbn(1e-7), 1e-9);
        Assert.All(b.Single(x => x.Name.StartsWith("Z")).Couplings, g => Assert.Equal(0.03, g));
    }
}
