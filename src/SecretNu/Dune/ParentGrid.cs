using SecretNu.Physics;

namespace SecretNu.Dune;

/// <summary>
/// Parent-energy bins for the reconstruction, chosen through the line energy u = D × E*_ref they put at the detector
/// (E*_ref = <see cref="DuneParentExtensions.ReferenceEnergy"/>): u-edges start at E*_ref (parent at rest), then step by
/// max(<see cref="MinimumStep"/>, <see cref="RelativeStep"/> × u), so that a bin maps onto about one 0.25-GeV
/// neutrino bin at low energy and onto a fixed relative width above; the last edge is the parent energy
/// <see cref="Constants.LbnfProtonEnergy"/> (no secondary can exceed the proton energy).
/// </summary>
public static class ParentGrid
{
    /// <summary>Smallest u-step [GeV] (the neutrino bin width).</summary>
    public const double MinimumStep = 0.25;
    /// <summary>Relative u-step at high energy.</summary>
    public const double RelativeStep = 0.06;

    /// <summary>Parent energy edges [GeV] for <paramref name="parent"/>, increasing from its mass to the beam energy.</summary>
    /// <param name="parent">The parent.</param>
    /// <param name="maxEnergy">Largest parent energy [GeV]; default the 120-GeV proton energy.</param>
    public static double[] Edges(DuneParent parent, double maxEnergy = Constants.LbnfProtonEnergy)
    {
        double m = parent.Mass(), eRef = parent.ReferenceEnergy();
        if (!(maxEnergy > m)) throw new ArgumentOutOfRangeException(nameof(maxEnergy), maxEnergy, "must exceed the parent mass");
        double uMax = eRef * OnAxisResponse.Doppler(m, maxEnergy);
        var u = new List<double> { eRef };
        double next = MinimumStep;
        while (next <= 1.5 * eRef) next += MinimumStep;
        while (next < uMax)
        {
            u.Add(next);
            next += Math.Max(MinimumStep, RelativeStep * next);
        }
        if (uMax - u[^1] < 0.5 * Math.Max(MinimumStep, RelativeStep * u[^1]) && u.Count > 1) u.RemoveAt(u.Count - 1);
        u.Add(uMax);
        var edges = u.Select(x => OnAxisResponse.EnergyOfDoppler(m, x / eRef)).ToArray();
        edges[0] = m;
        edges[^1] = maxEnergy;
        return edges;
    }
}
