//! Integration tests: the real app on port 0 with a fresh database, driven over HTTP, on SQLite
//! and on PostgreSQL (`TEST_DATABASE_URL`, or a temporary cluster started from Debian's binaries).

// A test crate: failing loudly is the point.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod admin_import_support;
mod admin_support;
mod auth_support;
mod comments_support;
mod editorial_support;
mod helpers;
mod sms_fake_gateway;
mod sms_outbox_support;
mod sms_support;

mod admin_access;
mod admin_agencies;
mod admin_editor;
mod admin_editor_errors;
mod admin_editor_lists;
mod admin_import;
mod admin_services;
mod admin_services_pages;
mod admin_sms;
mod admin_staff;
mod admin_taxonomy;
mod admin_taxonomy_in_use;
mod auth_citizen;
mod auth_requests;
mod auth_staff;
mod cli;
mod client_address;
mod comments;
mod comments_http;
mod database_down;
mod editorial_access;
mod editorial_audit;
mod editorial_versions;
mod editorial_workflow;
mod feedback_http;
mod freshness;
mod headers;
mod health;
mod import_csv;
mod import_demo;
mod import_govbr;
mod import_hsds;
mod import_taxonomy;
mod language;
mod listing_pages;
mod migrations;
mod moderation;
mod moderation_http;
mod page_feedback;
mod page_sharing;
mod performance;
mod ratings;
mod ratings_http;
mod relevance;
mod router_per_process;
mod search;
mod search_engine;
mod service_page;
mod sms_conversation;
mod sms_delivery;
mod sms_limits;
mod sms_outbox;
mod sms_send;
mod sms_stats;
mod sms_webhooks;
mod staff_timing;
mod synthetic;
