//! The collector's word inside an object: [`GcSlot`], and [`Traced`], the payload wrapper
//! that gives the most numerous container types (list, tuple, dict) one.
//!
//! A collection numbers the containers it examines and must find, for every reference it
//! traces, the number of the object referenced. CPython keeps that state in the object's
//! header (`gc_refs`); a side hash map from address to number costs a cache miss per lookup
//! and 40-odd bytes per object. Growing every object's header by a word would make every
//! object, strings and ints included, a 112-byte malloc block instead of 96, so the word lives
//! in the payloads of the container types that have room for it: `Payload::List`, `Tuple` and
//! `Dict` wrap their data in [`Traced`] (which reads as the data, through `Deref`), and
//! `Instance` has its own. The collector falls back to a hash map for the other, rarer,
//! containers (`gc::slot`).
//!
//! Outside a collection the number is 0. The low bit is a separate flag, "registered with
//! the collector", which instances use (`Instance::track`).

use std::cell::Cell;
use std::ops::Deref;

/// See the module docs. Bits 1..32: the object's number in the running collection plus one
/// (0: not examined); bit 0: registered.
#[derive(Default)]
pub struct GcSlot(Cell<u32>);

/// The largest number a slot holds; a collection examining more objects keeps the rest in
/// its hash map.
pub(crate) const MAX_INDEX: usize = (u32::MAX >> 1) as usize - 1;

impl GcSlot {
    pub const fn new() -> GcSlot {
        GcSlot(Cell::new(0))
    }

    /// The object's number in the running collection, if it is examined.
    #[inline(always)]
    pub(crate) fn index(&self) -> Option<usize> {
        match self.0.get() >> 1 {
            0 => None,
            n => Some(n as usize - 1),
        }
    }

    /// Numbers the object for the running collection; `i` is at most [`MAX_INDEX`].
    #[inline(always)]
    pub(crate) fn set_index(&self, i: usize) {
        debug_assert!(i <= MAX_INDEX);
        self.0.set(((i as u32 + 1) << 1) | (self.0.get() & 1));
    }

    /// Forgets the number (at the end of a collection).
    #[inline(always)]
    pub(crate) fn clear_index(&self) {
        self.0.set(self.0.get() & 1);
    }

    /// Whether the object was registered with the collector (instances: see
    /// `Instance::track`).
    #[inline(always)]
    pub fn registered(&self) -> bool {
        self.0.get() & 1 != 0
    }

    #[inline(always)]
    pub fn set_registered(&self, yes: bool) {
        self.0.set((self.0.get() & !1) | yes as u32);
    }
}

/// A payload's data with a [`GcSlot`] beside it; reads as the data.
#[derive(Default)]
pub struct Traced<T> {
    value: T,
    pub(crate) gc: GcSlot,
}

impl<T> Traced<T> {
    #[inline(always)]
    pub const fn new(value: T) -> Traced<T> {
        Traced {
            value,
            gc: GcSlot::new(),
        }
    }
}

impl<T> From<T> for Traced<T> {
    #[inline(always)]
    fn from(value: T) -> Traced<T> {
        Traced::new(value)
    }
}

impl<T> Deref for Traced<T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> std::ops::DerefMut for Traced<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

/// A `RefCell` with room for a [`GcSlot`]: its borrow count is 32 bits instead of a word,
/// so the iterator payload (`Payload::Iterator`), whose state fills a `RefCell` to the
/// payload's size, carries a slot without growing. Same rules as `RefCell`: any number of
/// shared borrows or one exclusive one.
pub struct TracedCell<T> {
    /// 0: free; n > 0: n shared borrows; -1: borrowed exclusively.
    flag: Cell<i32>,
    pub(crate) gc: GcSlot,
    value: std::cell::UnsafeCell<T>,
}

/// The error of a borrow that conflicts with one in progress.
#[derive(Debug)]
pub struct BorrowError;

/// A shared borrow of a [`TracedCell`].
pub struct Ref<'a, T> {
    cell: &'a TracedCell<T>,
}

/// An exclusive borrow of a [`TracedCell`].
pub struct RefMut<'a, T> {
    cell: &'a TracedCell<T>,
}

impl<T> TracedCell<T> {
    pub const fn new(value: T) -> TracedCell<T> {
        TracedCell {
            flag: Cell::new(0),
            gc: GcSlot::new(),
            value: std::cell::UnsafeCell::new(value),
        }
    }

    #[inline]
    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        let n = self.flag.get();
        if n < 0 || n == i32::MAX {
            return Err(BorrowError);
        }
        self.flag.set(n + 1);
        Ok(Ref { cell: self })
    }

    #[inline]
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowError> {
        if self.flag.get() != 0 {
            return Err(BorrowError);
        }
        self.flag.set(-1);
        Ok(RefMut { cell: self })
    }

    /// Like `RefCell::borrow`: panics if borrowed exclusively (an interpreter bug).
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        self.try_borrow()
            .expect("TracedCell already borrowed exclusively")
    }

    /// Like `RefCell::borrow_mut`: panics if borrowed (an interpreter bug).
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.try_borrow_mut().expect("TracedCell already borrowed")
    }
}

impl<T> std::ops::Deref for Ref<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: this shared borrow is counted in `flag`, which bars exclusive ones while
        // it lives; the cell is not `Sync`, so no other thread can touch it.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> Drop for Ref<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.flag.set(self.cell.flag.get() - 1);
    }
}

impl<T> std::ops::Deref for RefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: `flag` is -1 while this borrow lives, which bars every other borrow.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> std::ops::DerefMut for RefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as for `deref`: this is the only borrow while it lives.
        unsafe { &mut *self.cell.value.get() }
    }
}

impl<T> Drop for RefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.flag.set(0);
    }
}
