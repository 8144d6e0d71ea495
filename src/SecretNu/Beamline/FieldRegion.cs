namespace SecretNu.Beamline;

/// <summary>
/// A magnet occupying <see cref="ZFrom"/> ≤ z &lt; <see cref="ZTo"/> [m] along the beam line with a uniform
/// <see cref="Strength"/> (a dipole's k [GeV/m] or a quadrupole's gradient G [T/m]).
/// </summary>
public readonly record struct FieldRegion(double ZFrom, double ZTo, double Strength)
{
    /// <summary>Length ZTo − ZFrom [m].</summary>
    public double Length => ZTo - ZFrom;

    /// <summary>Checks a list of regions: finite, ZFrom &lt; ZTo, sorted and non-overlapping.</summary>
    internal static FieldRegion[] Validated(ReadOnlySpan<FieldRegion> regions, string what)
    {
        var copy = regions.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            var r = copy[i];
            if (!double.IsFinite(r.ZFrom) || !double.IsFinite(r.ZTo) || !double.IsFinite(r.Strength) || !(r.ZFrom < r.ZTo))
                throw new ArgumentException($"{what} region {i} [{r.ZFrom}, {r.ZTo}) m, strength {r.Strength}: invalid.");
            if (i > 0 && r.ZFrom < copy[i - 1].ZTo)
                throw new ArgumentException($"{what} region {i} starts at {r.ZFrom} m, before the previous one ends ({copy[i - 1].ZTo} m).");
        }
        return copy;
    }

    /// <summary>Regions from rows of three numbers (z_from [m], z_to [m], strength), flattened row-major; unchecked
    /// (the field constructors validate).</summary>
    /// <exception cref="ArgumentException">Length not a multiple of 3.</exception>
    internal static FieldRegion[] FromRows(ReadOnlySpan<double> flatRows)
    {
        if (flatRows.Length % 3 != 0)
            throw new ArgumentException($"Field regions need 3 numbers each; got {flatRows.Length} numbers.", nameof(flatRows));
        var regions = new FieldRegion[flatRows.Length / 3];
        for (int i = 0; i < regions.Length; i++)
            regions[i] = new FieldRegion(flatRows[3 * i], flatRows[3 * i + 1], flatRows[3 * i + 2]);
        return regions;
    }

    /// <summary>Strength at <paramref name="z"/> [m] from a sorted list of regions; 0 outside every region.</summary>
    internal static double StrengthAt(FieldRegion[] regions, double z)
    {
        foreach (var r in regions)
            if (z >= r.ZFrom && z < r.ZTo) return r.Strength;
        return 0.0;
    }
}
