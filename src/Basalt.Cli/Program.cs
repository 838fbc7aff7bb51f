using Basalt.Cli;

return await BasaltCommandLine.RunAsync(args);
