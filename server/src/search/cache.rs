//! Recent answers by question, kept until the index changes. Citizens ask the same few things
//! ("passaporte", "cpf", the first letters of "aposentadoria") far more often than anything
//! else, so an answer is often ready before the engine is asked. Bounded by an estimate of the
//! bytes held; the oldest answers go first.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::locale::Locale;

use super::{Display, EngineResults};

/// What an answer costs to keep, roughly in bytes.
pub trait Weight {
    fn weight(&self) -> usize;
}

pub struct AnswerCache<K, V> {
    budget: usize,
    /// How long an answer may be kept on one generation; for the whole generation when `None`.
    lifetime: Option<Duration>,
    state: Mutex<State<K, V>>,
}

struct State<K, V> {
    /// The index generation the answers were computed on.
    generation: u64,
    answers: HashMap<K, (Arc<V>, usize, Instant)>,
    oldest_first: VecDeque<K>,
    held: usize,
}

impl<K: Hash + Eq + Clone, V: Weight> AnswerCache<K, V> {
    pub fn new(budget: usize) -> Self {
        Self::with_lifetime(budget, None)
    }

    pub fn with_lifetime(budget: usize, lifetime: Option<Duration>) -> Self {
        Self {
            budget,
            lifetime,
            state: Mutex::new(State {
                generation: 0,
                answers: HashMap::new(),
                oldest_first: VecDeque::new(),
                held: 0,
            }),
        }
    }

    /// The answer computed on this generation of the index, if kept.
    pub fn get(&self, question: &K, generation: u64) -> Option<Arc<V>> {
        let state = self.state.lock().ok()?;
        if state.generation != generation {
            return None;
        }
        state
            .answers
            .get(question)
            .filter(|(_, _, kept)| !self.expired(*kept))
            .map(|(answer, _, _)| Arc::clone(answer))
    }

    fn expired(&self, kept: Instant) -> bool {
        self.lifetime.is_some_and(|lifetime| kept.elapsed() >= lifetime)
    }

    /// Keeps an answer computed on `generation`. An answer of an older generation than the
    /// cache's is dropped: the index changed while it was computed.
    pub fn put(&self, question: K, answer: Arc<V>, generation: u64) {
        let Ok(mut state) = self.state.lock() else { return };
        if generation < state.generation {
            return;
        }
        if generation > state.generation {
            state.generation = generation;
            state.answers.clear();
            state.oldest_first.clear();
            state.held = 0;
        }
        let weight = answer.weight() + std::mem::size_of::<K>();
        if weight > self.budget / 8 {
            return;
        }
        match state.answers.get(&question) {
            Some((_, _, kept)) if !self.expired(*kept) => return,
            Some(_) => {
                if let Some((_, dropped, _)) = state.answers.remove(&question) {
                    state.held -= dropped;
                }
                state.oldest_first.retain(|kept| *kept != question);
            }
            None => {}
        }
        while state.held + weight > self.budget {
            let Some(oldest) = state.oldest_first.pop_front() else {
                break;
            };
            if let Some((_, dropped, _)) = state.answers.remove(&oldest) {
                state.held -= dropped;
            }
        }
        state.held += weight;
        state.oldest_first.push_back(question.clone());
        state.answers.insert(question, (answer, weight, Instant::now()));
    }
}

impl Weight for Display {
    fn weight(&self) -> usize {
        let texts = |texts: &[(Locale, String)]| texts.iter().map(|(_, t)| t.len() + 32).sum::<usize>();
        std::mem::size_of::<Display>()
            + self.slug.len()
            + self.agency_slug.len()
            + texts(&self.names)
            + texts(&self.summaries)
            + texts(&self.agency_names)
    }
}

impl Weight for Option<String> {
    fn weight(&self) -> usize {
        std::mem::size_of::<Self>() + self.as_ref().map_or(0, String::len)
    }
}

impl Weight for Vec<Display> {
    fn weight(&self) -> usize {
        self.iter().map(Weight::weight).sum()
    }
}

impl Weight for EngineResults {
    fn weight(&self) -> usize {
        let hits: usize = self
            .hits
            .iter()
            .map(|hit| hit.display.weight() + hit.snippet.as_ref().map_or(0, |(_, s)| s.len()))
            .sum();
        std::mem::size_of::<EngineResults>() + hits + self.facets.weight()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sized(usize);

    impl Weight for Sized {
        fn weight(&self) -> usize {
            self.0
        }
    }

    const KEY: usize = std::mem::size_of::<&str>();

    #[test]
    fn answers_last_until_the_index_changes() {
        let cache = AnswerCache::new(10_000);
        cache.put("cpf", Arc::new(Sized(10)), 3);
        assert_eq!(cache.get(&"cpf", 3).map(|a| a.0), Some(10));
        assert!(cache.get(&"rg", 3).is_none(), "never asked");
        assert!(cache.get(&"cpf", 4).is_none(), "the index changed");
        cache.put("rg", Arc::new(Sized(20)), 4);
        assert!(
            cache.get(&"cpf", 4).is_none(),
            "a newer answer cleared the old generation"
        );
        cache.put("cpf", Arc::new(Sized(10)), 3);
        assert!(
            cache.get(&"cpf", 3).is_none(),
            "computed before the change: not kept"
        );
        assert!(cache.get(&"rg", 4).is_some());
    }

    #[test]
    fn an_answer_with_a_lifetime_is_replaced_once_it_expires() {
        let cache = AnswerCache::with_lifetime(10_000, Some(Duration::from_millis(50)));
        cache.put("cpf", Arc::new(Sized(10)), 1);
        cache.put("cpf", Arc::new(Sized(11)), 1);
        assert_eq!(cache.get(&"cpf", 1).map(|a| a.0), Some(10), "still fresh: kept");
        std::thread::sleep(Duration::from_millis(60));
        assert!(cache.get(&"cpf", 1).is_none(), "expired");
        cache.put("cpf", Arc::new(Sized(12)), 1);
        assert_eq!(cache.get(&"cpf", 1).map(|a| a.0), Some(12), "replaced");
    }

    #[test]
    fn the_oldest_answers_make_room_and_huge_ones_are_not_kept() {
        let cache = AnswerCache::new(8 * (10 + KEY));
        let questions = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for question in questions {
            cache.put(question, Arc::new(Sized(10)), 1);
        }
        assert!(cache.get(&"a", 1).is_none(), "the oldest went");
        assert!(questions[1..].iter().all(|q| cache.get(q, 1).is_some()));
        cache.put("huge", Arc::new(Sized(1_000)), 1);
        assert!(cache.get(&"huge", 1).is_none(), "over an eighth of the budget");
        assert!(cache.get(&"b", 1).is_some(), "and it evicted nothing");
    }
}
