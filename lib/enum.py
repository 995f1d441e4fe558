# lib/enum.py: the enum module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto() and unique()."""

import sys as _sys
import types as _types

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'global_enum', 'global_str', 'global_enum_repr', 'global_flag_repr',
           'pickle_by_enum_name', 'pickle_by_global_name']

_builtin_property = property

# The classes below are None until they are defined: EnumType's methods test for that while
# Enum, ReprEnum and Flag themselves are being created.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None


# ==== helpers ====

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    n = len(pattern)
    return (len(name) > n and name.startswith(pattern) and name[n] != '_'
            and not name.endswith('__'))


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bit_count(num):
    return bin(num).count('1')


def _bin(num, max_bits):
    # enum.bin() for the STRICT error: '0b0 1000', the sign digit apart.
    digits = bin(num)[2:]
    if len(digits) < max_bits:
        digits = '0' * (max_bits - len(digits)) + digits
    return '0b0 ' + digits


def show_flag_values(value):
    """The single-bit values that make up value, lowest first."""
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit <<= 1
    return out


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """In a class body, stands for a value chosen by _generate_next_value_()."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces the wrapped value to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the wrapped value from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """A property of members that a member of the same name can shadow on the class."""


class _EnumAttr:
    # Enum's name and value: read-only on members.
    def __init__(self, attr):
        self.attr = attr
        self.public = attr[1:-1]

    def __get__(self, instance, owner=None):
        if instance is None:
            try:
                return owner._member_map_[self.public]
            except (AttributeError, KeyError):
                raise AttributeError('%r has no attribute %r' % (owner, self.public))
        return getattr(instance, self.attr)

    def __set__(self, instance, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % self.public)

    def __delete__(self, instance):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % self.public)


class _MemberAttr:
    # A member stored on its class under a name that a base class already uses for something
    # else (a member called 'name', say): the class sees the member, instances see the rest.
    def __init__(self, member, shadowed):
        self.member = member
        self.shadowed = shadowed

    def __get__(self, instance, owner=None):
        if instance is None:
            return self.member
        get = getattr(type(self.shadowed), '__get__', None)
        if get is not None:
            return get(self.shadowed, instance, owner)
        return self.shadowed

    def __set__(self, instance, value):
        setter = getattr(type(self.shadowed), '__set__', None)
        if setter is None:
            raise AttributeError('cannot set attribute %r' % self.member._name_)
        setter(self.shadowed, instance, value)


_SUNDER_OK = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
              '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
              '_add_alias_', '_add_value_alias_')


class _EnumDict(dict):
    """The namespace of an enum's class body: it records the members in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_OK:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (sorted(already),))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._auto_value(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _auto_value(self, key, a):
        if a.value is _auto_null:
            gen = self._generate_next_value
            if gen is None:
                gen = Enum._generate_next_value_
            a.value = gen(key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return a.value

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v


# ==== the metaclass ====

def _check_for_existing_members(class_name, bases):
    for chain in bases:
        for base in getattr(chain, '__mro__', ()):
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))


def _find_data_type(class_name, bases):
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__module__' not in base.__dict__:
                # a class with its own __new__, or a builtin type such as int or str
                t = candidate or base
                if t not in data_types:
                    data_types.append(t)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
    return data_types[0] if data_types else None


def _get_mixins(class_name, bases):
    if not bases or Enum is None:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _find_data_type(class_name, bases) or object, first_enum


def _find_new(classdict, member_type, first_enum):
    new = classdict.get('__new__', None)
    if new is not None:
        return getattr(new, '__func__', new)
    for method in ('__new_member__', '__new__'):
        for possible in (member_type, first_enum):
            target = getattr(possible, method, None)
            if target is not None and target is not object.__new__:
                return getattr(target, '__func__', target)
    return None


def _data_type_wins(cls, name, member_type):
    # Whether the data type (or object) would provide cls.name: a builtin type counts as
    # defining every special method, as CPython's do.
    for c in cls.__mro__:
        if c is object:
            return True
        if c is member_type or '__module__' not in c.__dict__:
            return True
        if name in c.__dict__:
            return False
    return True


