//! The process's allocator: small blocks are recycled through per-thread free lists in front
//! of the system allocator, as CPython's `obmalloc` does for its objects.
//!
//! A Python program makes and frees objects at a high rate, nearly all of them small (an
//! object is an 88-byte `Rc` block; a short list's buffer, a dict's index table or a boxed
//! frame part are a few dozen bytes). glibc's fast path for them (its per-thread cache) holds
//! only seven blocks per size; past that, each free and malloc goes through its bins, and a
//! large free consolidates them all: in the strings benchmark a sixth of all instructions
//! were in `malloc`/`free`. Here a freed block of up to [`MAX_SMALL`] bytes is pushed onto a
//! list for its size class (the link lives in the block itself) and the next allocation of
//! that class pops it: a handful of instructions each way, and the block reused is the one
//! freed last, still in the cache.
//!
//! Blocks come from the system allocator, rounded up to their class (a multiple of 8 bytes;
//! glibc aligns every block to 16), and are never given back: like CPython's pools, the lists
//! keep what the program's peak needed. A block freed on another thread than the one that
//! made it joins that thread's list, which is sound since every block of a class has the
//! same size and alignment. Anything larger, or aligned past 16, goes to the system as it is.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Largest size (bytes) served from the free lists.
const MAX_SMALL: usize = 256;
/// Size classes: 8, 16, ..., MAX_SMALL bytes.
const CLASSES: usize = MAX_SMALL / 8;
/// Every block the system allocator returns is aligned at least this much (glibc: 16).
const SYSTEM_ALIGN: usize = 16;

thread_local! {
    /// Per size class, the most recently freed block (its first word links to the next).
    /// No destructor: the lists are usable until the thread's very end.
    static FREE: [Cell<*mut u8>; CLASSES] = const { [const { Cell::new(ptr::null_mut()) }; CLASSES] };
}

pub struct SmallBlocks;

/// The size class of a layout served from the free lists, or `None` for the system's.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    if size == 0 || size > MAX_SMALL || layout.align() > SYSTEM_ALIGN {
        return None;
    }
    Some(size.div_ceil(8) - 1)
}

/// The layout the system allocator is asked for, for a block of `class`.
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // SAFETY: the size is a nonzero multiple of 8 below `MAX_SMALL + 8`, the alignment 8.
    unsafe { Layout::from_size_align_unchecked((class + 1) * 8, 8) }
}

unsafe impl GlobalAlloc for SmallBlocks {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(&layout) else {
            // SAFETY: the caller's layout, passed on unchanged.
            return unsafe { System.alloc(layout) };
        };
        let popped = FREE.with(|free| {
            let head = free[class].get();
            if !head.is_null() {
                // SAFETY: a block on the list is free and its first word, written by
                // `dealloc`, is the next one on the list.
                free[class].set(unsafe { head.cast::<*mut u8>().read() });
            }
            head
        });
        if !popped.is_null() {
            return popped;
        }
        // SAFETY: a valid nonzero layout; the system's blocks are aligned to `SYSTEM_ALIGN`,
        // which covers `layout.align()` (checked by `class_of`).
        unsafe { System.alloc(class_layout(class)) }
    }

    #[inline(always)]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class_of(&layout) else {
            // SAFETY: a block `alloc` took from the system with this very layout.
            return unsafe { System.dealloc(block, layout) };
        };
        FREE.with(|free| {
            // SAFETY: the block is at least 8 bytes, aligned to 8, and no longer used by
            // its owner: its first word can hold the link.
            unsafe { block.cast::<*mut u8>().write(free[class].get()) };
            free[class].set(block);
        });
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (all three): `new_size` is nonzero and, rounded to the alignment, does not
        // overflow (the caller's contract), so the new layout is valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(&layout), class_of(&new_layout)) {
            // Both from the system: it can often grow the block in place.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            // The same class: the block already has the room.
            (Some(a), Some(b)) if a == b => block,
            _ => unsafe {
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    ptr::copy_nonoverlapping(block, new, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                new
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_freed_small_block_is_reused_for_its_class() {
        let a = SmallBlocks;
        let layout = Layout::from_size_align(88, 8).unwrap();
        unsafe {
            let p = a.alloc(layout);
            assert!(!p.is_null());
            p.write_bytes(0xAB, 88);
            a.dealloc(p, layout);
            // 81..=88 bytes are one class: the block just freed comes back.
            let q = a.alloc(Layout::from_size_align(81, 8).unwrap());
            assert_eq!(p, q);
            a.dealloc(q, Layout::from_size_align(81, 8).unwrap());
        }
    }

    #[test]
    fn realloc_keeps_the_contents_across_classes_and_to_the_system() {
        let a = SmallBlocks;
        unsafe {
            let small = Layout::from_size_align(24, 8).unwrap();
            let p = a.alloc(small);
            for i in 0..24 {
                p.add(i).write(i as u8);
            }
            let p = a.realloc(p, small, 200);
            let mid = Layout::from_size_align(200, 8).unwrap();
            let p = a.realloc(p, mid, 5000);
            for i in 0..24 {
                assert_eq!(p.add(i).read(), i as u8);
            }
            let big = Layout::from_size_align(5000, 8).unwrap();
            let p = a.realloc(p, big, 16);
            for i in 0..16 {
                assert_eq!(p.add(i).read(), i as u8);
            }
            a.dealloc(p, Layout::from_size_align(16, 8).unwrap());
        }
    }

    #[test]
    fn over_aligned_layouts_go_to_the_system() {
        let a = SmallBlocks;
        let layout = Layout::from_size_align(64, 64).unwrap();
        unsafe {
            let p = a.alloc(layout);
            assert_eq!(p as usize % 64, 0);
            a.dealloc(p, layout);
        }
    }
}
