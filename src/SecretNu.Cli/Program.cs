return SecretNu.Cli.App.Run(args);
