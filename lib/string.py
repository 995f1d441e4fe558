# lib/string.py: the string module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""String constants, capwords() and $-substitution templates."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

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
