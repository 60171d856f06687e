//! The builtin functions that look at and change objects and namespaces: `getattr`,
//! `setattr`, `delattr`, `hasattr`, `globals`, `locals`, `vars`, `dir`.

use super::functions::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The attribute name argument of `getattr` and its kin, interned.
fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_str() {
        Some(text) => Ok(vm.intern(text)),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

pub(super) fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    match vm.getattr(&args.values[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.values.len() == 3 && vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {
            Ok(args.values[2].clone())
        }
        Err(e) => Err(e),
    }
}

pub(super) fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    // A name that is an instance of a str subclass becomes the key of a new attribute, as in
    // CPython (the lookups themselves use the interned name).
    let key = match &args.values[1] {
        Value::Obj(k) if !vm.is_exact_str(&args.values[1]) => Some(k.clone()),
        _ => None,
    };
    let fresh = key.is_some() && !vm.instance_has_own(&args.values[0], &name);
    vm.setattr(&args.values[0], &name, args.values[2].clone())?;
    if let (Some(key), true) = (key, fresh) {
        vm.instance_rekey(&args.values[0], &name, key);
    }
    Ok(Value::None)
}

pub(super) fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.delattr(&args.values[0], &name)?;
    Ok(Value::None)
}

pub(super) fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    Ok(Value::Bool(
        vm.lookup_attr_opt(&args.values[0], name.str_text())?
            .is_some(),
    ))
}

pub(super) fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::Obj(vm.new_dict_obj(Default::default()))),
    }
}

pub(super) fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.frame_locals()
}

impl Vm {
    /// `locals()` of the calling frame: its namespace, or a dict of its fast locals.
    pub fn frame_locals(&mut self) -> PyResult<Value> {
        let Some(f) = self.frames.last() else {
            return Ok(self.new_dict());
        };
        if !f.locals.is_null() {
            return Ok(f.locals.clone());
        }
        let code = f.code.clone();
        let fast = f.fast.clone();
        self.fast_locals_dict(&code, &fast)
    }

    /// A dict of a frame's fast locals, cells and free variables (the bound ones), in
    /// CPython's order: a parameter that is also a cell keeps its parameter's place.
    pub fn fast_locals_dict(
        &mut self,
        code: &crate::code::Code,
        fast: &[Value],
    ) -> PyResult<Value> {
        let d = self.new_dict_obj(Default::default());
        let co = &code.obj;
        let nl = co.varnames.len();
        let cell_value = |i: usize| match fast.get(i).and_then(|v| v.payload()) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => Value::Null,
        };
        let cell_of_param = |p: usize| {
            co.cell_params
                .iter()
                .find(|&&(_, param)| param as usize == p)
        };
        let mut entries: Vec<(usize, Value)> = Vec::with_capacity(fast.len());
        for (i, v) in fast.iter().enumerate().take(nl) {
            match cell_of_param(i) {
                Some(&(cell, _)) => {
                    entries.push((nl + cell as usize, cell_value(nl + cell as usize)))
                }
                None => entries.push((i, v.clone())),
            }
        }
        for i in nl..fast.len() {
            let is_param_cell = i < nl + co.cellvars.len()
                && co
                    .cell_params
                    .iter()
                    .any(|&(cell, _)| nl + cell as usize == i);
            if !is_param_cell {
                entries.push((i, cell_value(i)));
            }
        }
        for (slot, value) in entries {
            if !value.is_null() {
                let name = co.slot_name(slot).to_string();
                self.dict_set_item_str(&d, &name, value)?;
            }
        }
        Ok(Value::Obj(d))
    }
}

pub(super) fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("vars", &args, 0, 1)?;
    match args.values.first() {
        None => vm.frame_locals(),
        Some(v) => match vm.lookup_attr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

pub(super) fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("dir", &args, 0, 1)?;
    let names: Vec<String> = match args.values.first() {
        None => {
            let l = vm.frame_locals()?;
            let keys = vm.collect_iterable(&l)?;
            keys.iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        }
        Some(v) => {
            let class = vm.class_of(v).clone();
            if class.as_type().is_some_and(|t| t.heap) {
                if let Some(d) = vm.lookup_type(&class, "__dir__") {
                    if matches!(d.payload(), Some(Payload::Function(_))) {
                        let r = vm.call(&d, Args::new([v.clone()]))?;
                        let items = vm.collect_iterable(&r)?;
                        let mut names: Vec<String> = items
                            .iter()
                            .filter_map(|k| k.as_str().map(str::to_string))
                            .collect();
                        names.sort();
                        let list = names.into_iter().map(|n| vm.new_str(n)).collect();
                        return Ok(vm.new_list(list));
                    }
                }
            }
            vm.dir_names(v)
        }
    };
    let mut names = names;
    names.sort();
    names.dedup();
    let list = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(list))
}

impl Vm {
    /// The default `dir(obj)`: instance dict, class and bases (or a module's namespace).
    pub(crate) fn dir_names(&mut self, v: &Value) -> Vec<String> {
        let mut names = Vec::new();
        let add_dict = |d: &ObjRef, names: &mut Vec<String>| {
            if let Payload::Dict(d) = &d.payload {
                names.extend(
                    d.borrow()
                        .keys()
                        .filter_map(|k| k.as_str().map(str::to_string)),
                );
            }
        };
        match v.payload() {
            Some(Payload::Module(m)) => {
                add_dict(&m.dict, &mut names);
                return names;
            }
            Some(Payload::Type(t)) => {
                for c in t.mro.borrow().iter() {
                    if let Some(ct) = c.as_type() {
                        names.extend(
                            ct.attrs
                                .borrow()
                                .keys()
                                .filter_map(|k| k.as_str().map(str::to_string)),
                        );
                    }
                }
                return names;
            }
            _ => {}
        }
        if let Value::Obj(o) = v {
            if let Payload::Instance(inst) = &o.payload {
                match inst.dict.get() {
                    Some(d) => add_dict(d, &mut names),
                    None => names.extend(
                        inst.attrs
                            .borrow()
                            .iter()
                            .filter(|(k, _)| k.str_text_opt().is_some())
                            .map(|(k, _)| k.str_text().to_string()),
                    ),
                }
            }
            if let Some(d) = o.dict_obj() {
                add_dict(d, &mut names);
            }
        }
        let class = self.class_of(v).clone();
        if let Some(t) = class.as_type() {
            for c in t.mro.borrow().iter() {
                if let Some(ct) = c.as_type() {
                    names.extend(
                        ct.attrs
                            .borrow()
                            .keys()
                            .filter_map(|k| k.as_str().map(str::to_string)),
                    );
                }
            }
        }
        names
    }
}
