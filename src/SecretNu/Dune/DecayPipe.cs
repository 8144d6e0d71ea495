using SecretNu.Numerics;

namespace SecretNu.Dune;

/// <summary>
/// The decay region of the beam seen by an on-axis detector (physics.md §13): parents decay in flight along a pipe from
/// z = 0 (its upstream end) to z = <see cref="PipeLength"/>, and the detector stands at z = <see cref="DetectorDistance"/>
/// on the same axis, so a Z′ made at z flies L = DetectorDistance − z before the detector. For DUNE (arXiv:1810.04441,
/// physics.md §13) the pipe is 194 m long and the ND 574 m away: L from 380 m to 574 m. The numbers come from the
/// caller (the experiment card), never from here.
/// </summary>
public sealed record DecayPipe
{
    /// <summary>Length of the decay pipe [m] (&gt; 0).</summary>
    public double PipeLength { get; }
    /// <summary>Distance from the upstream end of the pipe to the detector [m] (&gt; <see cref="PipeLength"/>).</summary>
    public double DetectorDistance { get; }

    /// <summary>A pipe and a detector; throws <see cref="ArgumentOutOfRangeException"/> unless
    /// 0 &lt; pipeLength &lt; detectorDistance &lt; ∞.</summary>
    /// <param name="pipeLength">Decay-pipe length [m].</param>
    /// <param name="detectorDistance">Distance of the detector from the upstream end of the pipe [m].</param>
    public DecayPipe(double pipeLength, double detectorDistance)
    {
        if (!(pipeLength > 0) || !double.IsFinite(pipeLength))
            throw new ArgumentOutOfRangeException(nameof(pipeLength), pipeLength, "the decay pipe must have a finite length > 0 m");
        if (!(detectorDistance > pipeLength) || !double.IsFinite(detectorDistance))
            throw new ArgumentOutOfRangeException(nameof(detectorDistance), detectorDistance, "the detector must stand beyond the end of the pipe");
        PipeLength = pipeLength;
        DetectorDistance = detectorDistance;
    }

    /// <summary>Shortest Z′ flight to the detector [m]: from the end of the pipe, DetectorDistance − PipeLength.</summary>
    public double ShortestFlight => DetectorDistance - PipeLength;

    /// <summary>Gauss–Legendre nodes per panel of the decay-point average (<see cref="DecayPointModel.PipeAverage"/>).</summary>
    public const int PanelNodes = 8;
    /// <summary>Width of the first panel of the decay-point average in parent decay lengths λ; each next panel is twice as
    /// wide, up to <see cref="MaxPanels"/>, the last one ending at the end of the pipe.</summary>
    public const double FirstPanelDecayLengths = 4;
    /// <summary>Most panels of the decay-point average. With <see cref="PanelNodes"/> = 8 the average is within 2e-9 of a
    /// 200 000-interval Simpson sum for λ from 0.05 m to 10⁶ m and Z′ decay lengths from 10 m to 10⁶ m (measured for
    /// the DUNE pipe; DuneZPrimeFluxTests checks 1e-8): the panels beyond 16λ hold e^(−16) of the decays.</summary>
    public const int MaxPanels = 4;

    /// <summary>Largest number of flight distances <see cref="FlightDistances"/> writes.</summary>
    public const int MaxFlightDistances = MaxPanels * PanelNodes;

    /// <summary>
    /// Flight distances L_i [m] of a Z′ from its parent's decay point to the detector and their weights w_i (Σ w_i = 1),
    /// such that the decay probability averaged over the parent's decays in the pipe is Σ_i w_i P_dec(L_i).
    /// <para>
    /// <see cref="DecayPointModel.ShortestFlight"/>: one distance, <see cref="ShortestFlight"/>, weight 1.
    /// <see cref="DecayPointModel.PipeAverage"/>: a parent of lab decay length λ = (p/m)cτ entering at z = 0 decays at z
    /// with density e^(−z/λ)/λ, and each decay enters the reconstructed spectrum with weight 1/L², L = DetectorDistance − z
    /// (<see cref="ParentSpectrum"/>), so P̄ = ∫₀^Lp dz e^(−z/λ) P(L)/L² / ∫₀^Lp dz e^(−z/λ)/L²: Gauss–Legendre in z on
    /// panels [0, 4λ], [4λ, 8λ], [8λ, 16λ], [16λ, Lp] (those that start inside the pipe, the last cut at Lp): e^(−z/λ)
    /// changes by at most e⁴ over a panel that holds more than e^(−4) of the decays; w_i ∝ GL weight_i · e^(−z_i/λ)/L_i². Decays before the pipe and
    /// absorption in it are neglected.
    /// </para>
    /// </summary>
    /// <param name="model">Which decay points.</param>
    /// <param name="parentDecayLength">The parent's lab decay length λ = (p/m)cτ [m] (&gt; 0; only for PipeAverage).</param>
    /// <param name="distances">Receives the distances [m] (length ≥ <see cref="MaxFlightDistances"/>).</param>
    /// <param name="weights">Receives the weights (same length).</param>
    /// <returns>The number of distances written.</returns>
    public int FlightDistances(DecayPointModel model, double parentDecayLength, Span<double> distances, Span<double> weights)
    {
        if (model == DecayPointModel.ShortestFlight)
        {
            distances[0] = ShortestFlight;
            weights[0] = 1;
            return 1;
        }
        if (!(parentDecayLength > 0)) throw new ArgumentOutOfRangeException(nameof(parentDecayLength), parentDecayLength, "must be > 0 m");
        int n = 0;
        double sum = 0, lo = 0, hi = Math.Min(FirstPanelDecayLengths * parentDecayLength, PipeLength);
        for (int panel = 0; panel < MaxPanels && lo < PipeLength; panel++)
        {
            if (panel == MaxPanels - 1) hi = PipeLength;
            for (int i = 0; i < PanelNodes; i++, n++)
            {
                double z = Rule.X(i, lo, hi), l = DetectorDistance - z;
                distances[n] = l;
                weights[n] = Rule.W(i, lo, hi) * Math.Exp(-z / parentDecayLength) / (l * l);
                sum += weights[n];
            }
            lo = hi;
            hi = Math.Min(2 * hi, PipeLength);
        }
        for (int i = 0; i < n; i++) weights[i] /= sum;
        return n;
    }

    static readonly Quadrature Rule = Quadrature.GaussLegendre(PanelNodes);
}
