"""csv: read and write comma-separated values, in the dialects spreadsheets use.

kinglet's csv, written in Python: the reader is a state machine fed one character at a
time (plus an end-of-line mark after each line the source gives), the writer decides per
character whether a field needs quoting or escaping. Sniffer is not implemented.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_limit = 131072


def field_size_limit(*limit):
    """Return the largest field the reader accepts; with an argument, set it too."""
    global _limit
    if len(limit) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(limit))
    old = _limit
    if limit:
        if not isinstance(limit[0], int):
            raise TypeError("limit must be an integer")
        _limit = limit[0]
    return old


# ---- Dialects ----

# The attributes of a dialect, in the order they are checked, with their defaults.
_DEFAULTS = (("delimiter", ","), ("doublequote", True), ("escapechar", None),
             ("lineterminator", "\r\n"), ("quotechar", '"'), ("quoting", QUOTE_MINIMAL),
             ("skipinitialspace", False), ("strict", False))
_NAMES = [name for name, _ in _DEFAULTS]


def _char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """A checked, read-only set of format parameters (what reader.dialect is)."""

    __slots__ = _NAMES

    def __init__(self, dialect=None, **params):
        for name in params:
            if name not in _NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name, default in _DEFAULTS:
            if name in params:
                values[name] = params[name]
            elif name == "quoting" and "quotechar" in params and params["quotechar"] is None:
                values[name] = QUOTE_NONE  # quotechar=None alone: nothing is quoted
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
            else:
                values[name] = default
        set = object.__setattr__
        set(self, "delimiter", _char("delimiter", values["delimiter"], False))
        set(self, "doublequote", bool(values["doublequote"]))
        set(self, "escapechar", _char("escapechar", values["escapechar"], True))
        term = values["lineterminator"]
        if term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        set(self, "lineterminator", term)
        set(self, "quotechar", _char("quotechar", values["quotechar"], True))
        quoting = values["quoting"]
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        set(self, "quoting", quoting)
        set(self, "skipinitialspace", bool(values["skipinitialspace"]))
        set(self, "strict", bool(values["strict"]))
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if term is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    __delattr__ = __setattr__


class Dialect:
    """Describe a CSV dialect: subclass it, set the class attributes and register it."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""

    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **params):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **params)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- Reading ----

# The reader's states. A record ends when a line's end mark arrives in START_RECORD; any
# other state at a line's end (inside quotes, after an escape) goes on with the next line.
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # the mark fed after the characters of each line


class _Reader:
    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._feed(c)
            self._feed(_EOL)
            if self._state == START_RECORD:
                return self._fields

    def _add(self, c):
        if len(self._field) >= _limit:
            raise Error("field larger than field limit (%d)" % _limit)
        self._field.append(c)

    def _save(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _end_field(self, c, delimiter_first=False):
        # A delimiter, newline or line end that closes a field. A delimiter may be a
        # newline character too: it is a newline, except after a closing quote.
        self._save()
        if c is _EOL:
            self._state = START_RECORD
        elif c == self.dialect.delimiter and (delimiter_first or c not in "\r\n"):
            self._state = START_FIELD
        else:
            self._state = EAT_CRNL

    def _feed(self, c):
        d = self.dialect
        state = self._state
        quote = d.quotechar if d.quoting != QUOTE_NONE else None
        ends_line = c is _EOL or c == "\n" or c == "\r"
        if state == AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = IN_FIELD
        if state == START_RECORD:
            if c is _EOL:
                return
            if ends_line:
                self._state = EAT_CRNL
                return
            state = START_FIELD
        if state == START_FIELD:
            # The order of the tests decides when characters coincide (an escape character
            # or a skipped space that is also the delimiter).
            if ends_line:
                self._end_field(c)
            elif c == quote:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                self._state = START_FIELD
            elif c == d.delimiter:
                self._end_field(c)
            else:
                self._numeric = d.quoting == QUOTE_NONNUMERIC
                self._add(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
            else:
                self._add("\n" if c is _EOL else c)
                self._state = IN_FIELD
        elif state == IN_FIELD:
            if ends_line:
                self._end_field(c)
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._end_field(c)
            else:
                # The state stays: after an escaped newline, line ends do not end the field.
                self._add(c)
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == quote:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if c == quote:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif ends_line or c == d.delimiter:
                self._end_field(c, True)
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, quote))
        else:  # EAT_CRNL
            if c is _EOL:
                self._state = START_RECORD
            elif not ends_line:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")


def reader(csvfile, dialect="excel", **params):
    """Return an iterator over the records (lists of str) of csvfile's lines."""
    lines = iter(csvfile)
    return _Reader(lines, _Dialect(dialect, **params))


# ---- Writing ----

def _is_number(value):
    t = type(value)
    return (isinstance(value, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__float__") or hasattr(t, "__int__"))


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field(self, value, out):
        d = self.dialect
        if d.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        else:
            quoted = d.quoting == QUOTE_ALL
        if value is None:
            value = ""
        elif not isinstance(value, str):
            value = str(value)
        chars = []
        for c in value:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d.escapechar)
            chars.append(c)
        if quoted:
            out.append(d.quotechar)
            out.extend(chars)
            out.append(d.quotechar)
        else:
            out.extend(chars)

    def writerow(self, row):
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        out = []
        count = 0
        for value in fields:
            if count:
                out.append(d.delimiter)
            count += 1
            self._field(value, out)
        if count and not out:
            # One empty field: quoted, or the line would read back as an empty record.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = [d.quotechar, d.quotechar]
        out.append(d.lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **params):
    """Return an object whose writerow() writes a record as one line to csvfile."""
    write = getattr(csvfile, "write", None)
    if not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _Dialect(dialect, **params))


# ---- Records as dicts ----

class DictReader:
    """Read records as dicts keyed by fieldnames (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as records, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Not implemented in kinglet: name the dialect, or pass its parameters."""

    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not implemented in kinglet")
