# A NUL byte in source is a SyntaxError wherever it stands (the lexer once read past its
# operator table for one: found by the exec fuzzer under ASan).
for src in ["x = 1\n\0\n", "a\0", "for i in y:\n  a\0\n", "(\0)", "1 +\0"]:
    try:
        exec(src)
    except (SyntaxError, ValueError) as e:
        print(repr(src), type(e).__name__)
