//! The command line: `serve` (the default), `migrate`, `import`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{DatabaseArgs, ServeArgs};
use crate::import::ImportError;

#[derive(Parser, Clone, Debug)]
#[command(
    name = "server",
    version,
    about = "One-stop shop for public services",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// `text` for people, `json` for log shippers.
    #[arg(long, env = "LOG_FORMAT", default_value = "text", global = true)]
    pub log_format: String,
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Subcommand, Clone, Debug)]
pub enum Command {
    /// Serve the site (the default when no command is given).
    Serve(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Import a catalogue into the database.
    Import(ImportArgs),
}

#[derive(Args, Clone, Debug)]
pub struct ImportArgs {
    #[arg(long, value_enum)]
    pub format: ImportFormat,
    /// gov.br: a folder (with `servicos/` and `conteudo/orgaos/`), an XML file or a `.xml.gz` bundle.
    /// HSDS: a data package folder (with `datapackage.json`) or its `data/` folder.
    pub path: PathBuf,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Govbr,
    Hsds,
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Import(#[from] ImportError),
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

pub async fn run(cli: Cli, command: Command) -> Result<(), CliError> {
    let url = cli.database.database_url.clone();
    match command {
        Command::Serve(args) => crate::serve::serve(&url, args).await,
        Command::Migrate => {
            let db = crate::db::connect(&url).await?;
            crate::db::migrate(&db).await?;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Import(args) => {
            let db = crate::db::connect(&url).await?;
            crate::db::migrate(&db).await?;
            let summary = crate::import::run(&db, args.format, &args.path, true).await?;
            println!("{summary}");
            Ok(())
        }
    }
}
