//! The command line: `serve` (the default), `migrate`, `import`, `seed-synthetic`,
//! `create-admin`.

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
    /// Fill the database with a synthetic national catalogue made from the real gov.br services.
    SeedSynthetic(SyntheticArgs),
    /// Invite the first platform administrator: prints a one-time invitation link.
    CreateAdmin(CreateAdminArgs),
}

#[derive(Args, Clone, Debug)]
pub struct CreateAdminArgs {
    /// The administrator's work e-mail address (they sign in with it and a passkey).
    #[arg(long)]
    pub email: String,
    /// The site's public address, for the link.
    #[arg(long, env = "PUBLIC_URL", default_value = "http://localhost:3000")]
    pub public_url: String,
}

#[derive(Args, Clone, Debug)]
pub struct ImportArgs {
    #[arg(long, value_enum)]
    pub format: ImportFormat,
    /// gov.br: a folder (with `servicos/` and `conteudo/orgaos/`), an XML file or a `.xml.gz` bundle.
    /// HSDS: a data package folder (with `datapackage.json`) or its `data/` folder.
    pub path: PathBuf,
}

#[derive(Args, Clone, Debug)]
pub struct SyntheticArgs {
    /// How many services to generate.
    #[arg(
        long,
        default_value_t = 100_000,
        value_parser = clap::value_parser!(u64).range(1..=crate::synthetic::MAX_SERVICES)
    )]
    pub services: u64,
    /// The same seed and size always give the same catalogue.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Govbr,
    Hsds,
    /// The one-row-per-service spreadsheet template of `docs/import-csv.md`: a `.csv` file.
    Csv,
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Import(#[from] ImportError),
    #[error("{0}")]
    Synthetic(#[from] crate::synthetic::SyntheticError),
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
    #[error("create-admin: {0}")]
    Auth(#[from] crate::auth::AuthError),
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
        Command::CreateAdmin(args) => {
            let db = crate::db::connect(&url).await?;
            crate::db::migrate(&db).await?;
            let grant = crate::auth::roles::Grant {
                role: crate::auth::roles::Role::PlatformAdmin,
                agency: None,
            };
            let token =
                crate::auth::staff::invite(&db, &args.email, &grant, None, chrono::Utc::now()).await?;
            let base = args.public_url.trim_end_matches('/');
            println!(
                "Invitation for {} (platform administrator), valid for {} days, usable once:",
                args.email.trim(),
                crate::auth::staff::INVITATION_DAYS
            );
            println!("{base}/en/staff/invitation/{token}");
            Ok(())
        }
        Command::SeedSynthetic(args) => {
            let db = crate::db::connect(&url).await?;
            crate::db::migrate(&db).await?;
            let show_progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
            let summary =
                crate::synthetic::run(&db, args.services, args.seed, chrono::Utc::now(), show_progress)
                    .await?;
            println!("{summary}");
            Ok(())
        }
    }
}
