using SecretNu.Beamline;

namespace SecretNu.Tests.Beamline;

/// <summary>Small synthetic layouts that isolate one element inside a wide (1 m) round pipe.</summary>
internal static class TestLayouts
{
    static readonly ApertureTable Wide = new([-1.0, 1.0, 1.0, 1.0, 1.0]);
    static readonly PipeSeparation NoSplit = new(1e6, 0, 2e6, 0);
    static readonly CrossingAngle NoCrossing = new(0, CrossingPlane.Vertical);

    public static BeamlineLayout With(DipoleField? dipoles = null, QuadrupoleField? quads = null, OrbitKicks? kicks = null,
        double beamMomentum = 6500, double zMax = 100) =>
        new("test", beamMomentum, NoCrossing, Vec3.Zero, zMax, Wide, NoSplit, dipoles ?? new DipoleField([]),
            quads ?? new QuadrupoleField([]), kicks ?? OrbitKicks.None, 1.0);
}
