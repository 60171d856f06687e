//! Native functions: the calling convention of functions written in Rust, the objects that
//! wrap them (`builtin_function_or_method`, `method_descriptor`), and argument helpers.
//!
//! A native function receives the VM and its arguments by value ([`Args`]): positional values
//! followed by keyword values, with the keyword names alongside. Arguments are moved off the
//! caller's stack, so a call allocates nothing for up to eight arguments.

use smallvec::SmallVec;

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The values of a call's arguments: up to four without allocating (most calls), kept
/// small because `Args` moves by value through the call path.
pub type ArgVec = SmallVec<[Value; 4]>;

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// Moves `stack[from..]` into an [`ArgVec`] (the arguments of a native call), leaving the
/// stack cut to `from`. Up to four values are moved with one copy instead of element by
/// element through `drain`, which showed in profiles of native method calls.
#[inline]
pub fn take_args(stack: &mut Vec<Value>, from: usize) -> ArgVec {
    let n = stack.len().saturating_sub(from);
    if n > 4 {
        return stack.drain(from..).collect();
    }
    let mut buf = std::mem::MaybeUninit::<[Value; 4]>::uninit();
    // SAFETY: `from + n == stack.len()`, so the `n <= 4` values at `from` are initialized;
    // they are copied bitwise into the first `n` slots of `buf`, and `set_len(from)` makes the
    // stack forget them, so each value has exactly one owner (the SmallVec, which knows that
    // only its first `n` slots are initialized).
    unsafe {
        std::ptr::copy_nonoverlapping(
            stack.as_ptr().add(from),
            buf.as_mut_ptr().cast::<Value>(),
            n,
        );
        stack.set_len(from);
        SmallVec::from_buf_and_len_unchecked(buf, n)
    }
}

/// The arguments of a call: `values` holds the positional arguments, then the values of the
/// keyword arguments named by `kwnames` (a tuple of str), in order.
#[derive(Default)]
pub struct Args {
    pub values: ArgVec,
    pub kwnames: Option<ObjRef>,
}

impl Args {
    pub fn new(values: impl IntoIterator<Item = Value>) -> Args {
        Args {
            values: values.into_iter().collect(),
            kwnames: None,
        }
    }

    pub fn with_kwnames(values: ArgVec, kwnames: Option<ObjRef>) -> Args {
        Args { values, kwnames }
    }

    /// Names of the keyword arguments.
    pub fn kwnames(&self) -> &[Value] {
        match self.kwnames.as_ref().map(|k| &k.payload) {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        }
    }

    pub fn n_kw(&self) -> usize {
        self.kwnames().len()
    }

    pub fn n_pos(&self) -> usize {
        self.values.len() - self.n_kw()
    }

    pub fn pos(&self) -> &[Value] {
        &self.values[..self.n_pos()]
    }

    pub fn has_kwargs(&self) -> bool {
        self.n_kw() > 0
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&str, &Value)> {
        let n = self.n_pos();
        self.kwnames()
            .iter()
            .zip(self.values[n..].iter())
            .map(|(k, v)| (k.as_str().unwrap_or(""), v))
    }

    /// Removes and returns the keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let names = self.kwnames().to_vec();
        let i = names.iter().position(|k| k.as_str() == Some(name))?;
        let n_pos = self.n_pos();
        let value = self.values.remove(n_pos + i);
        let rest: Vec<Value> = names
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, v)| v.clone())
            .collect();
        self.kwnames = if rest.is_empty() {
            None
        } else {
            Some(crate::objects::tuple::new_tuple_obj(rest))
        };
        Some(value)
    }

    /// Prepends a value (the `self` of a bound native method).
    pub fn prepend(&mut self, v: Value) {
        self.values.insert(0, v);
    }
}

/// A native function object (`builtin_function_or_method`); `self_` is set when it is bound
/// to an object (`[].append`) or module.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// The class the method belongs to, for `__qualname__` and error messages.
    pub owner: Option<&'static str>,
}

/// How a native method binds when looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// An ordinary method: the instance is the first argument.
    Instance,
    /// Like `classmethod`: the class is the first argument (`dict.fromkeys`).
    Class,
    /// Like `staticmethod`: no implicit argument (`str.maketrans`).
    Static,
}

