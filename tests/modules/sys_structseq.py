# sys.flags, float_info, int_info and hash_info: tuples whose items also have names.
import sys


def names(seq):
    text = repr(seq)
    assert text.startswith("sys.") and text.endswith(")")
    body = text[text.index("(") + 1:-1]
    return [item.split("=")[0] for item in body.split(", ")]


for seq in [sys.flags, sys.float_info, sys.int_info, sys.hash_info]:
    kind = type(seq)
    print(kind.__name__, isinstance(seq, tuple), len(seq), names(seq))
    print(all(getattr(seq, n) == seq[i] for i, n in enumerate(names(seq))))
    print(seq.n_fields == len(seq), seq.n_unnamed_fields, list(seq) == [*seq])

f = sys.flags
print(type(f.debug).__name__, type(f.dev_mode).__name__, type(f.safe_path).__name__)
print(f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet, f.isolated)
print(f.int_max_str_digits)
try:
    f.nope
except AttributeError:
    print("AttributeError")

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max * 2 == float("inf"), 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)

ii = sys.int_info
print(ii.bits_per_digit > 0, ii.sizeof_digit * 8 >= ii.bits_per_digit)
print(ii.default_max_str_digits, ii.str_digits_check_threshold)

hi = sys.hash_info
print(hi.width, hi.inf, hi.nan, hi.imag, type(hi.algorithm).__name__)
print(hash(float("inf")) == hi.inf, hash(float("-inf")) == -hi.inf)
print(hash(hi.modulus), hash(hi.modulus + 5), hash(complex(0, 1)) == hi.imag)
print(hi.hash_bits > 0, hi.seed_bits >= 0, hi.cutoff >= 0)
