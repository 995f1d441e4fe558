# A __hash__ that returns an int of a machine word is the hash itself, as in CPython; a bigger
# int is hashed again (modulo 2**61 - 1); -1 becomes -2.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __repr__(self):
        return "H(%d)" % self.h


print(hash(H(2**62)), hash(H(2**63)), hash(H(-(2**62) - 5)), hash(H(-1)), hash(H(2**63 - 1)))
print(hash(H(-(2**63))), hash(H(2**100)), hash(H(True)), hash(H(12345)))
print({H(2**62 + 3), H(5), H(2**62 + 1), H(13), H(-7)})
