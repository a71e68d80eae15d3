//! The search engine alone against PostgreSQL full-text search, on the same services and the
//! same 1,000 queries (`benches/queries.txt`), one query at a time: latency percentiles of each
//! and their ratio. Also the time to build the index from the database, and autocomplete.
//!
//! Run with `server/benches/engine.sh` (seeds the databases first), or directly:
//! `BENCH_DATABASE_URL=sqlite:///tmp/b.db BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1/b \
//!  cargo bench -p server --bench search_engine`. Without `BENCH_POSTGRES_URL` only the engine runs.
//! `BENCH_ROUNDS` (default 3) timed passes over the mix follow one untimed warm-up pass.
//! `BENCH_SLOWEST=N` lists the N queries whose fastest round was slowest.

use std::error::Error;
use std::sync::Arc;
use std::time::{Duration, Instant};

use app::locale::Locale;
use sea_orm::sqlx::postgres::PgPoolOptions;
use sea_orm::sqlx::{self, Row};
use server::search::{EngineQuery, SearchIndex};

type BenchResult<T> = Result<T, Box<dyn Error + Send + Sync>>;

/// Results a page shows first; PostgreSQL is asked for the same number.
const TOP: usize = 10;
/// The search box asks for this many completions (`catalog::places::SUGGESTIONS`).
const SUGGESTIONS: usize = 8;

/// The PostgreSQL side, as `engine.sh` creates it (see `pg_fts.sql`): the documents are
/// Portuguese, so the query is analysed with their (accent-folding) Portuguese configuration.
const PG_QUERY: &str = "SELECT id, name, summary, ts_rank_cd(tsv, query) AS rank \
     FROM fts_services, websearch_to_tsquery('ventanilla_pt', $1) AS query \
     WHERE tsv @@ query ORDER BY rank DESC LIMIT 10";

struct Query {
    lang: Locale,
    text: String,
}

fn main() -> BenchResult<()> {
    // `cargo bench` passes `--bench`; this binary has no options of its own.
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(run())
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

async fn run() -> BenchResult<()> {
    server::serve::install_crypto_provider();
    let database_url = std::env::var("BENCH_DATABASE_URL")
        .map_err(|_| "set BENCH_DATABASE_URL to a seeded database (see benches/README.md)")?;
    let rounds: usize = env_or("BENCH_ROUNDS", "3").parse()?;
    let queries_path = env_or(
        "BENCH_QUERIES",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries.txt"),
    );
    let queries = read_queries(&queries_path)?;
    println!(
        "queries: {} from {queries_path}; {rounds} timed rounds after 1 warm-up",
        queries.len()
    );

    let db = server::db::connect(&database_url).await?;
    let index = SearchIndex::open(std::env::var("BENCH_INDEX_DIR").ok().map(Into::into))?;
    let started = Instant::now();
    let indexed = server::search::rebuild(&index, &db).await?.services;
    let build = started.elapsed();
    println!(
        "index build: {indexed} services in {:.1} s ({:.0} services/s)",
        build.as_secs_f64(),
        indexed as f64 / build.as_secs_f64().max(0.001)
    );
    // As the server does after its build: one segment per core (`SearchIndex::compact`).
    let started = Instant::now();
    tokio::task::spawn_blocking({
        let index = Arc::clone(&index);
        move || index.compact()
    })
    .await??;
    println!("index merged in {:.1} s", started.elapsed().as_secs_f64());

    let engine = tokio::task::spawn_blocking({
        let index = Arc::clone(&index);
        let queries = queries_clone(&queries);
        move || engine_latencies(&index, &queries, rounds)
    })
    .await??;
    report("engine search (top 10, facets, snippets)", &engine);
    slowest(&queries, &engine);

    let suggest = tokio::task::spawn_blocking({
        let index = Arc::clone(&index);
        let queries = queries_clone(&queries);
        move || suggest_latencies(&index, &queries, rounds)
    })
    .await??;
    report("engine suggest (8 names)", &suggest);
    slowest(&queries, &suggest);

    let Ok(pg_url) = std::env::var("BENCH_POSTGRES_URL") else {
        println!("BENCH_POSTGRES_URL not set: PostgreSQL full-text search skipped");
        return Ok(());
    };
    let pg = pg_latencies(&pg_url, &queries, rounds).await?;
    report("PostgreSQL FTS (websearch_to_tsquery, ts_rank_cd, top 10)", &pg);
    let ratio = |p: f64| {
        percentile(&pg.samples, p).as_secs_f64() / percentile(&engine.samples, p).as_secs_f64().max(1e-9)
    };
    println!(
        "PostgreSQL / engine: p50 {:.1}x, p99 {:.1}x, mean {:.1}x",
        ratio(0.50),
        ratio(0.99),
        mean(&pg.samples).as_secs_f64() / mean(&engine.samples).as_secs_f64().max(1e-9)
    );
    Ok(())
}

fn read_queries(path: &str) -> BenchResult<Vec<Query>> {
    let text = std::fs::read_to_string(path)?;
    let mut queries = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (lang, query) = line
            .split_once('\t')
            .ok_or_else(|| format!("{path}:{}: expected `lang<TAB>query`", number + 1))?;
        let lang = Locale::from_code(lang)
            .ok_or_else(|| format!("{path}:{}: unknown language {lang}", number + 1))?;
        queries.push(Query {
            lang,
            text: query.to_owned(),
        });
    }
    Ok(queries)
}

