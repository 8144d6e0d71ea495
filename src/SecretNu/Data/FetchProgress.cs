namespace SecretNu.Data;

/// <summary>Progress of a fetch, reported after each file is checked or downloaded.</summary>
/// <param name="FilesDone">Files in place and verified so far (downloaded or already present).</param>
/// <param name="FilesTotal">Files selected.</param>
/// <param name="BytesDone">Bytes of the files done.</param>
/// <param name="BytesTotal">Bytes of all files selected.</param>
/// <param name="LocalPath">The file just finished, relative to the data directory.</param>
public sealed record FetchProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string LocalPath);
