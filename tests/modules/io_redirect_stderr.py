# sys.stderr replaced by a StringIO: explicit writes and the final traceback go there.
import io
import sys

buf = io.StringIO()
sys.stderr = buf
print('to stderr', file=sys.stderr)
sys.stderr.write('direct\n')
sys.stderr = sys.__stderr__
print(repr(buf.getvalue()))
cap = io.StringIO()
sys.stderr = cap
print('the traceback below is captured, not printed')
raise ValueError('not shown')
