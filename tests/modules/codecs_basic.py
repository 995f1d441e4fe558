# codecs: lookup and names, encode/decode through the registry, incremental and iterative
# coders over chunk boundaries, the escape, hex, base64 and rot13 codecs, error handlers.
import codecs
import io

for name in ("utf-8", "UTF8", "u8", "latin-1", "iso-8859-1", "ascii", "utf-16", "utf_16_le",
             "utf-32", "utf-8-sig", "unicode_escape", "raw-unicode-escape", "hex", "base64",
             "rot13"):
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info.encode is info[0])
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"),
      codecs.encode("é", "latin-1"), codecs.decode(b"\xe9", "latin1"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"),
      codecs.encode(b"hi there", "base64"), codecs.decode(b"aGk=\n", "base64"),
      codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode("a\n\té\u20ac\U0001f600\\", "unicode_escape"),
      codecs.decode(b"a\\n\\t\\x41\\u20ac\\U0001F600\\101\\\\", "unicode_escape"),
      codecs.encode("aé\u20ac\U0001f600", "raw_unicode_escape"),
      codecs.decode(b"a\\u20ac\\n", "raw_unicode_escape"))
for bad in (b"\\x4", b"\\u12", b"abc\\"):
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(repr(codecs.decode(bad, "unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError", e.reason, e.start, e.end)
print(codecs.getencoder("utf-8")("ab"), codecs.getdecoder("ascii")(b"ab"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)

text = "aé€😀b" * 3
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-16", "utf-32", "utf-8-sig",
            "latin-1"):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, "replace")
    for size in (1, 2, 3, 5):
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        dec = codecs.getincrementaldecoder(enc)()
        parts = [dec.decode(c) for c in chunks] + [dec.decode(b"", final=True)]
        joined = "".join(parts)
        print(enc, size, joined == data.decode(enc), "".join(codecs.iterdecode(chunks, enc)) == joined)
    enc_obj = codecs.getincrementalencoder(enc)("replace")
    out = b"".join(enc_obj.encode(ch) for ch in text) + enc_obj.encode("", final=True)
    print(enc, out == text.encode(enc, "replace"), b"".join(codecs.iterencode(iter(text), enc, "replace")) == out)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac")), dec.getstate())
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end)

stream = io.BytesIO()
writer = codecs.getwriter("utf-8")(stream)
writer.write("héllo\n")
writer.writelines(["a", "b\n"])
print(stream.getvalue())
reader = codecs.getreader("utf-8")(io.BytesIO("line1\nlïne2\nlast".encode()))
print(reader.readline(), reader.readline(keepends=False), reader.read())
print(list(codecs.getreader("utf-8")(io.BytesIO(b"x\ny\n"))))

print(codecs.lookup_error("strict") is codecs.strict_errors,
      codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "aé", 1, 2, "r")),
      codecs.lookup_error("backslashreplace")(UnicodeEncodeError("ascii", "aé€", 1, 3, "r")),
      codecs.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("ascii", "é", 0, 1, "r")),
      codecs.lookup_error("ignore")(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "r")),
      codecs.lookup_error("backslashreplace")(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "r")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
codecs.register_error("mine", lambda exc: ("<%d>" % exc.start, exc.end))
print(codecs.decode(b"\\x4g", "unicode_escape", "mine"))


def search(name):
    if name == "upper_test":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (b.decode().lower(), len(b)),
                                name="upper-test")
    return None


codecs.register(search)
print(codecs.encode("abc", "upper-test"), codecs.decode(b"ABC", "upper_test"),
      codecs.lookup("upper_test").name)
codecs.unregister(search)
try:
    codecs.lookup("upper_test")
except LookupError as e:
    print("LookupError", e)
