//! The one-stop shop's server: composition of the HTTP app, the database adapters, the
//! importers and the command line.

pub mod auth;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod editorial;
pub mod http;
pub mod import;
pub mod search;
pub mod serve;
pub mod sms;
pub mod synthetic;
pub mod telemetry;
pub mod text;
