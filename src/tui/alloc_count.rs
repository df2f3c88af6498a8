//! Counting heap allocations in the library's unit tests, to hold screens to "render only
//! prepared state": a second frame of an unchanged screen should allocate next to nothing.
//!
//! Owns the test binary's one `#[global_allocator]`: the system allocator, counting each
//! allocation (and reallocation) on the thread that makes it, so tests running side by side
//! on other threads do not disturb a count. Test-only (`#[cfg(test)]` in `tui/mod.rs`); the
//! windown binary keeps the plain system allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting.
struct Counting;

thread_local! {
    /// Allocations made on this thread so far. A `const` thread-local without a destructor:
    /// reading it never allocates, so the allocator may use it.
    static COUNT: Cell<u64> = const { Cell::new(0) };
}

fn count_one() {
    // During a thread's teardown the slot may be gone: that allocation is not counted.
    let _ = COUNT.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every call is handed to `System` unchanged; counting touches only a thread-local
// `Cell` and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller's promises about `layout` are passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: `ptr` came from this allocator, that is from `System`, with `layout`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as in `realloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Run `f` and count the allocations it made on this thread (reallocations count as one).
pub(crate) fn allocations<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = COUNT.with(Cell::get);
    let r = f();
    let after = COUNT.with(Cell::get);
    (r, after - before)
}

/// Draw `view` twice at `w` x `h` on a test terminal, as the app does (through
/// [`crate::tui::theme::finish`]), and count the allocations of the second frame.
pub(crate) fn second_frame(view: &dyn crate::tui::screens::View, w: u16, h: u16) -> u64 {
    use crate::tui::screens::tests::cx;
    use crate::tui::theme::{self, Look};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let cx = cx(Look::FULL);
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    let frame = |t: &mut Terminal<TestBackend>| {
        t.draw(|f| {
            let area = f.area();
            view.render(&cx, area, f.buffer_mut());
            theme::finish(Look::FULL, f.buffer_mut());
        })
        .map(|_| ())
        .expect("drawn");
    };
    frame(&mut t);
    let ((), n) = allocations(|| frame(&mut t));
    n
}

mod tests {
    use super::*;

    #[test]
    fn counts_what_it_is_given_and_nothing_else() {
        let (v, n) = allocations(|| vec![1u8; 64]);
        assert_eq!((v.len(), n), (64, 1));
        let ((), n) = allocations(|| {});
        assert_eq!(n, 0);
    }
}
