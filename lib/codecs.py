"""codecs: the codec registry, incremental and stream coders, and the codecs str.encode and
bytes.decode do not have (unicode_escape, raw_unicode_escape, hex, base64, rot13).

kinglet's codecs, written in Python over _codecs. The error handlers a codec here uses are
the registered ones; str.encode and bytes.decode use their own built-in handlers.
"""

import _codecs
import sys
from _codecs import decode, encode, lookup, lookup_error, register, register_error, unregister

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
           "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes: encode, decode and the incremental and stream forms."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """A stateless encoder and decoder: encode(input, errors) -> (output, consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes the last call could not decode yet;
    subclasses give _buffer_decode(input, errors, final) -> (output, consumed)."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _Stream:
    # What a stream coder passes on to its stream, and its with statement, which closes it.

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(_Stream, Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass


class StreamReader(_Stream, Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.bytebuffer + (self.stream.read() if size < 0 else self.stream.read(size))
        newchars, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer += newchars
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while "\n" not in self.charbuffer:
            data = self.stream.read(72)
            if not data:
                break
            data = self.bytebuffer + data
            newchars, consumed = self.decode(data, self.errors)
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
        i = self.charbuffer.find("\n")
        if i < 0:
            line, self.charbuffer = self.charbuffer, ""
        else:
            line, self.charbuffer = self.charbuffer[:i + 1], self.charbuffer[i + 1:]
        return line if keepends else line.rstrip("\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter(_Stream):
    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()


class StreamRecoder(StreamReaderWriter):
    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        StreamReaderWriter.__init__(self, stream, Reader, Writer, errors)
        self.encode = encode
        self.decode = decode


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file in text mode with the given encoding (binary when encoding is None)."""
    import builtins
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader,
                       file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ==== Error handlers ====

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    _check_unicode_error(exc)
    return ("", exc.end)


