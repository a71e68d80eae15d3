//! Routers built in one process while another router serves pages (a second instance, or the
//! next test): no page may wait on another router's route generation (leptos-rs/leptos#4773:
//! generating the route list sets a process-wide flag, and a resource that first runs while it
//! is set never finishes).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use server::sms::gateways::SmsGateways;

use crate::helpers::{Backend, TestApp, router_for};

const READERS: usize = 6;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_while_other_routers_are_built() {
    let app = Arc::new(TestApp::with_fixtures(Backend::Sqlite).await);
    let building = Arc::new(AtomicBool::new(true));
    let builder = {
        let (app, building) = (Arc::clone(&app), Arc::clone(&building));
        tokio::task::spawn_blocking(move || {
            for _ in 0..300 {
                let _router = router_for(
                    &app.db,
                    &app.index,
                    app.address,
                    Vec::new(),
                    SmsGateways::default(),
                );
            }
            building.store(false, Ordering::Relaxed);
        })
    };
    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let (app, building) = (Arc::clone(&app), Arc::clone(&building));
            tokio::spawn(async move {
                let mut pages = 0;
                while building.load(Ordering::Relaxed) {
                    // The not-found page renders through a resource, the kind that stalled.
                    let response = app
                        .client
                        .get(app.url("/es/services/does-not-exist"))
                        .timeout(Duration::from_secs(10))
                        .send()
                        .await
                        .expect("the page answers within 10 s, never stalls");
                    assert_eq!(response.status(), 404);
                    pages += 1;
                }
                pages
            })
        })
        .collect();
    builder.await.expect("routers built");
    let mut pages = 0;
    for reader in readers {
        pages += reader.await.expect("reader");
    }
    assert!(pages > 0, "pages were asked while routers were built");
}
