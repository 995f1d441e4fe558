# printf-style details: %c takes a bool as an int, bytes' %c ignores a precision, and bytes'
# errors call %i "%d".
def show(fmt, v):
    out = []
    for f in [fmt, fmt.encode()]:
        try:
            out.append(repr(f % (v,)))
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(fmt), repr(v), ' | '.join(out))

for fmt in ['%c', '%5c', '%-3c|', '%.0c', '% 02.0c', '%8.0c']:
    for v in [True, False, 65, 255, b'x', 'y']:
        show(fmt, v)
for fmt in ['%i', '%8.0i', '%u', '%d', '%x']:
    for v in ['s', b'b', None, 2.5]:
        show(fmt, v)
