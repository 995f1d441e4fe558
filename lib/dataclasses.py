# lib/dataclasses.py: the dataclasses module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""The @dataclass decorator: __init__, __repr__, __eq__ and more from annotated fields."""

import sys
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = _types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T] marks a pseudo-field passed to __init__ and __post_init__ but not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as field() makes it and fields() returns it."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default_factory, and which methods include it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in fields)


def _create_fn(name, args, body, globals, qualname):
    src = 'def %s(%s):\n' % (name, ', '.join(args))
    for line in body or ['pass']:
        src += '  ' + line + '\n'
    ns = {}
    exec(src, globals, ns)
    fn = ns[name]
    fn.__qualname__ = qualname + '.' + name
    return fn


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s, %r, %s)' % (self_name, name, value)
    return '%s.%s = %s' % (self_name, name, value)


def _field_init(f, frozen, globals, self_name, slots):
    default_name = '_dflt_' + f.name
    if f.default_factory is not MISSING:
        globals[default_name] = f.default_factory
        if f.init:
            value = '%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (default_name, f.name, f.name)
        else:
            value = default_name + '()'
    elif f.init:
        if f.default is not MISSING:
            globals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        globals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return '%s=_dflt_%s' % (f.name, f.name)
    return '%s=_HAS_DEFAULT_FACTORY' % f.name


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots, qualname):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    g = dict(globals)
    g['MISSING'] = MISSING
    g['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    g['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, g, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params))
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', args, body, g, qualname)


_repr_running = set()


def _repr_fn(fields, globals, qualname):
    names = [f.name for f in fields]

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    __repr__.__qualname__ = qualname + '.__repr__'
    return __repr__


def _get_ident():
    return 0


def _frozen_get_del_attr(cls, fields, globals, qualname):
    g = dict(globals)
    g['cls'] = cls
    g['FrozenInstanceError'] = FrozenInstanceError
    names = '(' + ''.join(repr(f.name) + ',' for f in fields) + ')'
    setattr_fn = _create_fn(
        '__setattr__', ('self', 'name', 'value'),
        ['if type(self) is cls or name in %s:' % names,
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'], g, qualname)
    delattr_fn = _create_fn(
        '__delattr__', ('self', 'name'),
        ['if type(self) is cls or name in %s:' % names,
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'], g, qualname)
    return setattr_fn, delattr_fn


def _cmp_fn(name, op, self_tuple, other_tuple, globals, qualname):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'], globals, qualname)


def _hash_fn(fields, globals, qualname):
    self_tuple = _tuple_str('self', fields)
    return _create_fn('__hash__', ('self',), ['return hash(%s)' % self_tuple], globals, qualname)


def _is_classvar(a_type):
    # Only a program that imported typing can have written ClassVar[...] unquoted.
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    return cv is not None and (a_type is cv or getattr(a_type, '__origin__', None) is cv)


def _leading_names(annotation):
    # 'mod.Name[...]' -> ('mod', 'Name'); 'Name[...]' -> (None, 'Name'); else None.
    def ident(i):
        j = i
        while j < len(annotation) and (annotation[j].isalnum() or annotation[j] == '_'):
            j += 1
        return j

    def skip(i):
        while i < len(annotation) and annotation[i].isspace():
            i += 1
        return i
    i = skip(0)
    j = ident(i)
    if j == i:
        return None
    first = annotation[i:j]
    k = skip(j)
    if k < len(annotation) and annotation[k] == '.':
        m = skip(k + 1)
        n = ident(m)
        if n > m:
            return first, annotation[m:n]
    return None, first


def _string_kind(cls, annotation):
    # A string annotation means ClassVar, InitVar or KW_ONLY when its leading name is that
    # object in the class's module (the rules of CPython's dataclasses._is_type).
    names = _leading_names(annotation)
    if names is None:
        return None
    module_name, name = names
    module = sys.modules.get(cls.__module__)
    ns = getattr(module, '__dict__', None)
    if ns is None:
        return None
    if module_name is not None:
        wanted = ns.get(module_name)
        if wanted is not sys.modules.get('typing') and \
                wanted is not sys.modules.get(__name__):
            return None
    obj = ns.get(name)
    if obj is None:
        return None
    if _is_classvar(obj):
        return _FIELD_CLASSVAR
    if obj is InitVar or isinstance(obj, InitVar):
        return _FIELD_INITVAR
    if obj is KW_ONLY:
        return KW_ONLY
    return None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    kind = _string_kind(cls, a_type) if isinstance(a_type, str) else None
    if _is_classvar(a_type) or kind is _FIELD_CLASSVAR:
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(a_type, InitVar) or a_type is InitVar or kind is _FIELD_INITVAR:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and (
            getattr(type(f.default), '__hash__', None) is None
            or isinstance(f.default, (list, dict, set, bytearray))):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    if isinstance(a, str):
        return repr(a)
    return repr(a).replace('typing.', '')


def _signature_text(fields):
    std, kw = _fields_in_init_order(fields)
    parts = []

    def one(f):
        s = f.name
        if f.type is not MISSING:
            t = f.type
            if isinstance(t, InitVar):
                text = repr(t)
            else:
                text = _annotation_text(t)
            s += ': ' + text
            sep = ' = '
        else:
            sep = '='
        if f.default_factory is not MISSING:
            s += sep + '<factory>'
        elif f.default is not MISSING:
            s += sep + repr(f.default)
        return s
    for f in std:
        parts.append(one(f))
    if kw:
        parts.append('*')
        for f in kw:
            parts.append(one(f))
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        is_kw_marker = a_type is KW_ONLY or (isinstance(a_type, str)
                                             and _string_kind(cls, a_type) is KW_ONLY)
        if is_kw_marker:
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    qualname = cls.__qualname__

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init,
                                    '__dataclass_self__' if 'self' in fields else 'self',
                                    globals, slots, qualname))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals, qualname))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', cmp_fields)
        other_tuple = _tuple_str('other', cmp_fields)
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', self_tuple, other_tuple, globals, qualname))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple,
                                                     globals, qualname)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals, qualname):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _hash_fn(hash_fields, globals, qualname)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(hash_fields, globals, qualname)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(all_init_fields)
        except Exception:
            cls.__doc__ = ''

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        for s in b.__dict__.get('__slots__', ()):
            inherited.add(s)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, on request, ordering, hashing, freezing) to a
    class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVar or InitVar pseudo-fields)."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _copy_leaf(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy_leaf(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_leaf(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the fields in changes replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name, type[, Field]) items or names."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
