//! mimalloc as the `docgen` binary and `cargo xtask bench` run it.
//!
//! By default mimalloc keeps freed memory for a second before giving it back to the system, and
//! commits each arena whole. A run of docgen is a few seconds of stages that each build large
//! values and drop them, so memory the last stage freed stayed resident under the next one's:
//! on beta, `generate` peaked at 319–338 MB resident, 243–254 MB with the options below.

use libmimalloc_sys::{mi_option_set, mi_option_t};

/// `mi_option_arena_eager_commit` in mimalloc.h (the Rust bindings name only some options;
/// mimalloc keeps option numbers fixed, filling retired ones with `deprecated_` names).
const ARENA_EAGER_COMMIT: mi_option_t = 4;
/// `mi_option_purge_delay` in mimalloc.h, in milliseconds.
const PURGE_DELAY: mi_option_t = 15;

/// Makes mimalloc return freed memory to the system at once and commit arenas as they fill.
/// Call it first thing in `main`, before other threads start.
pub fn return_freed_memory_at_once() {
    // SAFETY: `mi_option_set` writes a global option table without locking; it is called
    // before any other thread exists, and mimalloc reads these two options at each purge and
    // each arena reservation.
    unsafe {
        mi_option_set(PURGE_DELAY, 0);
        mi_option_set(ARENA_EAGER_COMMIT, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use libmimalloc_sys::mi_option_get;

    /// The option numbers are mimalloc's: each default is the one mimalloc.h documents for the
    /// option it names (1000 ms purge delay; arena eager commit 2, "on if the OS overcommits").
    #[test]
    fn the_option_numbers_name_the_purge_delay_and_eager_commit() {
        // SAFETY: reads of the option table; no other test sets options.
        let defaults = unsafe {
            (
                mi_option_get(PURGE_DELAY),
                mi_option_get(ARENA_EAGER_COMMIT),
            )
        };
        assert_eq!(defaults, (1000, 2));
        return_freed_memory_at_once();
        let set = unsafe {
            (
                mi_option_get(PURGE_DELAY),
                mi_option_get(ARENA_EAGER_COMMIT),
            )
        };
        assert_eq!(set, (0, 0));
    }
}