fn queries_clone(queries: &[Query]) -> Vec<Query> {
    queries
        .iter()
        .map(|q| Query {
            lang: q.lang,
            text: q.text.clone(),
        })
        .collect()
}

/// The reader's language, then the others: what `fallback_chain` gives without overrides.
fn chain(reader: Locale) -> Vec<Locale> {
    let mut chain = vec![reader];
    chain.extend(Locale::ALL.into_iter().filter(|l| *l != reader));
    chain
}

struct Latencies {
    samples: Vec<Duration>,
    /// Queries (of one round) that found nothing.
    empty: usize,
    /// Each query's fastest round, in the order of the mix: which queries are slow, and why.
    per_query: Vec<Duration>,
}

/// One warm-up pass, then `rounds` timed passes; `run` returns how many results it found.
fn timed(
    queries: &[Query],
    rounds: usize,
    mut run: impl FnMut(&Query) -> BenchResult<usize>,
) -> BenchResult<Latencies> {
    let mut empty = 0;
    for query in queries {
        if run(query)? == 0 {
            empty += 1;
        }
    }
    let mut samples = Vec::with_capacity(queries.len() * rounds);
    let mut per_query = vec![Duration::MAX; queries.len()];
    for _ in 0..rounds {
        for (query, fastest) in queries.iter().zip(per_query.iter_mut()) {
            let started = Instant::now();
            std::hint::black_box(run(query)?);
            let elapsed = started.elapsed();
            samples.push(elapsed);
            *fastest = (*fastest).min(elapsed);
        }
    }
    samples.sort_unstable();
    Ok(Latencies {
        samples,
        empty,
        per_query,
    })
}

fn engine_latencies(index: &SearchIndex, queries: &[Query], rounds: usize) -> BenchResult<Latencies> {
    timed(queries, rounds, |query| {
        let request = EngineQuery {
            text: query.text.clone(),
            chain: chain(query.lang),
            limit: TOP,
            ..EngineQuery::default()
        };
        Ok(index.search_afresh(&request)?.hits.len())
    })
}

fn suggest_latencies(index: &SearchIndex, queries: &[Query], rounds: usize) -> BenchResult<Latencies> {
    timed(queries, rounds, |query| {
        Ok(index.suggest_afresh(&query.text, query.lang, SUGGESTIONS)?.len())
    })
}

async fn pg_latencies(url: &str, queries: &[Query], rounds: usize) -> BenchResult<Latencies> {
    // One connection, one query at a time, like the engine; JIT off as for any OLTP database
    // (its compile time would otherwise land on the slowest queries).
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .after_connect(|connection, _| {
            Box::pin(async move {
                sqlx::query("SET jit = off").execute(&mut *connection).await?;
                Ok(())
            })
        })
        .connect(url)
        .await?;
    let services: i64 = sqlx::query("SELECT count(*) FROM fts_services")
        .fetch_one(&pool)
        .await?
        .try_get(0)?;
    println!("PostgreSQL: {services} services in fts_services");
    let handle = tokio::runtime::Handle::current();
    let queries = queries_clone(queries);
    tokio::task::spawn_blocking(move || {
        timed(&queries, rounds, |query| {
            let rows = handle.block_on(sqlx::query(PG_QUERY).bind(&query.text).fetch_all(&pool))?;
            Ok(rows.len())
        })
    })
    .await?
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn mean(samples: &[Duration]) -> Duration {
    let total: Duration = samples.iter().sum();
    total / u32::try_from(samples.len().max(1)).unwrap_or(u32::MAX)
}

fn report(what: &str, latencies: &Latencies) {
    let ms = |d: Duration| d.as_secs_f64() * 1_000.0;
    let samples = &latencies.samples;
    println!(
        "{what}: n={} p50={:.3} ms p90={:.3} ms p99={:.3} ms max={:.3} ms mean={:.3} ms; \
         {} of the queries found nothing",
        samples.len(),
        ms(percentile(samples, 0.50)),
        ms(percentile(samples, 0.90)),
        ms(percentile(samples, 0.99)),
        ms(samples.last().copied().unwrap_or_default()),
        ms(mean(samples)),
        latencies.empty
    );
}

/// With `BENCH_SLOWEST=N`, the N queries whose fastest round was slowest: where to look next.
fn slowest(queries: &[Query], latencies: &Latencies) {
    let count: usize = env_or("BENCH_SLOWEST", "0").parse().unwrap_or(0);
    let mut order: Vec<usize> = (0..latencies.per_query.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(latencies.per_query[i]));
    for &i in order.iter().take(count) {
        println!(
            "  {:8.3} ms  {}\t{}",
            latencies.per_query[i].as_secs_f64() * 1_000.0,
            queries[i].lang.code(),
            queries[i].text
        );
    }
}
