using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>The neutrinos through one card's detector face: the SM of every parent and, for a Z′ model, its parts
/// (primary ν of M → ℓνZ′, ν and ν̄ of Z′ → νν̄, undecayed Z′) at the model's couplings.</summary>
/// <param name="Calculation">The SM flux calculation (card, generators, acceptance, Z′ options).</param>
/// <param name="Model">The Z′ (null: the SM alone).</param>
/// <param name="ZPrime">The Z′ fluxes of <paramref name="Model"/> (null without a model).</param>
public sealed record ModelFlux(FluxCalculation Calculation, ZPrimeModel? Model, ZPrimeFlux? ZPrime)
{
    /// <summary>Computes the SM fluxes from the hadron tables, then the Z′ ones.</summary>
    /// <param name="setup">Card, data directory and numerical settings.</param>
    /// <param name="generators">Light and charm hadron tables.</param>
    /// <param name="mode">Exact face integration or the collinear point-detector approximation.</param>
    /// <param name="options">Z′ rate normalisation and the seed paper's simplifications.</param>
    /// <param name="model">The Z′ (mass [GeV], couplings), or null for the SM alone.</param>
    /// <param name="progress">progress(description, done, total): 0, 1 and 2 of 2 steps.</param>
    public static ModelFlux Compute(FluxSetup setup, GeneratorChoice generators, AcceptanceMode mode, ZPrimeOptions options, ZPrimeModel? model,
        Action<string, int, int>? progress = null)
    {
        progress?.Invoke("SM fluxes from the hadron tables", 0, 2);
        var calc = new FluxCalculation(setup, generators, mode, options);
        _ = calc.StandardModel;
        progress?.Invoke("Z′ fluxes", 1, 2);
        var flux = Of(calc, model);
        progress?.Invoke("done", 2, 2);
        return flux;
    }

    /// <summary>The fluxes of a flux calculation with the Z′ of <paramref name="model"/> at its couplings (null: the SM alone).</summary>
    public static ModelFlux Of(FluxCalculation calc, ZPrimeModel? model) =>
        new(calc, model, model is null ? null : calc.ZPrimeModel(model.Mass, model.Couplings).Evaluate(1.0));
}
