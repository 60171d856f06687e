//! Suspended chains of awaits as one block.
//!
//! When coroutine A awaits B, which awaits C, and C yields, the three frames leave the frame
//! stack together and stay together: A's state becomes `Suspended` holding its own frame, and
//! A keeps (`Generator::inner`, a [`Chain`]) the frames of B and C (each keeping its `Entry::Delegate`, which names its
//! generator and its position in the chain); B and C stay `Delegated` (to A, to B) the whole
//! time. Resuming A moves the block back onto the frame stack in one go. So suspending and
//! resuming cost the same at any depth, except for copying the pointers of the block.
//!
//! What Python can see of an inner generator is computed from the chain when asked: it is
//! running if the bottom of its chain is (`status`), its frame is found in the bottom
//! generator's suspension (`with_frame`), and a direct `send`/`throw`/`close` on it, or a
//! delegation to it from elsewhere, first splits it and what it delegates to off the block
//! (`detach`), so it owns its own suspension again.

use crate::frame::Frame;
use crate::object::{ObjRef, Payload};
use crate::objects::generator::{Chain, GenState};

/// What a generator is doing, as Python sees it (`inspect.getgeneratorstate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Created,
    Suspended,
    Running,
    Closed,
}

/// Where the frame of a delegated generator is: in the suspension of `owner` at position
/// `pos` of its chain (`pos >= 1`), or on the frame stack (the chain is running).
enum Place {
    InSuspension { owner: ObjRef, pos: usize },
    Running,
    Lost,
}

/// Follows the `Delegated` links from `gen` down to the bottom of its chain.
fn place_of(gen: &ObjRef) -> Place {
    let mut g = gen.clone();
    let mut pos = 0;
    loop {
        let Payload::Generator(gg) = &g.payload else {
            return Place::Lost;
        };
        let next = match &*gg.state.borrow() {
            GenState::Delegated(by) => by.upgrade(),
            GenState::Suspended(_) if pos > 0 => {
                return Place::InSuspension {
                    owner: g.clone(),
                    pos,
                };
            }
            GenState::Running => return Place::Running,
            _ => return Place::Lost,
        };
        match next {
            Some(n) => g = n,
            None => return Place::Lost,
        }
        pos += 1;
    }
}

/// The status of `gen` (a generator object; anything else reads as closed).
pub fn status(gen: &ObjRef) -> Status {
    let Payload::Generator(g) = &gen.payload else {
        return Status::Closed;
    };
    let delegated = match &*g.state.borrow() {
        GenState::Created(_) => return Status::Created,
        GenState::Suspended(_) => return Status::Suspended,
        GenState::Running => return Status::Running,
        GenState::Closed => return Status::Closed,
        GenState::Delegated(_) => true,
    };
    debug_assert!(delegated);
    match place_of(gen) {
        Place::InSuspension { .. } => Status::Suspended,
        Place::Running => Status::Running,
        Place::Lost => Status::Closed,
    }
}

/// Calls `f` on the frame of a created or suspended generator, wherever it is kept.
pub fn with_frame<R>(gen: &ObjRef, f: impl FnOnce(&Frame) -> R) -> Option<R> {
    let Payload::Generator(g) = &gen.payload else {
        return None;
    };
    match &*g.state.borrow() {
        GenState::Created(frame) => return Some(f(frame)),
        GenState::Suspended(frame) => return Some(f(frame)),
        GenState::Delegated(_) => {}
        _ => return None,
    }
    let Place::InSuspension { owner, pos } = place_of(gen) else {
        return None;
    };
    let Payload::Generator(o) = &owner.payload else {
        return None;
    };
    if !matches!(*o.state.borrow(), GenState::Suspended(_)) {
        return None;
    }
    let inner = o.inner.take();
    let result = inner
        .as_ref()
        .and_then(|c| c.frames.get(pos - 1))
        .map(|frame| f(frame));
    o.inner.set(inner);
    result
}

/// If `gen` is suspended inside another generator's chain, splits it (with the frames it
/// delegates to) off that chain, so that it owns its own suspension; the generator that
/// delegated to it stays stopped at its `Send`, as after any other suspension of its delegate.
pub fn detach(gen: &ObjRef) {
    let Payload::Generator(g) = &gen.payload else {
        return;
    };
    if !matches!(*g.state.borrow(), GenState::Delegated(_)) {
        return;
    }
    let Place::InSuspension { owner, pos } = place_of(gen) else {
        return;
    };
    let Payload::Generator(o) = &owner.payload else {
        return;
    };
    if !matches!(*o.state.borrow(), GenState::Suspended(_)) {
        return;
    }
    let Some(mut inner) = o.inner.take() else {
        return;
    };
    let rest = split_off(&mut inner, pos - 1);
    if !inner.frames.is_empty() {
        o.inner.set(Some(inner));
    }
    rest.hand_back();
}

/// Splits `chain` at index `at`: the frames from there on, as a chain of their own.
pub fn split_off(chain: &mut Chain, at: usize) -> Box<Chain> {
    let at = at.min(chain.frames.len());
    let frames = chain.frames.split_off(at);
    let excs = chain.excs.split_off(at.min(chain.excs.len()));
    Box::new(Chain { frames, excs })
}

/// Moves the elements of `from` from index `at` on to the end of `to`, in order: one copy of
/// the block (`to.extend(from.drain(at..))` goes element by element, which showed in the
/// profile of every suspension of a chain).
pub fn move_tail<T>(from: &mut Vec<T>, at: usize, to: &mut Vec<T>) {
    let at = at.min(from.len());
    let count = from.len() - at;
    to.reserve(count);
    // SAFETY: `from[at..]` are `count` initialized elements and `to` has room for `count`
    // more after its length (just reserved); the two vectors do not overlap. Shortening
    // `from` first and lengthening `to` after the copy hands each element's ownership over
    // exactly once.
    unsafe {
        from.set_len(at);
        std::ptr::copy_nonoverlapping(from.as_ptr().add(at), to.as_mut_ptr().add(to.len()), count);
        to.set_len(to.len() + count);
    }
}
