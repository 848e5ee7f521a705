//! mimalloc as the `docgen` binary and `cargo xtask bench` run it.
//!
//! By default mimalloc keeps freed memory for a second before giving it back to the system, and
//! commits each arena whole. A run of docgen is a few seconds of stages that each build large
//! values and drop them, so memory the last stage freed stayed resident under the next one's:
//! on beta, `generate` peaked at 319–338 MB resident with the defaults.
//!
//! Giving freed memory back at once (a purge delay of 0) brought that to 231–236 MB, but each
//! page given back and asked for again is zeroed again by the kernel: a quarter of `check`'s
//! time went to page faults. A delay of 100 ms lets a stage reuse what the previous one freed
//! and still gives it back before the next stage peaks: `check` 25–29% faster (v1.0 0.38 s to
//! 0.27 s, beta 1.00 s to 0.75 s, medians of 7), `generate` on beta 15% (2.15 s to 1.82 s), at a
//! peak of 261–277 MB.
//!
//! Transparent huge pages are off for the process: mimalloc asks for them on its arenas, and
//! the kernel then zeroes and keeps 2 MB wherever docgen touches a few kB. Without them the
//! peak falls back to 231–246 MB (`check`: v1.0 91–99 MB, beta 202–206 MB) at the same speed.

use libmimalloc_sys::{mi_option_set, mi_option_t};

/// `mi_option_arena_eager_commit` in mimalloc.h (the Rust bindings name only some options;
/// mimalloc keeps option numbers fixed, filling retired ones with `deprecated_` names).
const ARENA_EAGER_COMMIT: mi_option_t = 4;
/// `mi_option_purge_delay` in mimalloc.h, in milliseconds.
const PURGE_DELAY: mi_option_t = 15;

/// How long freed memory stays with the process before it goes back to the system.
const PURGE_DELAY_MS: std::ffi::c_long = 100;

/// Makes mimalloc return freed memory to the system after [`PURGE_DELAY_MS`] rather than a
/// second and commit arenas as they fill, and turns transparent huge pages off for the process.
/// Call it first thing in `main`, before other threads start.
pub fn set_memory_options() {
    // SAFETY: `mi_option_set` writes a global option table without locking; it is called
    // before any other thread exists, and mimalloc reads these two options at each purge and
    // each arena reservation.
    unsafe {
        mi_option_set(PURGE_DELAY, PURGE_DELAY_MS);
        mi_option_set(ARENA_EAGER_COMMIT, 0);
    }
    // SAFETY: prctl with PR_SET_THP_DISABLE only sets a flag of this process.
    #[cfg(target_os = "linux")]
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use libmimalloc_sys::mi_option_get;

    /// The option numbers are mimalloc's: each default is the one mimalloc.h documents for the
    /// option it names (1000 ms purge delay; arena eager commit 2, "on if the OS overcommits").
    #[test]
    fn the_option_numbers_are_mimallocs_and_the_options_take_effect() {
        // SAFETY: reads of the option table; no other test sets options.
        let defaults = unsafe {
            (
                mi_option_get(PURGE_DELAY),
                mi_option_get(ARENA_EAGER_COMMIT),
            )
        };
        assert_eq!(defaults, (1000, 2));
        set_memory_options();
        let set = unsafe {
            (
                mi_option_get(PURGE_DELAY),
                mi_option_get(ARENA_EAGER_COMMIT),
            )
        };
        assert_eq!(set, (PURGE_DELAY_MS, 0));
        #[cfg(target_os = "linux")]
        {
            // SAFETY: reads a flag of this process.
            let thp_disabled = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
            assert_eq!(thp_disabled, 1);
        }
    }
}
