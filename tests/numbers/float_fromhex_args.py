# float.fromhex() refuses a non-str argument and gives a subclass an instance of itself.
class F(float):
    pass
class G(float):
    def __new__(cls, v):
        print('G.__new__', v)
        return super().__new__(cls, v)
for a in [1, b'0x1', bytearray(b'1'), None, 2.5]:
    try:
        float.fromhex(a)
    except TypeError as e:
        print('TypeError', e)
f = F.fromhex('0x1.8p1')
print(type(f).__name__, f, type(G.fromhex('-0x1p-2')).__name__, (2.5).fromhex('0x10'))
print(float.fromhex(' inf '), F.fromhex('-nan'), type(F.fromhex('inf')).__name__)
