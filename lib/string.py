# lib/string.py: the string module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""String constants, capwords(), Formatter and $-substitution templates."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s, words being split (and joined back) by sep."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """A string with $name and ${name} placeholders; $$ is a literal $."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    # Yields (literal text, name or None, start of the placeholder) for each piece; a bad
    # placeholder gives the name '' and its position.
    def _pieces(self):
        s = self.template
        d = self.delimiter
        n = len(s)
        i = 0
        text_start = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                yield s[text_start:], None, -1
                return
            k = j + len(d)
            if s.startswith(d, k):
                yield s[text_start:k], None, -1
                i = text_start = k + len(d)
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_id_start(s[end]):
                end += 1
                while end < n and _is_id_char(s[end]):
                    end += 1
            if end == start or (braced and (end >= n or s[end] != '}')):
                yield s[text_start:j], '', j
                i = text_start = j + len(d)
                continue
            yield s[text_start:j], s[start:end], j
            i = text_start = end + 1 if braced else end

    def _invalid(self, pos):
        lines = self.template[:pos].split('\n')
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (len(lines), len(lines[-1]) + 1))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        values = self._mapping(mapping, kws)
        out = []
        for text, name, pos in self._pieces():
            out.append(text)
            if name == '':
                self._invalid(pos)
            if name is not None:
                out.append(str(values[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        values = self._mapping(mapping, kws)
        out = []
        for text, name, pos in self._pieces():
            out.append(text)
            if name == '':
                out.append(self.delimiter)
            elif name is not None:
                try:
                    out.append(str(values[name]))
                except KeyError:
                    out.append(self.template[pos:pos + len(self.delimiter)])
                    rest = self.template[pos + len(self.delimiter):]
                    out.append('{' + name + '}' if rest.startswith('{') else name)
        return ''.join(out)

    def is_valid(self):
        return all(name != '' for _, name, _ in self._pieces())

    def get_identifiers(self):
        ids = []
        for _, name, pos in self._pieces():
            if name == '':
                self._invalid(pos)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# ==== Formatter: str.format's machinery, each step a method a subclass can replace ====

def _parse_format(s):
    # Yield (literal_text, field_name, format_spec, conversion) for each piece of a format
    # string, as str.format reads it (the pieces of _string.formatter_parser in CPython).
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == "{":
            literal.append("{")
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A field: find its end. '[...]' in the name is taken as it is; after '!' the next
        # character is the conversion; in the spec braces nest.
        j = i + 1
        in_spec = False
        depth = 1
        conv_at = None
        spec_at = None
        while True:
            if j >= n:
                if in_spec or conv_at is not None:
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            c = s[j]
            if in_spec:
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            elif conv_at is not None:
                if c == "}":
                    break
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
                in_spec = True
                spec_at = j
                j += 1
            elif c == "[":
                while j < n and s[j] != "]":
                    j += 1
                if j >= n:
                    raise ValueError("expected '}' before end of string")
                j += 1
            elif c == "{":
                raise ValueError("unexpected '{' in field name")
            elif c == "}":
                break
            elif c == "!":
                if j + 1 >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conv_at = j + 1
                j += 2
            elif c == ":":
                in_spec = True
                spec_at = j
                j += 1
            else:
                j += 1
        name_end = conv_at - 1 if conv_at is not None else spec_at if spec_at is not None else j
        conversion = s[conv_at] if conv_at is not None else None
        spec = s[spec_at + 1:j] if spec_at is not None else ""
        yield "".join(literal), s[i + 1:name_end], spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field_name(name):
    # The first part of a field name (an int when it is digits) and an iterator of its
    # (is_attribute, key) accessors, as CPython's _string.formatter_field_name_split gives
    # them: a malformed accessor raises when the iterator reaches it.
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_accessors(name, i)


def _field_accessors(name, i):
    n = len(name)
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, name[i + 1:j]
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdigit() else key
            j += 1
            if j < n and name[j] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        i = j


class Formatter:
    """str.format as a class: parse, get_field, get_value, convert_field and format_field
    are the steps a subclass can change."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and explicit numbers ('{0}') cannot be mixed.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
