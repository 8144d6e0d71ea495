namespace SecretNu.Detection;

/// <summary>Detector target material. Card value: <c>tungsten</c> or <c>argon</c>.</summary>
public enum TargetMaterial
{
    /// <summary>Tungsten (W, Z = 74, A ≈ 183.84): FASERν, FASERν2, SND@LHC.</summary>
    Tungsten,

    /// <summary>Argon (Ar, Z = 18, A ≈ 39.95): FLArE.</summary>
    Argon,
}
