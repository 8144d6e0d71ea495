namespace SecretNu.Fluxes;

/// <summary>How a decay element's neutrinos are integrated over the detector face.</summary>
public enum AcceptanceMode
{
    /// <summary>physics.md §6.6 "forced direction": the face is integrated with Gauss–Legendre points, each with its own
    /// Doppler factor D(θ) and solid angle (default).</summary>
    Exact,
    /// <summary>Point detector at the face centre (the seed's Eq. 8 with the corrected focusing factor D²): one
    /// Doppler factor per element, solid angle A cosα/r². Equals <see cref="Exact"/> for a face small compared with
    /// 1/γ of every parent.</summary>
    Collinear,
}
