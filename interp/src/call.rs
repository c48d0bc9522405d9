//! Calling Python functions: binding positional/keyword arguments to fast locals with
//! defaults, `*args`, `**kwargs` and CPython's error messages; setting up cells; then running
//! the frame, or wrapping it in a generator/coroutine for generator code.

use crate::bytecode::flags;
use crate::frame::{frame, new_frame};
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_get, dict_set, new_dict};
use ferrite_runtime::objects::function::*;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::{PyResult, Value};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    }
}

/// Binds `args`/`kwnames` into a new frame for `func`.
pub fn bind_frame(func: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let fo = func_obj(func);
    let code = fo.code;
    let (globals, builtins) = (fo.globals, fo.builtins);
    let f = new_frame(code, globals, builtins, Value::NULL, func);
    let c = code_obj(code);
    let info = &c.info;
    let argcount = info.argcount as usize;
    let posonly = info.posonlyargcount as usize;
    let kwonly = info.kwonlyargcount as usize;
    let has_varargs = info.flags & flags::VARARGS != 0;
    let has_varkw = info.flags & flags::VARKEYWORDS != 0;
    let npos = args.len() - kwnames.len();
    if kwnames.is_empty()
        && npos == argcount
        && kwonly == 0
        && info.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
    {
        // the common call: exactly the positional parameters
        let fr = frame(f);
        for (i, &a) in args.iter().enumerate() {
            *fr.slot(i) = a;
        }
        if !c.cellvars.is_empty() || !c.freevars.is_empty() {
            init_cells(f, func)?;
        }
        return Ok(f);
    }
    let qualname = || str_of(func_obj(func).qualname).to_string();
    let fr = frame(f);
    // positional
    let take = npos.min(argcount);
    for (i, &a) in args.iter().enumerate().take(take) {
        *fr.slot(i) = a;
    }
    let mut idx = argcount + kwonly;
    if has_varargs {
        let extra = if npos > argcount {
            new_tuple(&args[argcount..npos])
        } else {
            new_tuple(&[])
        };
        *frame(f).slot(idx) = extra;
        idx += 1;
    } else if npos > argcount {
        let defaults = func_obj(func).defaults;
        let ndef = if defaults.is_null() {
            0
        } else {
            tuple_len(defaults)
        };
        // count keyword args that name positional parameters (CPython mentions them)
        // CPython mentions keyword arguments that name keyword-only parameters
        let kw_pos = kwnames
            .iter()
            .filter(|k| {
                code_obj(code).varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|v| str_of(*v) == str_of(**k))
            })
            .count();
        let takes = if ndef > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndef,
                argcount
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kw_pos > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_pos,
                if kw_pos == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        let _ = kwonly;
        return Err(type_error(format!(
            "{}() takes {} but {}",
            qualname(),
            takes,
            given
        )));
    }
    let kwdict = if has_varkw {
        let d = new_dict();
        *frame(f).slot(idx) = d;
        d
    } else {
        Value::NULL
    };
    // keywords
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (j, &k) in kwnames.iter().enumerate() {
        let v = args[npos + j];
        let kname = str_of(k);
        let pos = code_obj(code).varnames[..argcount + kwonly]
            .iter()
            .position(|n| str_of(*n) == kname);
        match pos {
            Some(p) if p >= posonly => {
                if !frame(f).slot(p).is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        kname
                    )));
                }
                *frame(f).slot(p) = v;
            }
            other => {
                if !kwdict.is_null() {
                    dict_set(kwdict, k, v)?;
                } else if other.is_some() {
                    posonly_as_kw.push(kname.to_string());
                } else {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        kname
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        )));
    }
    // defaults for missing positionals
    if take < argcount {
        let defaults = func_obj(func).defaults;
        let ndef = if defaults.is_null() {
            0
        } else {
            tuple_len(defaults)
        };
        let mut missing = Vec::new();
        for i in take..argcount {
            if frame(f).slot(i).is_null() {
                if i + ndef >= argcount {
                    let d = tuple_items(defaults)[i + ndef - argcount];
                    *frame(f).slot(i) = d;
                } else {
                    missing.push(format!("'{}'", str_of(code_obj(code).varnames[i])));
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    // kw-only defaults
    if kwonly > 0 {
        let kwd = func_obj(func).kwdefaults;
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if frame(f).slot(i).is_null() {
                let name = code_obj(code).varnames[i];
                let d = if kwd.is_null() || kwd == none() {
                    None
                } else {
                    dict_get(kwd, name)?
                };
                match d {
                    Some(v) => *frame(f).slot(i) = v,
                    None => missing.push(format!("'{}'", str_of(name))),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    init_cells(f, func)?;
    Ok(f)
}

/// Creates this frame's cells (initialised from arguments where the compiler says so) and
/// copies the closure's cells for free variables.
pub fn init_cells(f: Value, func: Value) -> PyResult<()> {
    let code = frame(f).code;
    let nlocals = code_obj(code).varnames.len();
    let ncells = code_obj(code).cellvars.len();
    for i in 0..ncells {
        let init = match code_obj(code).info.cell2arg.get(i).copied().flatten() {
            Some(a) => {
                let v = *frame(f).slot(a as usize);
                *frame(f).slot(a as usize) = Value::NULL;
                v
            }
            None => Value::NULL,
        };
        let cell = new_cell(init);
        *frame(f).slot(nlocals + i) = cell;
    }
    let nfree = code_obj(code).freevars.len();
    if nfree > 0 {
        let closure = if func.is_null() {
            Value::NULL
        } else {
            func_obj(func).closure
        };
        if closure.is_null() || tuple_len(closure) < nfree {
            return Err(system_error("closure missing cells"));
        }
        for i in 0..nfree {
            let c = tuple_items(closure)[i];
            *frame(f).slot(nlocals + ncells + i) = c;
        }
    }
    Ok(())
}

fn system_error(msg: &str) -> PyErr {
    new_exc(Exc::SystemError, msg)
}

/// Calls a Python function object.
pub fn call_function(func: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let f = bind_frame(func, args, kwnames)?;
    let cflags = code_obj(frame(f).code).info.flags;
    if cflags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        return Ok(crate::generator::new_generator(f, func, cflags));
    }
    match crate::eval::run_frame(f, None)? {
        crate::eval::Exit::Return(v) => Ok(v),
        crate::eval::Exit::Yield(_) => Err(system_error("yield from a non-generator frame")),
    }
}
