// `dotnet run --project src/Chronicle.Server -- --db PATH` serves like `chronicle serve --db PATH`.
return Chronicle.Server.ChronicleServer.Run(args);
