//! mimalloc as the `docgen` binary and `cargo xtask bench` run it: the global allocator
//! ([`Mimalloc`]) and its memory options.
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

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_option_set, mi_option_t, mi_realloc,
    mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment of every block mimalloc hands out: its size classes are multiples of a word
/// and each page's blocks start aligned (mimalloc's own block copies assume as much).
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

/// mimalloc as the global allocator, asking for an alignment only where a type needs more than
/// a word.
///
/// The `mimalloc` crate's allocator passes every request through `mi_malloc_aligned`, and
/// mimalloc aligns a block over 1 kB whose size class is not a power of two by allocating
/// `alignment - 1` bytes more and marking its page as holding interior pointers, which frees
/// then undo: most of docgen's strings and vectors. Plain `mi_malloc` already gives a word's
/// alignment.
pub struct Mimalloc;

// SAFETY: every block comes from mimalloc and goes back to it; a layout whose alignment is a
// word or less gets a block mimalloc aligns to a word, any other an explicitly aligned block.
unsafe impl GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: mimalloc's allocation functions take any size and power-of-two alignment.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi_malloc(layout.size()).cast()
            } else {
                mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi_zalloc(layout.size()).cast()
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator, so by mimalloc.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from mimalloc with `layout`'s alignment, which the new block keeps.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

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

    /// Blocks of every alignment up to a page, small and over mimalloc's small sizes (1 kB),
    /// zeroed or not, are aligned as asked; growing and shrinking one keeps its bytes and its
    /// alignment.
    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes() {
        let allocator = Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 7, 24, 100, 1000, 1500, 3000, 70_000] {
                let layout = Layout::from_size_align(size, align).expect("valid layout");
                // SAFETY: a layout of non-zero size; each block is freed once, with its layout.
                unsafe {
                    let zeroed = allocator.alloc_zeroed(layout);
                    assert!(!zeroed.is_null());
                    assert_eq!(zeroed as usize % align, 0, "zeroed {size} at {align}");
                    assert!(
                        std::slice::from_raw_parts(zeroed, size)
                            .iter()
                            .all(|&b| b == 0)
                    );
                    allocator.dealloc(zeroed, layout);
                    let block = allocator.alloc(layout);
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "{size} at {align}");
                    for i in 0..size {
                        *block.add(i) = (i % 251) as u8;
                    }
                    let grown = allocator.realloc(block, layout, size * 3);
                    assert_eq!(grown as usize % align, 0, "grown {size} at {align}");
                    let kept = std::slice::from_raw_parts(grown, size);
                    assert!(kept.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
                    let grown_layout = Layout::from_size_align(size * 3, align).expect("valid");
                    let shrunk = allocator.realloc(grown, grown_layout, size.div_ceil(2));
                    assert_eq!(shrunk as usize % align, 0, "shrunk {size} at {align}");
                    let kept = std::slice::from_raw_parts(shrunk, size.div_ceil(2));
                    assert!(kept.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
                    let shrunk_layout =
                        Layout::from_size_align(size.div_ceil(2), align).expect("valid");
                    allocator.dealloc(shrunk, shrunk_layout);
                }
            }
        }
    }

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
