namespace SecretNu.Physics;

/// <summary>
/// Every number that comes from outside the project (PDG, CODATA, FLAG, papers), with its source beside it.
/// Base units: GeV, m, s. Values as in ../shared/physics.md table 1 unless stated otherwise.
/// </summary>
public static class Constants
{
    // ---- fundamental (PDG 2022 / CODATA 2018) ----
    /// <summary>Fermi constant G_F [GeV⁻²]. PDG 2022.</summary>
    public const double FermiConstant = 1.1663788e-5;
    /// <summary>ħ [GeV s]. CODATA 2018 (exact in SI).</summary>
    public const double HbarGeVs = 6.582119569e-25;
    /// <summary>ħc [GeV m]. CODATA 2018.</summary>
    public const double HbarCGeVm = 1.973269804e-16;
    /// <summary>Speed of light [m/s] (exact).</summary>
    public const double SpeedOfLight = 299_792_458.0;
    /// <summary>Atomic mass unit [kg]. CODATA 2018.</summary>
    public const double AtomicMassUnitKg = 1.66053906660e-27;

    // ---- charged leptons [GeV] (PDG 2022) ----
    public const double ElectronMass = 0.51099895e-3;
    public const double MuonMass = 0.1056583755;
    /// <summary>τ mass, PDG 2022 (±0.00012 GeV).</summary>
    public const double TauMass = 1.77686;
    /// <summary>τ lifetime [s], PDG 2022.</summary>
    public const double TauLifetime = 290.3e-15;

    // ---- charged pseudoscalar mesons: mass [GeV], lifetime [s] (PDG 2022) ----
    public const double PionMass = 0.13957039;
    public const double PionLifetime = 2.6033e-8;
    public const double KaonMass = 0.493677;
    public const double KaonLifetime = 1.2380e-8;
    /// <summary>D_s± mass, PDG 2022 (the seed paper quotes the older 1.96847 GeV).</summary>
    public const double DsMass = 1.96835;
    public const double DsLifetime = 5.04e-13;
    /// <summary>D± mass and lifetime, PDG 2022 (1869.66 MeV, 1040 fs).</summary>
    public const double DPlusMass = 1.86966;
    public const double DPlusLifetime = 1.040e-12;

    // ---- neutral hadrons used by the SM flux (PDG 2022) ----
    public const double NeutralKaonMass = 0.497611;
    public const double KLongLifetime = 5.116e-8;
    public const double KShortLifetime = 0.8954e-10;
    public const double NeutralPionMass = 0.1349768;
    /// <summary>D⁰ mass [GeV] and lifetime [s], PDG 2022.</summary>
    public const double D0Mass = 1.86484;
    public const double D0Lifetime = 410.3e-15;
    /// <summary>Λ_c⁺ mass [GeV] and lifetime [s], PDG 2022.</summary>
    public const double LambdaCMass = 2.28646;
    public const double LambdaCLifetime = 201.5e-15;
    /// <summary>K*(892) mass [GeV], PDG 2022; ρ(770), a1(1260), η, φ(1020), Λ used for effective hadronic masses.</summary>
    public const double KStarMass = 0.89167;
    public const double RhoMass = 0.77526;
    public const double A1Mass = 1.230;
    public const double EtaMass = 0.547862;
    public const double PhiMass = 1.019461;
    public const double LambdaMass = 1.115683;

    // ---- decay constants [GeV], "130 MeV" convention ----
    /// <summary>f_π, PDG/FLAG (±0.0012).</summary>
    public const double PionDecayConstant = 0.1302;
    /// <summary>f_K, FLAG N_f=2+1+1 (±0.0003).</summary>
    public const double KaonDecayConstant = 0.1557;
    /// <summary>f_Ds, FLAG N_f=2+1+1 (±0.0005).</summary>
    public const double DsDecayConstant = 0.2499;
    /// <summary>f_D, FLAG 2019 N_f=2+1+1: 212.0 ± 0.7 MeV.</summary>
    public const double DPlusDecayConstant = 0.2120;

    // ---- CKM moduli (PDG 2022) ----
    public const double Vud = 0.97373;
    public const double Vus = 0.2243;
    /// <summary>|V_cs| (±0.006).</summary>
    public const double Vcs = 0.975;
    /// <summary>|V_cd| = 0.221 ± 0.004, PDG 2022.</summary>
    public const double Vcd = 0.221;

    // ---- targets ----
    /// <summary>Tungsten: Z = 74, A = 183.84 g/mol.</summary>
    public const double TungstenZ = 74, TungstenA = 183.84;
    /// <summary>Argon: Z = 18, A = 39.948 g/mol.</summary>
    public const double ArgonZ = 18, ArgonA = 39.948;

    // ---- statistics ----
    /// <summary>90% quantile of χ² with one degree of freedom.</summary>
    public const double DeltaChi2Cl90OneParameter = 2.705543454095404;

    // ---- measured branching fractions used as checks or as SM inputs (PDG 2022, rounded) ----
    public const double BrPionMuNu = 0.999877;
    public const double BrPionENu = 1.230e-4;
    public const double BrKaonMuNu = 0.6356;
    public const double BrKaonENu = 1.582e-5;
    public const double BrDsMuNu = 5.43e-3;
    public const double BrDsTauNu = 5.36e-2;
    /// <summary>The seed paper's BR(D_s → τν) = (5.6 ± 0.4)% and its m_Ds = 1.96847 GeV.</summary>
    public const double SeedBrDsTauNu = 0.056;
    public const double SeedDsMass = 1.96847;
}
