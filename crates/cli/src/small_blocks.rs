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
//! Blocks are carved out of 16 KiB slabs taken from the system allocator (a multiple of 8
//! bytes each, aligned to 8; a layout that needs more alignment goes to the system), and are
//! never given back: like CPython's pools, the lists keep what the program's peak needed. A
//! block freed on another thread than the one that made it joins that thread's list, which
//! is sound since every block of a class has the same size and alignment. Anything larger
//! goes to the system as it is.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Largest size (bytes) served from the free lists.
const MAX_SMALL: usize = 256;
/// Size classes: 8, 16, ..., MAX_SMALL bytes.
const CLASSES: usize = MAX_SMALL / 8;
/// The alignment every block has: a multiple of 8 from the start of an 8-aligned slab.
/// Layouts that need more go to the system allocator.
const BLOCK_ALIGN: usize = 8;

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
    if size == 0 || size > MAX_SMALL || layout.align() > BLOCK_ALIGN {
        return None;
    }
    Some(size.div_ceil(8) - 1)
}

/// Bytes taken from the system at a time to carve blocks of one class from.
const SLAB: usize = 16 * 1024;

/// An empty list of `class` gets a slab of blocks from the system: one of them is returned,
/// the rest go on the list. Carving many blocks out of one allocation costs a fraction of a
/// system `malloc` each (a fresh glibc block is ~100 instructions), and the blocks need no
/// header of their own: an 88-byte object takes 88 bytes, not a 96-byte glibc chunk.
///
/// # Safety
/// `class` must be below `CLASSES`.
#[cold]
unsafe fn refill(class: usize) -> *mut u8 {
    let size = (class + 1) * 8;
    let count = SLAB / size;
    // SAFETY: `count * size` is nonzero and at most `SLAB`; alignment 8 is a power of two.
    let slab = unsafe { System.alloc(Layout::from_size_align_unchecked(count * size, 8)) };
    if slab.is_null() {
        return slab;
    }
    FREE.with(|free| {
        // Blocks 1.. onto the list, the first one ending up on top (the lowest address is
        // handed out first, for locality).
        for i in (1..count).rev() {
            // SAFETY: block `i` lies inside the slab, is 8-aligned (a multiple of 8 from an
            // 8-aligned base) and at least 8 bytes long: room for the link.
            unsafe {
                let block = slab.add(i * size);
                block.cast::<*mut u8>().write(free[class].get());
                free[class].set(block);
            }
        }
    });
    slab
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
        // SAFETY: `class` is a size class (from `class_of`).
        unsafe { refill(class) }
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
        let layout = Layout::from_size_align(64, 16).unwrap();
        unsafe {
            let p = a.alloc(layout);
            assert_eq!(p as usize % 16, 0);
            a.dealloc(p, layout);
        }
    }
}
