# bytearray: concatenating empty operands (found by the fuzz smoke run: the copy of the right
# operand started from the NULL items block of an empty result, NULL + 0 being undefined for
# clang's -fsanitize=undefined).
print(bytearray() + b"")
print(bytearray() + bytearray())
print(bytearray(b"ab") + b"", b"" + bytearray())
print(bytearray() + memoryview(b""))
print(bytearray() + b"x")