def _find_owner(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c
    return None


class EnumType(type):
    """Metaclass of Enum: makes the members, and gives the class len(), iteration, `in`,
    lookup by value (Color(1)) and by name (Color['RED'])."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _check_for_existing_members(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            gen = getattr(first_enum, '_generate_next_value_', None)
            enum_dict._generate_next_value = getattr(gen, '__func__', gen)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if isinstance(classdict, _EnumDict):
            member_names = list(classdict._member_names)
            ignore = classdict._ignore
        else:
            member_names = []
            ignore = []
        body = {}
        for key, value in dict.items(classdict):
            if key in ignore or key == '_ignore_' or key == '_order_':
                continue
            body[key] = value
        members = {}
        for name in member_names:
            members[name] = body.pop(name)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        member_type, first_enum = _get_mixins(cls, bases)
        new_member = _find_new(body, member_type, first_enum)
        if new_member is None and member_type is not object:
            new_member = member_type.__new__
        if '__new__' in body and first_enum is not None:
            body['__new_member__'] = body.pop('__new__')
        body['_new_member_'] = new_member
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = None
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, '_boundary_', None)
        body['_boundary_'] = boundary
        body['_flag_mask_'] = 0
        body['_all_bits_'] = 0
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        # repr(), str() and format() come from the enum classes, not from the data type
        # (int.__repr__ would win in the MRO of class X(int, Enum)); a ReprEnum (IntEnum,
        # StrEnum) leaves str() and format() to the data type.
        if first_enum is not None and member_type is not object:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict and _data_type_wins(enum_class, name, member_type):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            if '__hash__' not in classdict and _find_owner(enum_class, '__hash__') is Enum:
                type.__setattr__(enum_class, '__hash__', member_type.__hash__)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name in member_names:
            _add_member(enum_class, name, members[name], member_type, new_member, is_flag)
        if is_flag:
            mask = enum_class._flag_mask_
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return _lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _get_mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            gen = first_enum._generate_next_value_
            for count, name in enumerate(original_names):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            # The caller of Enum('Name', ...): two frames up, past __call__.
            try:
                module = _sys._getframe(2).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__',
                           '__init_subclass__'] + cls._member_names_)
        if cls._new_member_ is not None and cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)


EnumMeta = EnumType


def _add_member(enum_class, name, value, member_type, new_member, is_flag):
    if isinstance(value, tuple):
        args = value
    else:
        args = (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is None:
        enum_member = object.__new__(enum_class)
    else:
        enum_member = new_member(enum_class, *args)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception:
                raise TypeError('_value_ not set in __new__, unable to create it') from None
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
    if canonical is not None:
        enum_member = canonical
    else:
        if not is_flag:
            enum_class._member_names_.append(name)
        elif isinstance(value, int) and _is_single_bit(value):
            enum_class._member_names_.append(name)
            enum_class._flag_mask_ |= value
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
    shadowed = None
    for c in enum_class.__mro__[1:]:
        if name in c.__dict__:
            shadowed = c.__dict__[name]
            break
    if shadowed is not None and _is_descriptor(shadowed):
        type.__setattr__(enum_class, name, _MemberAttr(enum_member, shadowed))
    else:
        type.__setattr__(enum_class, name, enum_member)
    enum_class._member_map_[name] = enum_member


def _lookup(cls, value):
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            and isinstance(result, int)):
        return result
    ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


# ==== the enum classes ====

class Enum(metaclass=EnumType):
    """Base class of enumerations: a class whose attributes are its only instances.

        class Color(Enum):
            RED = 1
            GREEN = 2
    """

    name = _EnumAttr('_name_')
    value = _EnumAttr('_value_')

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        try:
            return sorted(last_values).pop() + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, v_repr(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                               'name', 'value'])
        else:
            interesting = set(dir(self._member_type_))
            interesting.update(['name', 'value'])
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.__mro__:
            if cls is Enum or cls is object or not isinstance(cls, EnumType):
                continue
            for name, obj in cls.__dict__.items():
                if name[0] == '_' or name in self._member_map_:
                    continue
                interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
                      | interesting)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: raise ValueError if the enumeration has aliases."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that no member has."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with the bitwise operators |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or unknown:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if names and unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = '|'.join(names) if names else None
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


# ==== checks and decorators ====

class EnumCheck(StrEnum):
    """The checks that verify() can make."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that checks an enumeration against the EnumCheck flags given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = []
                for n, m in enumeration.__members__.items():
                    if n != m.name:
                        duplicates.append((n, m.name))
                if duplicates:
                    details = ', '.join(['%s -> %s' % (a, n) for (a, n) in duplicates])
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if Flag is not None and issubclass(enumeration, Flag):
                    for i in range(low.bit_length() - 1, high.bit_length()):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % ('flag' if issubclass(enumeration, Flag) else 'enum',
                                        name, ', '.join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                pass
        return enumeration


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: reprs name the module instead of the class (members are not exported)."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