def replace_errors(exc):
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    return ("?" * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for c in exc.object[exc.start:exc.end]:
        n = ord(c)
        out.append("\\x%02x" % n if n < 0x100 else "\\u%04x" % n if n < 0x10000
                   else "\\U%08x" % n)
    return ("".join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        out.append("\\N{%s}" % unicodedata.name(c))
    return ("".join(out), exc.end)


for _name, _handler in (("strict", strict_errors), ("ignore", ignore_errors),
                        ("replace", replace_errors),
                        ("backslashreplace", backslashreplace_errors),
                        ("xmlcharrefreplace", xmlcharrefreplace_errors),
                        ("namereplace", namereplace_errors)):
    register_error(_name, _handler)


def _handle(errors, exc):
    # The replacement an error handler gives for exc, and where to go on.
    result = lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    replacement, pos = result
    if pos < 0:
        pos += len(exc.object)
    return replacement, pos


# ==== The codecs ====

def _text_codec(name, encoding, bom=b"", bom_pairs=(), unit=1):
    # A codec that str.encode and bytes.decode know. unit is the code unit's size in bytes
    # (the incremental decoder keeps partial units), bom_pairs the BOMs that choose the
    # byte order of a codec with a BOM.
    def encode(input, errors="strict"):
        return (input.encode(encoding, errors), len(input))

    def decode(input, errors="strict"):
        data = bytes(input)
        return (data.decode(encoding, errors), len(data))

    def complete(data, final):
        # How many bytes of data form whole characters.
        if final:
            return len(data)
        if unit == 1:
            # UTF-8: stop before a lead byte whose sequence the data does not finish.
            n = len(data)
            for back in range(1, min(4, n) + 1):
                b = data[n - back]
                if b & 0xC0 == 0x80:
                    continue
                need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else \
                    4 if b & 0xF8 == 0xF0 else 1
                return n - back if need > back else n
            return n
        n = len(data) - len(data) % unit
        if unit == 2 and n >= 2:
            # A high surrogate waits for its pair.
            last = data[n - 2:n]
            order = "little" if encoding.endswith("le") or encoding == "utf-16" else "big"
            if 0xD800 <= int.from_bytes(last, order) <= 0xDBFF:
                n -= 2
        return n

    class IncrementalEncoderImpl(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            data = input.encode(encoding, self.errors)
            if bom and self.started and data.startswith(bom):
                data = data[len(bom):]
            if data or input:
                self.started = True
            return data

        def reset(self):
            self.started = False

    class IncrementalDecoderImpl(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.codec = encoding if not bom_pairs else None

        def _buffer_decode(self, input, errors, final):
            if self.codec is None:
                # The BOM decides the byte order; without one, little-endian.
                for mark, codec in bom_pairs:
                    if input.startswith(mark):
                        self.codec = codec
                        n = complete(input[len(mark):], final)
                        text = input[len(mark):len(mark) + n].decode(codec, errors)
                        return text, len(mark) + n
                if len(input) < len(bom_pairs[0][0]) and not final:
                    return "", 0
                self.codec = bom_pairs[0][1]
            n = complete(input, final)
            return input[:n].decode(self.codec, errors), n

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = encoding if not bom_pairs else None

    class StreamWriterImpl(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class StreamReaderImpl(StreamReader):
        def decode(self, input, errors="strict"):
            n = complete(input, False)
            return (bytes(input[:n]).decode(encoding, errors), n)

    return CodecInfo(encode, decode, StreamReaderImpl, StreamWriterImpl,
                     IncrementalEncoderImpl, IncrementalDecoderImpl, name)


def _escape_decode_text(data, errors, raw):
    # unicode_escape (raw=False: every Python string escape) and raw_unicode_escape (only
    # \uXXXX and \UXXXXXXXX) over Latin-1 bytes.
    out = []
    i = 0
    n = len(data)
    simple = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
              "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
    text = bytes(data).decode("latin-1")
    while i < n:
        c = text[i]
        if c != "\\" or i + 1 >= n:
            if c == "\\" and not raw:
                exc = UnicodeDecodeError("unicodeescape", bytes(data), i, n, "\\ at end of string")
                rep, i = _handle(errors, exc)
                out.append(rep)
                continue
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        if raw and e not in "uU":
            out.append(c)
            i += 1
            continue
        if not raw and e in simple:
            out.append(simple[e])
            i += 2
            continue
        if not raw and e in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
            continue
        width = {"x": 2, "u": 4, "U": 8}.get(e) if not raw or e in "uU" else None
        if width is None:
            out.append(c + e)
            i += 2
            continue
        digits = text[i + 2:i + 2 + width]
        if len(digits) == width and all(d in "0123456789abcdefABCDEF" for d in digits):
            code = int(digits, 16)
            if code <= 0x10FFFF:
                out.append(chr(code))
                i += 2 + width
                continue
            reason = "illegal Unicode character"
        else:
            reason = "truncated %s escape" % ("\\xXX" if e == "x" else "\\uXXXX" if e == "u"
                                              else "\\UXXXXXXXX")
        end = i + 2
        while end < n and end < i + 2 + width and text[end] in "0123456789abcdefABCDEF":
            end += 1
        exc = UnicodeDecodeError("rawunicodeescape" if raw else "unicodeescape", bytes(data),
                                 i, end, reason)
        rep, i = _handle(errors, exc)
        out.append(rep)
    return "".join(out), n


def _escape_encode_text(text, raw):
    out = []
    for c in text:
        n = ord(c)
        if raw:
            out.append(c if n < 0x100 else "\\u%04x" % n if n < 0x10000 else "\\U%08x" % n)
        elif c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 0x20 <= n < 0x7F:
            out.append(c)
        elif n < 0x100:
            out.append("\\x%02x" % n)
        elif n < 0x10000:
            out.append("\\u%04x" % n)
        else:
            out.append("\\U%08x" % n)
    return "".join(out).encode("latin-1")


def _stateless(name, encode, decode, text=True):
    class IncrementalEncoderImpl(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoderImpl(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriterImpl(StreamWriter):
        pass

    class StreamReaderImpl(StreamReader):
        pass

    StreamWriterImpl.encode = staticmethod(encode)
    StreamReaderImpl.decode = staticmethod(decode)
    return CodecInfo(encode, decode, StreamReaderImpl, StreamWriterImpl,
                     IncrementalEncoderImpl, IncrementalDecoderImpl, name,
                     _is_text_encoding=text)


def _hex_encode(input, errors="strict"):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors="strict"):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors="strict"):
    import base64
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors="strict"):
    import base64
    return (base64.decodebytes(input), len(input))


def _rot13(input, errors="strict"):
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                          "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
    return (str.translate(input, table), len(input))


_ALIASES = {
    "utf_8": "utf_8", "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "cp65001": "utf_8",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii",
    "latin_1": "latin_1", "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1",
    "iso8859_1": "latin_1", "iso_8859_1": "latin_1", "8859": "latin_1", "cp819": "latin_1",
    "utf_16": "utf_16", "utf16": "utf_16", "u16": "utf_16",
    "utf_16_le": "utf_16_le", "utf_16le": "utf_16_le", "utf_16_be": "utf_16_be",
    "utf_16be": "utf_16_be", "utf_32": "utf_32", "utf32": "utf_32", "u32": "utf_32",
    "utf_32_le": "utf_32_le", "utf_32le": "utf_32_le", "utf_32_be": "utf_32_be",
    "utf_32be": "utf_32_be", "utf_8_sig": "utf_8_sig",
    "unicode_escape": "unicode_escape", "raw_unicode_escape": "raw_unicode_escape",
    "hex": "hex_codec", "hex_codec": "hex_codec", "base64": "base64_codec",
    "base_64": "base64_codec", "base64_codec": "base64_codec", "rot13": "rot_13",
    "rot_13": "rot_13",
}


def _search(name):
    key = _ALIASES.get(name)
    if key is None:
        return None
    if key == "utf_8":
        return _text_codec("utf-8", "utf-8")
    if key == "ascii":
        return _text_codec("ascii", "ascii")
    if key == "latin_1":
        return _text_codec("iso8859-1", "latin-1")
    if key == "utf_8_sig":
        return _text_codec("utf-8-sig", "utf-8-sig", bom=BOM_UTF8)
    if key in ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"):
        return _text_codec(key.replace("_", "-"), key.replace("_", "-"),
                           unit=2 if "16" in key else 4)
    if key == "utf_16":
        return _text_codec("utf-16", "utf-16", bom=BOM_UTF16,
                           bom_pairs=((BOM_UTF16_LE, "utf-16-le"), (BOM_UTF16_BE, "utf-16-be")),
                           unit=2)
    if key == "utf_32":
        return _text_codec("utf-32", "utf-32", bom=BOM_UTF32,
                           bom_pairs=((BOM_UTF32_LE, "utf-32-le"), (BOM_UTF32_BE, "utf-32-be")),
                           unit=4)
    if key == "unicode_escape":
        return _stateless("unicode-escape",
                          lambda s, errors="strict": (_escape_encode_text(s, False), len(s)),
                          lambda b, errors="strict": _escape_decode_text(b, errors, False))
    if key == "raw_unicode_escape":
        return _stateless("raw-unicode-escape",
                          lambda s, errors="strict": (_escape_encode_text(s, True), len(s)),
                          lambda b, errors="strict": _escape_decode_text(b, errors, True))
    if key == "hex_codec":
        return _stateless("hex", _hex_encode, _hex_decode, text=False)
    if key == "base64_codec":
        return _stateless("base64", _base64_encode, _base64_decode, text=False)
    if key == "rot_13":
        return _stateless("rot-13", _rot13, _rot13, text=False)
    return None


register(_search)
