//! super(): attribute lookup that starts after `thisclass` on the MRO of `obj`'s type.

use crate::errors::*;
use crate::object::*;
use crate::objects::dict::dict_get_name;
use crate::objects::str::str_of;
use crate::objects::tuple::tuple_items;
use crate::value::Value;
use ferrite_gc::Header;

#[repr(C)]
pub struct SuperObject {
    pub header: Header,
    pub thisclass: Value,
    pub obj: Value,
    pub obj_type: Value,
}
crate::fixed_kind!(SUPER_KIND, "super", SuperObject, [thisclass, obj, obj_type]);

/// super(cls, obj) (obj may be an instance of cls or a subclass of cls).
pub fn new_super(cls: Value, o: Value) -> PyResult<Value> {
    if !is_type(cls) {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            crate::types::type_name_of(cls)
        )));
    }
    let obj_type = if o.is_null() || o == none() {
        Value::NULL
    } else if is_type(o) && crate::types::is_subtype(o, cls) {
        o
    } else if crate::types::is_subtype(type_of(o), cls) {
        type_of(o)
    } else {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(new_obj::<SuperObject>(bt(BT::Super), |s| {
        s.thisclass = cls;
        s.obj = if o == none() { Value::NULL } else { o };
        s.obj_type = obj_type;
    }))
}

pub fn super_getattr(s: Value, name: Value) -> PyResult<Option<Value>> {
    let so = obj::<SuperObject>(s);
    let (this, o, ot) = (so.thisclass, so.obj, so.obj_type);
    if !ot.is_null() && str_of(name) != "__class__" {
        let mro = tuple_items(as_type(ot).mro);
        if let Some(pos) = mro.iter().position(|&c| c == this) {
            for &c in &mro[pos + 1..] {
                if let Some(d) = dict_get_name(as_type(c).dict, name) {
                    let inst = if o == ot { Value::NULL } else { o };
                    if inst.is_null() {
                        // class-level access: classmethods bind to the type
                        if layout_of(d) == Layout::ClassMethod {
                            return crate::ops::bind(d, o, ot).map(Some);
                        }
                        return crate::ops::bind(d, Value::NULL, ot).map(Some);
                    }
                    return crate::ops::bind(d, inst, ot).map(Some);
                }
            }
        }
    }
    crate::ops::generic_getattr(s, name)
}
