using SecretNu.Beamline;

namespace SecretNu.Fluxes;

/// <summary>
/// Numerical settings of the flux engine (convergence study: FluxConvergenceTests).
/// </summary>
/// <param name="ThetaSamples">Points per hadron-table bin in log θ (midpoints of equal sub-bins).</param>
/// <param name="MomentumSamples">Points per bin in log p; each is further spread log-uniformly over its share of the bin
/// in log D (D ∝ p for γ ≫ 1), which reproduces FORESEE's log-uniform sampling within a bin.</param>
/// <param name="MaxAzimuths">Azimuths for a hadron well above the crossing angle; fewer below (see <see cref="Azimuths"/>).</param>
/// <param name="MinEnergy">Lowest lab neutrino energy of interest [GeV] (the published binning starts at 10 GeV).</param>
/// <param name="Mode">Face integration.</param>
/// <param name="Steps">Beam-line step policy.</param>
/// <param name="MinAzimuths">Azimuths for a hadron far below the crossing angle.</param>
/// <param name="FaceNodesPerUnitSpread">Face-grid density for fast parents (see <see cref="FaceIntegrator"/>).</param>
/// <param name="FaceNodeCap">Largest n of the n×n face grid.</param>
/// <remarks>Defaults from the convergence study (FluxConvergenceTests, docs/validation/convergence.md): against a
/// reference with 4×2 sub-points, 32 azimuths, 2.5 m steps and a 12×12 face grid, totals agree to ≤ 0.8 % and every
/// bin holding ≥ 1 % of the peak to ≤ 3.5 % (π, K, K_L, D_s).</remarks>
public sealed record FluxSettings(int ThetaSamples = 1, int MomentumSamples = 1, int MaxAzimuths = 12, double MinEnergy = 10,
    AcceptanceMode Mode = AcceptanceMode.Exact, StepPolicy? Steps = null, int MinAzimuths = 4,
    double FaceNodesPerUnitSpread = 3, int FaceNodeCap = 8)
{
    /// <summary>The defaults of the convergence study.</summary>
    public static readonly FluxSettings Default = new();

    /// <summary>
    /// Azimuths for a hadron at polar angle θ when the beams cross at α and the face centre is seen at angle ψ: the
    /// direction to the face relative to the rotated hadron depends on φ only through |θ⃗ − α⃗ − ψ⃗|, so a hadron with
    /// θ ≪ |α| + |ψ| needs few azimuths and one with θ ≳ |α| + |ψ| the full set (at least 4: apertures are not round).
    /// </summary>
    public int Azimuths(double theta, double offset) =>
        Math.Clamp((int)Math.Ceiling(MaxAzimuths * theta / (theta + offset)), MinAzimuths, MaxAzimuths);
}
