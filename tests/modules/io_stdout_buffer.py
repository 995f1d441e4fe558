# sys.stdout.buffer: bytes to the console beside the text stream.
import sys
print('before', flush=True)
n = sys.stdout.buffer.write(b'bytes out\n')
sys.stdout.buffer.flush()
print(n, flush=True)
sys.stdout.buffer.write(bytearray(b'ba\n'))
sys.stdout.buffer.flush()
print(sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno())
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print(e)
