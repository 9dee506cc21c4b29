using Chronicle.Cli;

return CommandLine.Run(args, Console.In, Console.Out, Console.Error);
