# uuid: construction from each form, the fields and properties, name-based and random UUIDs.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.variant, u.version)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.is_safe, int(u))
forms = [uuid.UUID(hex="12345678123456781234567812345678"),
         uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
         uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
         uuid.UUID(int=u.int)]
print(all(f == u for f in forms), len({hash(f) for f in forms}))
for v in range(1, 6):
    w = uuid.UUID(int=u.int, version=v)
    print(v, w, w.version, w.variant)
print(uuid.UUID(int=0), uuid.UUID(int=0).variant, uuid.UUID(int=0).version,
      uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0xC000 << 48).variant,
      uuid.UUID(int=0xE000 << 48).variant)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]))
try:
    a < 1
except TypeError:
    print("TypeError")
for kw in (dict(), dict(hex="123"), dict(hex="x" * 32), dict(bytes=b"short"), dict(bytes_le=b"x"),
           dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)),
           dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
           dict(int=1, version=6), dict(int=1, hex="00" * 16)):
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print("TypeError", e)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL):
    for name in ("python.org", "kinglet", "", "é"):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
for f in (uuid.uuid3, uuid.uuid5):
    try:
        f(uuid.NAMESPACE_DNS, b"bytes")
    except TypeError:
        print("TypeError")
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), len({uuid.uuid4() for _ in range(100)}))
t = uuid.uuid1()
t2 = uuid.uuid1()
print(t.version, t.variant, t2.time > t.time, t.node == uuid.getnode(), 0 <= t.clock_seq < 1 << 14)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(node=1, clock_seq=0x1234).clock_seq)
print(0 < uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(u.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