/// A native method stored in a builtin type's namespace (`method_descriptor`).
pub struct MethodDescriptor {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    /// The name of the type defining it.
    pub owner: &'static str,
    /// The address of the type defining it (builtin types live as long as the VM), so a call
    /// can check "the receiver's class is exactly the owner" with one compare.
    pub owner_id: usize,
    /// The entry the `CallMethod` fast path tries first, for the hottest methods only
    /// (see `builtins::fast_methods`).
    pub fast: Option<super::fast_methods::FastMethod>,
}

impl Vm {
    /// Checks the number of positional arguments and that no keywords were given.
    ///
    /// A dotted name (`"str.center"`) marks a method whose receiver is `args.values[0]`: the
    /// counts then leave the receiver out and the messages are CPython's for methods
    /// (`str.upper() takes no arguments (1 given)`, `center expected at least 1 argument,
    /// got 0`, `find() takes at least 1 argument (0 given)`).
    /// For a function that takes the keywords it accepts with `Args::take_kw`: CPython's
    /// error for any keyword left over (`'x' is an invalid keyword argument for int()`).
    pub fn reject_kwargs(&self, args: &Args, fname: &str) -> PyResult<()> {
        match args.kwargs().next() {
            Some((name, _)) => Err(self.type_error(format!(
                "'{name}' is an invalid keyword argument for {fname}()"
            ))),
            None => Ok(()),
        }
    }

    pub fn check_args(&mut self, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
        if args.has_kwargs() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        let n = args.values.len();
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{name}() takes no arguments ({n} given)"),
                    1 => format!("{name}() takes exactly one argument ({n} given)"),
                    _ => format!("{name} expected {min} arguments, got {n}"),
                }
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// Like `check_args` for a builtin method called with its receiver first (`args`
    /// includes it, and so do `min` and `max`): the messages name it as CPython does for
    /// methods, by `qualname` ("str.split") or by its short name. (`check_method_args`
    /// counts without the receiver.)
    pub fn check_bound_args(
        &mut self,
        qualname: &str,
        args: &Args,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if args.has_kwargs() {
            return Err(self.type_error(format!("{qualname}() takes no keyword arguments")));
        }
        let n = args.values.len().saturating_sub(1);
        let (min, max) = (min.saturating_sub(1), max.saturating_sub(1));
        if (min..=max).contains(&n) {
            return Ok(());
        }
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        // The search methods still parse with PyArg_ParseTuple (stringlib_parse_args_finds).
        let finds = matches!(
            short,
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith"
        );
        let msg = if min == max {
            match min {
                0 => format!("{qualname}() takes no arguments ({n} given)"),
                1 => format!("{qualname}() takes exactly one argument ({n} given)"),
                _ => format!("{short} expected {min} arguments, got {n}"),
            }
        } else if finds {
            if n < min {
                format!(
                    "{short}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                )
            } else {
                format!(
                    "{short}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                )
            }
        } else if n < min {
            format!(
                "{short} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{short} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        Err(self.type_error(msg))
    }

    /// Like [`Vm::check_args`] for a method whose receiver is `args.values[0]`: the counts
    /// in the message leave the receiver out, as CPython's do (`get expected at least 1
    /// argument, got 0`).
    pub fn check_method_args(
        &mut self,
        name: &str,
        args: &Args,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if args.has_kwargs() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        let n = args.values.len().saturating_sub(1);
        if min == max && n != min {
            return Err(self.type_error(if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }));
        }
        if n < min {
            return Err(self.type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )));
        }
        if n > max {
            return Err(self.type_error(format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )));
        }
        Ok(())
    }

    /// Binds arguments to named parameters: `params` lists the names, the first
    /// `positional_only` of them cannot be given by keyword. Returns one slot per parameter
    /// (`Value::Null` when not given).
    pub fn bind_args(
        &mut self,
        fname: &str,
        args: &Args,
        params: &[&str],
        positional_only: usize,
        required: usize,
    ) -> PyResult<ArgVec> {
        let mut out: ArgVec = SmallVec::from_elem(Value::Null, params.len());
        let pos = args.pos();
        if pos.len() > params.len() {
            return Err(self.type_error(format!(
                "{fname}() takes at most {} argument{} ({} given)",
                params.len(),
                plural(params.len()),
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = v.clone();
        }
        for (name, v) in args.kwargs() {
            match params.iter().position(|p| *p == name) {
                Some(i) if i >= positional_only => {
                    if !out[i].is_null() {
                        return Err(self.type_error(format!(
                            "argument for {fname}() given by name ('{name}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = v.clone();
                }
                _ => {
                    return Err(self.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_null() {
                return Err(self.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    params[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
