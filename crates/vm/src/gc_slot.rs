//! The collector's word inside an object: [`GcSlot`], and the wrappers that give container
//! types one: [`Traced`] and [`TracedCell`].
//!
//! For every reference a collection traces, it must find the state of the object referenced
//! (is it examined? its count of references from outside; is it alive?). CPython keeps that
//! state in the object's header (`gc_refs`); a side hash map from address to state costs a
//! cache miss per lookup and tens of bytes per object. Growing every object's header by a word
//! would make every object, strings and ints included, a 112-byte malloc block instead of 96,
//! so the word lives in the payloads of the container types that have room for it:
//! `Payload::List`, `Tuple`, `Dict`, `Function`, `BoundMethod`, `Cell`, `ClassMethod`,
//! `StaticMethod`, `Type`, `Generator` and `Exception` wrap their data in [`Traced`] (which
//! reads as the data, through `Deref`), `Iterator` and `Set` keep theirs in a [`TracedCell`]
//! (a `RefCell` with a 32-bit borrow count, leaving room for the slot), and `Instance` has its
//! own. The collector keeps
//! the state of the other, rarer, containers in a hash map while it runs (`gc::slot`).
//!
//! Outside a collection only bit 0 may be set: "registered with the collector", which
//! instances use (`Instance::track`).

use std::cell::Cell;
use std::ops::Deref;

/// See the module docs. Bit 0: registered (instances); the others belong to the running
/// collection: examined, traced, scanned, alive, and the count ([`GcSlot::count`]).
#[derive(Default)]
pub struct GcSlot(Cell<u32>);

const REGISTERED: u32 = 1;
const EXAMINED: u32 = 2;
const TRACED: u32 = 4;
const SCANNED: u32 = 8;
const ALIVE: u32 = 16;
const COUNT_SHIFT: u32 = 5;
/// The largest count a slot holds; a count that reaches it stays there (the object is then
/// always treated as referenced from outside, which can only keep too much).
pub(crate) const MAX_COUNT: u32 = u32::MAX >> COUNT_SHIFT;

impl GcSlot {
    pub const fn new() -> GcSlot {
        GcSlot(Cell::new(0))
    }

    #[inline(always)]
    fn has(&self, bit: u32) -> bool {
        self.0.get() & bit != 0
    }

    #[inline(always)]
    fn set(&self, bit: u32) {
        self.0.set(self.0.get() | bit);
    }

    /// Whether the running collection examines the object.
    #[inline(always)]
    pub(crate) fn examined(&self) -> bool {
        self.has(EXAMINED)
    }

    /// Makes the object examined by the running collection, with this count.
    #[inline(always)]
    pub(crate) fn start(&self, count: usize) {
        let count = count.min(MAX_COUNT as usize) as u32;
        self.0
            .set((self.0.get() & REGISTERED) | EXAMINED | (count << COUNT_SHIFT));
    }

    /// The object's strong count less the references found inside examined objects.
    #[inline(always)]
    pub(crate) fn count(&self) -> u32 {
        self.0.get() >> COUNT_SHIFT
    }

    /// One reference fewer from outside (none below zero; none once at [`MAX_COUNT`]).
    #[inline(always)]
    pub(crate) fn decrement(&self) {
        let c = self.count();
        if c != 0 && c != MAX_COUNT {
            self.0.set(self.0.get() - (1 << COUNT_SHIFT));
        }
    }

    /// Makes the object count as referenced from outside, whatever is subtracted later.
    #[inline(always)]
    pub(crate) fn make_opaque(&self) {
        self.0.set(self.0.get() | (MAX_COUNT << COUNT_SHIFT));
    }

    /// Whether the object's references were subtracted (set by `mark_traced`).
    #[inline(always)]
    pub(crate) fn traced(&self) -> bool {
        self.has(TRACED)
    }

    #[inline(always)]
    pub(crate) fn mark_traced(&self) {
        self.set(TRACED);
    }

    /// Whether the scan for live objects went past the object.
    #[inline(always)]
    pub(crate) fn scanned(&self) -> bool {
        self.has(SCANNED)
    }

    #[inline(always)]
    pub(crate) fn mark_scanned(&self) {
        self.set(SCANNED);
    }

    /// Whether the object was found reachable from outside.
    #[inline(always)]
    pub(crate) fn alive(&self) -> bool {
        self.has(ALIVE)
    }

    #[inline(always)]
    pub(crate) fn mark_alive(&self) {
        self.set(ALIVE);
    }

    /// Forgets the collection's state (at its end).
    #[inline(always)]
    pub(crate) fn finish(&self) {
        self.0.set(self.0.get() & REGISTERED);
    }

    /// Whether the object was registered with the collector (instances: see
    /// `Instance::track`).
    #[inline(always)]
    pub fn registered(&self) -> bool {
        self.has(REGISTERED)
    }

    #[inline(always)]
    pub fn set_registered(&self, yes: bool) {
        self.0.set((self.0.get() & !REGISTERED) | yes as u32);
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
