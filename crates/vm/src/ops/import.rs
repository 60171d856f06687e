//! The import system: `import a.b`, `from . import x`, `from m import *`.
//!
//! A module is looked for, in order, in `sys.modules`, among the modules written in Rust,
//! among the Python modules bundled into the binary, and as `NAME.py` or `NAME/__init__.py`
//! in each directory of `sys.path` (the script's directory first).

use std::path::PathBuf;
use std::rc::Rc;

use pyasync_compiler::Mode;

use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::module::Module;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `ImportName`: `__import__(name, globals, None, fromlist, level)`.
    pub(crate) fn import_name(
        &mut self,
        name: &ObjRef,
        globals: &ObjRef,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let level = level.as_i64().unwrap_or(0);
        let name = name.str_text().to_string();
        let absolute = if level > 0 {
            self.resolve_relative(&name, globals, level)?
        } else {
            name.clone()
        };
        if absolute.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_module(&absolute)?;
        let has_fromlist =
            !fromlist.is_none() && !crate::objects::tuple::tuple_items(fromlist).is_empty();
        if has_fromlist {
            // `from pkg import sub`: make sure submodules named in the list are loaded.
            for item in crate::objects::tuple::tuple_items(fromlist).to_vec() {
                let Some(sub) = item.as_str() else { continue };
                if sub == "*" {
                    continue;
                }
                if self.is_package(&module) && self.module_attr(&module, sub).is_none() {
                    let full = format!("{absolute}.{sub}");
                    if let Err(e) = self.import_module(&full) {
                        if !self.err_matches(&e, &self.exc.module_not_found_error.clone()) {
                            return Err(e);
                        }
                    }
                }
            }
            return Ok(Value::Obj(module));
        }
        if level == 0 {
            // `import a.b.c` binds the top package.
            let top = absolute.split('.').next().unwrap_or(&absolute).to_string();
            return self.import_module(&top).map(Value::Obj);
        }
        // `from . import x` with level: the package itself.
        let prefix_len = absolute.len() - name.len();
        let top = if name.is_empty() {
            absolute
        } else {
            let first = name.split('.').next().unwrap_or(&name);
            format!("{}{}", &absolute[..prefix_len], first)
        };
        self.import_module(&top).map(Value::Obj)
    }

    fn resolve_relative(&mut self, name: &str, globals: &ObjRef, level: i64) -> PyResult<String> {
        let package = self
            .dict_get_item_str(globals, "__package__")
            .and_then(|p| p.as_str().map(str::to_string))
            .filter(|p| !p.is_empty());
        let package = match package {
            Some(p) => p,
            None => {
                let modname = self
                    .dict_get_item_str(globals, "__name__")
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_default();
                let is_pkg = self.dict_get_item_str(globals, "__path__").is_some();
                if is_pkg {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() || package == "__main__" {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() || parts.is_empty() {
                return Err(self.new_error(
                    &self.exc.import_error.clone(),
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        let base = parts.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    fn is_package(&self, module: &ObjRef) -> bool {
        self.module_attr(module, "__path__").is_some()
    }

    fn module_attr(&self, module: &ObjRef, name: &str) -> Option<Value> {
        match &module.payload {
            Payload::Module(m) => match &m.dict.payload {
                Payload::Dict(d) => d
                    .borrow()
                    .get_str(crate::objects::str::str_hash(name), name)
                    .cloned(),
                _ => None,
            },
            _ => None,
        }
    }

    /// Imports a module by absolute dotted name (parents first) and returns it.
    pub fn import_module(&mut self, name: &str) -> PyResult<ObjRef> {
        let modules = self.modules.clone();
        match self.dict_get_item_str(&modules, name) {
            Some(Value::Obj(m)) => return Ok(m),
            // `sys.modules[name] = None` blocks the import.
            Some(Value::None) => {
                let err = self.module_not_found(name, None);
                let msg = format!("import of {name} halted; None in sys.modules");
                if let Payload::Exception(e) = &err.0.payload {
                    *e.args.borrow_mut() = self.new_tuple(vec![self.new_str(msg.as_str())]);
                }
                self.set_attr_raw(&err.0, "msg", self.new_str(msg));
                return Err(err);
            }
            _ => {}
        }
        let (parent, search_path) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.import_module(parent)?;
                let paths = self
                    .module_attr(&p, "__path__")
                    .map(|v| self.collect_str_list(&v))
                    .unwrap_or_default();
                if paths.is_empty() {
                    let err = self.module_not_found(name, Some(parent));
                    let msg = format!("No module named '{name}'; '{parent}' is not a package");
                    if let Payload::Exception(e) = &err.0.payload {
                        *e.args.borrow_mut() = self.new_tuple(vec![self.new_str(msg.as_str())]);
                    }
                    self.set_attr_raw(&err.0, "msg", self.new_str(msg));
                    return Err(err);
                }
                (Some(p), paths)
            }
            None => (None, self.sys_path()),
        };
        // The parent's import may have imported us.
        if let Some(Value::Obj(m)) = self.dict_get_item_str(&modules, name) {
            return Ok(m);
        }
        let module = if let Some(init) = self.native_modules.get(name).copied() {
            let m = init(self)?;
            self.dict_set_item_str(&modules, name, Value::Obj(m.clone()))?;
            m
        } else if let Some(source) = self.frozen.get(name).copied() {
            self.exec_module_source(name, source, &format!("<frozen {name}>"), None)?
        } else {
            let leaf = name.rsplit('.').next().unwrap_or(name);
            let mut found = None;
            for dir in &search_path {
                let base = PathBuf::from(dir);
                let pkg_init = base.join(leaf).join("__init__.py");
                if pkg_init.is_file() {
                    found = Some((pkg_init, Some(base.join(leaf))));
                    break;
                }
                let file = base.join(format!("{leaf}.py"));
                if file.is_file() {
                    found = Some((file, None));
                    break;
                }
            }
            let Some((path, pkg_dir)) = found else {
                return Err(self.module_not_found(name, None));
            };
            let source = std::fs::read(&path).map_err(|e| self.os_error_from(&e))?;
            let path_str = path.to_string_lossy().into_owned();
            let text = pyasync_syntax::decode_source(&source, &path_str)
                .map_err(|e| self.syntax_error(&e))?;
            let pkg = pkg_dir.map(|d| d.to_string_lossy().into_owned());
            self.exec_module_source(name, &text, &path_str, pkg)?
        };
        if let (Some(parent), Some(leaf)) = (parent, name.rsplit('.').next()) {
            if let Payload::Module(pm) = &parent.payload {
                let d = pm.dict.clone();
                self.dict_set_item_str(&d, leaf, Value::Obj(module.clone()))?;
            }
        }
        Ok(module)
    }

    fn module_not_found(&self, name: &str, _parent: Option<&str>) -> crate::vm::PyErr {
        let err = self.new_error(
            &self.exc.module_not_found_error,
            format!("No module named '{name}'"),
        );
        self.set_attr_raw(&err.0, "name", self.new_str(name));
        err
    }

    fn collect_str_list(&mut self, v: &Value) -> Vec<String> {
        self.collect_iterable(v)
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p.as_str().map(str::to_string))
            .collect()
    }

    /// `sys.path` as strings.
    fn sys_path(&mut self) -> Vec<String> {
        let sys = self.sys_module.clone();
        let path = self.module_attr(&sys, "path").unwrap_or(Value::None);
        self.collect_str_list(&path)
    }

    /// A new module object with the standard attributes.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> ObjRef {
        let dict = self.new_dict_obj(Default::default());
        let module = Rc::new(PyObject::new(
            self.types.module.clone(),
            Payload::Module(Box::new(Module {
                name: name.to_string(),
                dict: dict.clone(),
            })),
        ));
        self.gc_track(&module);
        let _ = self.dict_set_item_str(&dict, "__name__", self.new_str(name));
        let _ = self.dict_set_item_str(&dict, "__doc__", Value::None);
        let _ = self.dict_set_item_str(&dict, "__package__", Value::None);
        let _ = self.dict_set_item_str(&dict, "__loader__", Value::None);
        let _ = self.dict_set_item_str(&dict, "__spec__", Value::None);
        if let Some(f) = file {
            let _ = self.dict_set_item_str(&dict, "__file__", self.new_str(f));
        }
        let builtins = self.builtins_module.clone();
        let _ = self.dict_set_item_str(&dict, "__builtins__", Value::Obj(builtins));
        module
    }

    /// Runs Python source as module `name`, registered in `sys.modules` while it runs.
    pub fn exec_module_source(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        package_dir: Option<String>,
    ) -> PyResult<ObjRef> {
        let file = if filename.starts_with('<') {
            None
        } else {
            Some(filename)
        };
        let module = self.new_module(name, file);
        let Payload::Module(m) = &module.payload else {
            return Err(self.system_error("module without a namespace"));
        };
        let dict = m.dict.clone();
        let package = match &package_dir {
            Some(_) => name.to_string(),
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        self.dict_set_item_str(&dict, "__package__", self.new_str(package))?;
        if let Some(dir) = &package_dir {
            let path = self.new_list(vec![self.new_str(dir.as_str())]);
            self.dict_set_item_str(&dict, "__path__", path)?;
        }
        let modules = self.modules.clone();
        self.dict_set_item_str(&modules, name, Value::Obj(module.clone()))?;
        self.initializing_modules.push(name.to_string());
        let result = self
            .compile_source(source, filename, Mode::Exec)
            .and_then(|code| self.run_module_code(code, &dict));
        if let Some(i) = self.initializing_modules.iter().rposition(|n| n == name) {
            self.initializing_modules.remove(i);
        }
        if let Err(e) = result {
            let _ = self.dict_del(&modules, &self.new_str(name));
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        match self.dict_get_item_str(&modules, name) {
            Some(Value::Obj(m)) => Ok(m),
            _ => Ok(module),
        }
    }

    /// Runs module-level code with `dict` as globals and locals.
    pub fn run_module_code(
        &mut self,
        code: Rc<crate::code::Code>,
        dict: &ObjRef,
    ) -> PyResult<Value> {
        let builtins = self.builtins.clone();
        let frame = self.new_frame(code, dict.clone(), builtins, Value::Obj(dict.clone()));
        self.run_frame(frame)
    }

    /// `ImportFrom`: `module.name`, or the submodule `module.name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !self.err_matches(&e, &self.exc.attribute_error.clone()) => return Err(e),
            Err(_) => {}
        }
        let modname = self
            .lookup_attr_opt(module, "__name__")?
            .and_then(|n| n.as_str().map(str::to_string))
            .unwrap_or_else(|| "<unknown module name>".to_string());
        let full = format!("{}.{}", modname, name.str_text());
        let modules = self.modules.clone();
        if let Some(v) = self.dict_get_item_str(&modules, &full) {
            return Ok(v);
        }
        let location = match self
            .lookup_attr_opt(module, "__file__")?
            .and_then(|f| f.as_str().map(str::to_string))
        {
            Some(f) => f,
            None => "unknown location".to_string(),
        };
        let msg = if self.initializing_modules.contains(&modname) {
            format!(
                "cannot import name '{}' from partially initialized module '{}' \
                 (most likely due to a circular import) ({})",
                name.str_text(),
                modname,
                location
            )
        } else {
            format!(
                "cannot import name '{}' from '{}' ({})",
                name.str_text(),
                modname,
                location
            )
        };
        let err = self.new_error(&self.exc.import_error.clone(), msg);
        self.set_attr_raw(&err.0, "name", self.new_str(modname));
        Err(err)
    }

    /// `from module import *` into a namespace.
    pub(crate) fn import_star(&mut self, module: &Value, locals: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.lookup_attr_opt(module, "__all__")? {
            Some(all) => self.collect_iterable(&all)?,
            None => {
                let dict = match module.payload() {
                    Some(Payload::Module(m)) => m.dict.clone(),
                    _ => return Ok(()),
                };
                let keys: Vec<Value> = match &dict.payload {
                    Payload::Dict(d) => d.borrow().keys().cloned().collect(),
                    _ => Vec::new(),
                };
                keys.into_iter()
                    .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                    .collect()
            }
        };
        for n in names {
            let Some(key) = n.as_obj().cloned() else {
                continue;
            };
            let v = self.getattr(module, &key)?;
            self.mapping_store(locals, &key, v)?;
        }
        Ok(())
    }
}
