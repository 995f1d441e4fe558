# Malformed replacement fields around '!' conversions and ':' specs, and which error names them.
for s in ['{!', '{!}', '{0!}', '{0!r', '{0!}}', '{!r}', '{!:}', '{0!:x}']:
  try: print(repr(s), s.format(1))
  except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['{0', '{0:', '{:!>5}', '{0[!]}', '{0:{1}!}', '{!r:>{1}}', '{0!r:!^9}', '{0[a!]!r}']:
  try: print(repr(s), s.format({'a!': 'v', '!': 'w'} if '[' in s else 'x', 7))
  except Exception as e: print(repr(s), type(e).__name__, e)
# The parts a field scan finds: the name (brackets may hold ':' and '!'), conversion, spec.
for s in ['{0!r:>10}|{1!s}|{2[0]}', '{!r}', '{0:{1}}', '{2[a:b]}', '{0:}', '{!s:}', '{2[x!y]!r:^12}']:
  print(repr(s), s.format('xy', 5, {'a:b': 3, 0: 'z', 'x!y': 'q'}))
