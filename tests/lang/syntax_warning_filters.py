# The compiler's SyntaxWarnings go through the warnings filters: ignored, recorded, or turned into
# a SyntaxError at their line; compile(), exec() and eval() issue them too.
import warnings
src = "x = 1\nprint(x is 1)\n"
exec(compile(src, "<mine>", "exec"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile(src, "<quiet>", "exec")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("y = 2 is not ()", "<rec>", "exec")
    print([(str(m.message), m.category.__name__, m.filename, m.lineno) for m in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("pass\nz = 'a' is 'a'", "<err>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.filename)
eval("3 is 3")
print("end")
