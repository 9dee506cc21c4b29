using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Chronicle.Tests")]
[assembly: InternalsVisibleTo("ProbeRunner")]
