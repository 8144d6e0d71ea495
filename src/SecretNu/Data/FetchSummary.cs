namespace SecretNu.Data;

/// <summary>What a fetch did.</summary>
/// <param name="Downloaded">Files downloaded (including resumed and replaced ones).</param>
/// <param name="Resumed">Of those, files completed from a partial <c>.part</c> with a range request.</param>
/// <param name="Replaced">Of those, existing files with a wrong SHA-256 that were replaced (only with <see cref="FetchOptions.Force"/>).</param>
/// <param name="Present">Files already in place with the right SHA-256 (not downloaded).</param>
/// <param name="BytesReceived">Bytes received over the network.</param>
public sealed record FetchSummary(int Downloaded, int Resumed, int Replaced, int Present, long BytesReceived);
